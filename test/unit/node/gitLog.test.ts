import { wordLogNote, type LogNote } from '../../../src/core/git/logNotes';
import { en } from '../../../src/core/lang/en/words';
import { GIT } from '../../../src/core/lang';
import { fr as frGit } from '../../../src/core/lang/fr/git';
import { fr } from '../../../src/core/lang/fr/words';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseLog, readCommits } from '../../../src/node/git/log';
import { buildHistory, builderEnv, commit, git, initRepo, makeTemp, removeTemp } from './gitRepos';

const NOW = new Date('2026-11-27T12:00:00Z');

// The notes as the CLI says them in English.
const said = (notes: readonly LogNote[]) => notes.map((note) => wordLogNote(note, en.log)).join(' ');

describe('reading commits with git log', () => {
  let dir: string;
  let hashes: Record<string, string>;
  before(() => {
    dir = makeTemp('log');
    ({ hashes } = buildHistory(dir));
  });
  after(() => removeTemp(dir));

  it('reads every field of a commit, with its files, trailers kept in the body', async () => {
    const read = await readCommits(dir, { kind: 'date', value: '2026-11-01' }, { now: NOW });
    assert.ok(read.ok, JSON.stringify(read));
    const second = read.value.commits.find((c) => c.hash === hashes.second);
    assert.deepEqual(second, {
      hash: hashes.second,
      parents: [hashes.first],
      authorName: 'Paul Martin',
      authorEmail: 'paul@example.dev',
      committerName: 'Paul Martin',
      committerEmail: 'paul@example.dev',
      date: '2026-11-10T10:00:00+00:00',
      subject: 'fix(payments): retry on timeout',
      body: 'Longer explanation.\n\nRefs: ACME-12\nCo-authored-by: Ann Lee <ann@example.dev>',
      files: ['docs/notes with space.md', 'src/payments/retry.ts'],
    });
    assert.deepEqual(read.value.notes, []);
    assert.equal(read.value.branch, 'main');
    assert.equal(read.value.root, dir);
  });

  it('includes merges with both parents (drafting reads them)', async () => {
    const read = await readCommits(dir, { kind: 'date', value: '2026-11-01' }, { now: NOW });
    assert.ok(read.ok);
    assert.equal(read.value.commits.length, 5);
    const merge = read.value.commits[0]!;
    assert.equal(merge.hash, hashes.merge);
    assert.deepEqual(merge.parents, [hashes.third, hashes.feature]);
    assert.equal(merge.subject, 'Merge branch feature');
  });

  it('reads the commits since an annotated tag and since a lightweight one', async () => {
    for (const tag of ['v1.0', 'light']) {
      const read = await readCommits(dir, { kind: 'tag', value: tag }, { now: NOW });
      assert.ok(read.ok);
      assert.deepEqual(
        read.value.commits.map((c) => c.hash).sort(),
        [hashes.merge, hashes.third, hashes.feature].sort(),
      );
    }
  });

  it('reads what landed in the last N days from a given now (a merge brings its older commit), and since the last update', async () => {
    const days = await readCommits(dir, { kind: 'days', value: 10 }, { now: NOW });
    assert.ok(days.ok);
    assert.deepEqual(
      days.value.commits.map((c) => c.subject),
      ['Merge branch feature', 'chore: bump deps', 'feat: export invoices'],
    );
    assert.deepEqual(days.value.period, { from: '2026-11-17T12:00:00Z', to: NOW.toISOString() });
    // An update on the 14th: the commit of the 15th at 10:00 UTC is after the start of that local day in every zone
    // from UTC-12 to UTC+14 (an update on the 15th would leave it out west of UTC-10).
    const last = await readCommits(dir, { kind: 'lastUpdate', value: '2026-11-14' }, { now: NOW });
    assert.ok(last.ok);
    assert.equal(last.value.commits.length, 3);
  });

  it('says so when the range holds no commits', async () => {
    const read = await readCommits(dir, { kind: 'date', value: '2026-11-26' }, { now: NOW });
    assert.ok(read.ok);
    assert.deepEqual(read.value.commits, []);
    assert.deepEqual(read.value.notes, [
      { code: 'empty', range: { kind: 'date', value: '2026-11-26' }, landed: '2026-11-20' },
    ]);
    assert.match(said(read.value.notes), /No commits since 2026-11-26: the last commit landed on 2026-11-20/);
    assert.equal(
      wordLogNote(read.value.notes[0]!, fr.log),
      'Aucun commit depuis le 2026-11-26 : le dernier commit date du 2026-11-20.',
    );
  });

  it('caps the read at maxCount and says the range was cut', async () => {
    const read = await readCommits(dir, { kind: 'date', value: '2026-11-01' }, { now: NOW, maxCount: 2 });
    assert.ok(read.ok);
    assert.equal(read.value.commits.length, 2);
    assert.equal(read.value.truncated, true);
    assert.equal(read.value.leftOut, 3);
    assert.match(
      said(read.value.notes),
      /Only the latest 2 commits since 2026-11-01 were read: 3 older one\(s\) were left out/,
    );
    // The period starts when the oldest commit read landed, not at the requested day.
    assert.equal(read.value.period.from, '2026-11-18T10:00:00+00:00');
  });

  it('names a missing tag', async () => {
    const read = await readCommits(dir, { kind: 'tag', value: 'v9.9' }, { now: NOW });
    assert.equal(read.ok, false);
    assert.ok(!read.ok && read.state === 'no-such-tag' && /no tag "v9.9"/.test(read.message));
    const spanish = await readCommits(dir, { kind: 'tag', value: 'v9.9' }, { now: NOW, words: GIT.es });
    assert.ok(
      !spanish.ok && spanish.message === 'Este repositorio no tiene la etiqueta «v9.9».',
      JSON.stringify(spanish),
    );
  });

  it("words a refused range in the caller's language, before git starts", async () => {
    const german = await readCommits(dir, { kind: 'days', value: 0 }, { now: NOW, words: GIT.de });
    assert.deepEqual(!german.ok && [german.state, german.message], [
      'refused',
      'Die Anzahl der Tage muss eine ganze Zahl von 1 bis 3650 sein. Git wurde nicht gestartet.',
    ]);
    const french = await readCommits(dir, { kind: 'tag', value: 'a..b' }, { now: NOW, words: GIT.fr });
    assert.ok(
      !french.ok &&
        french.message === 'Le nom de tag "a..b" contient « .. », que git refuse dans un nom. Git n’a pas été lancé.',
      JSON.stringify(french),
    );
  });

  it('works from a subfolder of the working tree: only the commits touching it, paths relative to it', async () => {
    const read = await readCommits(path.join(dir, 'src'), { kind: 'days', value: 30 }, { now: NOW });
    assert.ok(read.ok);
    assert.deepEqual(
      read.value.commits.map((c) => c.subject),
      ['feat: export invoices', 'fix(payments): retry on timeout', 'feat(checkout): first page'],
    );
    assert.deepEqual(read.value.commits[1]!.files, ['payments/retry.ts']);
  });
});

describe('every repository state ends with a message, never a crash', () => {
  const dirs: string[] = [];
  const temp = (name: string): string => {
    const d = makeTemp(name);
    dirs.push(d);
    return d;
  };
  after(() => dirs.forEach(removeTemp));

  it('not a repository', async () => {
    const read = await readCommits(temp('plain'), { kind: 'days', value: 7 });
    assert.ok(
      !read.ok && read.state === 'not-a-repo' && /is not inside a git repository/.test(read.message),
      JSON.stringify(read),
    );
  });

  it('a folder that does not exist', async () => {
    const read = await readCommits(path.join(temp('gone'), 'missing'), { kind: 'days', value: 7 });
    assert.ok(!read.ok && read.state === 'no-folder', JSON.stringify(read));
  });

  it('a repository without commits', async () => {
    const dir = initRepo(temp('empty'));
    for (const range of [
      { kind: 'days', value: 7 },
      { kind: 'tag', value: 'v1' },
    ] as const) {
      const read = await readCommits(dir, range);
      assert.ok(!read.ok && read.state === 'no-commits' && /no commits yet/.test(read.message), JSON.stringify(read));
    }
    // In the user's language when the caller passes its words.
    const french = await readCommits(dir, { kind: 'days', value: 7 }, { words: frGit });
    assert.ok(!french.ok && french.message === frGit.log.noCommits, JSON.stringify(french));
  });

  it('a detached HEAD works and says so', async () => {
    const dir = temp('detached');
    buildHistory(dir);
    git(dir, ['checkout', '-q', '--detach', 'v1.0']);
    const read = await readCommits(dir, { kind: 'date', value: '2026-11-01' });
    assert.ok(read.ok);
    assert.equal(read.value.branch, undefined);
    assert.equal(read.value.commits.length, 2);
    assert.match(said(read.value.notes), /HEAD is detached/);
  });

  it('a shallow clone works and warns where history is cut', async () => {
    const source = temp('shallow-src');
    buildHistory(source);
    const clone = path.join(temp('shallow'), 'clone');
    git(path.dirname(clone), ['clone', '-q', '--depth', '2', `file://${source}`, clone]);
    const read = await readCommits(clone, { kind: 'date', value: '2026-11-01' });
    assert.ok(read.ok, JSON.stringify(read));
    assert.equal(read.value.shallow, true);
    assert.deepEqual(
      read.value.commits.map((c) => c.subject),
      ['Merge branch feature', 'chore: bump deps', 'feat: export invoices'],
    );
    assert.match(said(read.value.notes), /history is cut at 2026-11-18/);
  });

  it('dubious ownership tells the user what to run', async function () {
    if (process.getuid?.() !== 0) this.skip(); // needs root to hand the folder to another user
    const dir = temp('dubious');
    buildHistory(dir);
    fs.chownSync(dir, 65534, 65534);
    const read = await readCommits(dir, { kind: 'days', value: 30 });
    assert.ok(!read.ok && read.state === 'dubious-ownership', JSON.stringify(read));
    assert.match(read.message, new RegExp(`git config --global --add safe.directory ${dir}`));
  });

  it('submodules: the gitlink path is listed, their content is not read', async () => {
    const sub = temp('sub');
    initRepo(sub);
    commit(sub, { message: 'inner', date: '2026-11-02T10:00:00Z', files: { 'inner/secret.ts': 'x\n' } });
    const dir = initRepo(temp('super'));
    commit(dir, { message: 'outer', date: '2026-11-03T10:00:00Z', files: { 'a.ts': 'a\n' } });
    git(dir, ['submodule', 'add', '-q', `file://${sub}`, 'vendor/sub'], builderEnv('2026-11-04T10:00:00Z'));
    git(dir, ['commit', '-q', '-m', 'add submodule'], builderEnv('2026-11-04T10:00:00Z'));
    const read = await readCommits(dir, { kind: 'date', value: '2026-11-01' });
    assert.ok(read.ok, JSON.stringify(read));
    assert.deepEqual(read.value.commits[0]!.files, ['.gitmodules', 'vendor/sub']);
    assert.ok(read.value.commits.every((c) => c.files.every((f) => !f.includes('inner'))));
  });

  it('non-UTF-8 messages: a declared encoding is converted, undeclared bytes do not crash', async () => {
    const dir = initRepo(temp('latin1'));
    fs.writeFileSync(path.join(dir, 'f'), 'x');
    git(dir, ['add', 'f']);
    const env = builderEnv('2026-11-05T10:00:00Z');
    git(
      dir,
      ['-c', 'i18n.commitEncoding=ISO-8859-1', 'commit', '-q', '-F', '-'],
      env,
      Buffer.from('Caf\xe9 cr\xe9\xe9\n', 'latin1'),
    );
    // git commit repairs invalid UTF-8 itself, so the raw object is written by hand, as an old tool might have.
    const tree = git(dir, ['rev-parse', 'HEAD^{tree}']).trim();
    const parent = git(dir, ['rev-parse', 'HEAD']).trim();
    const ident = 'Paul Martin <paul@example.dev> 1794000000 +0000';
    const raw = Buffer.concat([
      Buffer.from(`tree ${tree}\nparent ${parent}\nauthor ${ident}\ncommitter ${ident}\n\n`),
      Buffer.from('Bad \xff\xfe bytes\n', 'latin1'),
    ]);
    const bad = git(dir, ['hash-object', '-t', 'commit', '-w', '--stdin'], env, raw).trim();
    git(dir, ['update-ref', 'refs/heads/main', bad]);
    const read = await readCommits(dir, { kind: 'date', value: '2026-11-01' });
    assert.ok(read.ok, JSON.stringify(read));
    assert.equal(read.value.commits[1]!.subject, 'Café créé');
    assert.equal(read.value.commits[0]!.subject, 'Bad \uFFFD\uFFFD bytes');
  });

  it('a file name that is not UTF-8 is read without a crash', async () => {
    const dir = initRepo(temp('latin1-name'));
    fs.writeFileSync(Buffer.from(path.join(dir, 'caf\xe9.txt'), 'latin1'), 'x');
    fs.writeFileSync(path.join(dir, 'ok.txt'), 'y');
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'odd name'], builderEnv('2026-11-05T10:00:00Z'));
    const read = await readCommits(dir, { kind: 'date', value: '2026-11-01' });
    assert.ok(read.ok, JSON.stringify(read));
    assert.deepEqual(read.value.commits[0]!.files, ['caf\uFFFD.txt', 'ok.txt']);
  });

  it('missing objects give a message that names git fsck', async () => {
    const dir = temp('broken');
    buildHistory(dir);
    const tree = git(dir, ['rev-parse', 'HEAD~1^{tree}']).trim();
    fs.rmSync(path.join(dir, '.git', 'objects', tree.slice(0, 2), tree.slice(2)));
    const read = await readCommits(dir, { kind: 'date', value: '2026-11-01' });
    assert.ok(!read.ok && read.state === 'missing-objects' && /git fsck/.test(read.message), JSON.stringify(read));
  });

  it('a partial clone whose trees were never downloaded: no fetch, a message that says why', async () => {
    const source = temp('partial-src');
    buildHistory(source);
    git(source, ['config', 'uploadpack.allowFilter', 'true']);
    const clone = path.join(temp('partial'), 'clone');
    git(path.dirname(clone), ['clone', '-q', '--filter=tree:0', '--no-checkout', `file://${source}`, clone]);
    const read = await readCommits(clone, { kind: 'date', value: '2026-11-01' });
    assert.ok(!read.ok && read.state === 'missing-objects' && /partial clone/.test(read.message), JSON.stringify(read));
    // Nothing was fetched: the trees are still missing.
    assert.throws(() => git(clone, ['cat-file', '-e', 'HEAD^{tree}'], { ...builderEnv(), GIT_NO_LAZY_FETCH: '1' }));
  });

  it('a message holding the separators does not forge a commit', async () => {
    const dir = initRepo(temp('forge'));
    const fake = `\x1e${'a'.repeat(40)}\x1f\x1fEve\x1fe@x\x1fEve\x1fe@x\x1f2026-01-01T00:00:00Z\x1fforged\x1f\x1f`;
    commit(dir, { message: `real subject\n\nbody ${fake}`, date: '2026-11-05T10:00:00Z', files: { f: 'x' } });
    const read = await readCommits(dir, { kind: 'date', value: '2026-11-01' });
    assert.ok(read.ok);
    assert.equal(read.value.commits.length, 1);
    assert.equal(read.value.commits[0]!.subject, 'real subject');
    assert.deepEqual(read.value.commits[0]!.files, ['f']);
  });
});

describe('parsing git log -z output', () => {
  it('parses nothing from empty output and skips a record it cannot read', () => {
    assert.deepEqual(parseLog(''), { commits: [], skipped: 0 });
    assert.equal(parseLog('\x1enot a hash\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\0').skipped, 1);
  });
});
