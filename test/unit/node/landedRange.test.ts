// What a range reads on real repositories: the work that *landed* in the period (a merge brings commits authored
// long before), from the exact moment of the last update whatever the time zone, a tag's period from its date,
// `--until`, an honest cut, one project folder of a monorepo, and git pinned to the workspace's own work tree.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { brief } from '../../../src/cli/brief';
import { usage } from '../../../src/cli/commands';
import { cliCatalogs } from '../../../src/cli/messages';
import { listWorkspaceFiles } from '../../../src/node/workspaceFiles';
import { status } from '../../../src/cli/status';
import { loadProject } from '../../../src/core/model/load';
import type { ProjectFile } from '../../../src/core/model/schema';
import { gatherBrief } from '../../../src/node/briefData';
import { readCommits } from '../../../src/node/git/log';
import { readRepoState } from '../../../src/node/git/repoInfo';
import { runGit, streamGit } from '../../../src/node/git/run';
import { draftFromRepo } from '../../../src/node/statusDraft';
import { readHistory } from '../../../src/node/lastUpdate';
import { sinceLastUpdate } from '../../../src/node/statusHistory';
import { runCommand } from '../cli/harness';
import { builderEnv, commit, git, initRepo, makeTemp, removeTemp } from './gitRepos';

const YAML =
  'version: 1\nproject: { name: Range Portal, client: Range Corp, language: en, phase: build }\ncommunication: { cadence: weekly, day: thursday }\nphases: [{ id: build, title: Build }]\n';

function project(): ProjectFile {
  const loaded = loadProject(YAML);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value.file;
}

/** Runs `body` with the test process and its git children in the time zone `zone`. */
async function inZone<T>(zone: string, body: () => Promise<T>): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

const subjects = (read: Awaited<ReturnType<typeof readCommits>>) =>
  read.ok ? read.value.commits.map((c) => c.subject) : [read.message];

describe('a range reads the work that landed in its period', () => {
  let dir: string;
  // A bare date means a day of the user's calendar: these windows are written for UTC, whatever zone the suite runs
  // in (the shifted-clock passes run it at UTC+14 and UTC-12); the time-zone tests below set their own with inZone.
  let zone: string | undefined;
  beforeEach(() => {
    dir = makeTemp('landed');
    zone = process.env.TZ;
    process.env.TZ = 'UTC';
  });
  afterEach(() => {
    removeTemp(dir);
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  /** main: two commits; ten commits authored and committed in October on a branch, merged on 20 November. */
  function mergeHistory(): void {
    initRepo(dir);
    commit(dir, { message: 'feat: start', date: '2026-09-01T10:00:00Z', files: { 'project.yaml': YAML } });
    git(dir, ['checkout', '-q', '-b', 'batch']);
    for (let i = 1; i <= 10; i++)
      commit(dir, {
        message: `feat: batch item ${i}`,
        date: `2026-10-${String(i).padStart(2, '0')}T10:00:00Z`,
        files: { [`src/item${i}.ts`]: `${i}\n` },
      });
    git(dir, ['checkout', '-q', 'main']);
    commit(dir, { message: 'fix: before the window', date: '2026-11-05T10:00:00Z', files: { 'src/main.ts': 'a\n' } });
    git(dir, ['merge', '-q', '--no-ff', '-m', 'The 16th batch', 'batch'], builderEnv('2026-11-20T10:00:00Z'));
    git(dir, ['tag', 'v2'], builderEnv('2026-11-20T10:00:00Z'));
    commit(dir, { message: 'feat: after the tag', date: '2026-11-21T10:00:00Z', files: { 'src/after.ts': 'b\n' } });
  }

  it('a 7-day window holds the merge and the ten commits it brought, authored a month before', async () => {
    mergeHistory();
    const read = await readCommits(dir, { kind: 'days', value: 7 }, { now: new Date('2026-11-22T12:00:00Z') });
    assert.ok(read.ok, JSON.stringify(read));
    assert.equal(read.value.commits.length, 12);
    assert.deepEqual(subjects(read).slice(0, 2), ['feat: after the tag', 'The 16th batch']);
    assert.ok(!subjects(read).includes('fix: before the window'));
    assert.ok(subjects(read).includes('feat: batch item 1'));
    // The same with a date and with --until: the period is decided by the first-parent commits' dates.
    const until = await readCommits(dir, {
      kind: 'date',
      value: '2026-11-15',
      until: { kind: 'date', value: '2026-11-20' },
    });
    assert.deepEqual(subjects(until).length, 11);
    assert.ok(!subjects(until).includes('feat: after the tag'));
  });

  it("--since TAG starts the period at the tag's date, not at the oldest author date, and --until TAG ends it", async () => {
    mergeHistory();
    git(dir, ['tag', 'v1', 'HEAD~2'], builderEnv('2026-11-06T10:00:00Z'));
    const result = await draftFromRepo(
      dir,
      project(),
      { kind: 'tag', value: 'v1', until: { kind: 'tag', value: 'v2' } },
      { today: new Date('2026-11-22T12:00:00Z') },
    );
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.commits, 11);
    assert.match(result.draft.markdown, /Period: .*5.*2026 to .*20.*2026/);
    assert.doesNotMatch(result.draft.markdown, /October/);
  });

  it('a cut read says where its period really starts and how many commits were left out', async () => {
    mergeHistory();
    const read = await readCommits(
      dir,
      { kind: 'days', value: 365 },
      { now: new Date('2026-11-22T12:00:00Z'), maxCount: 5 },
    );
    assert.ok(read.ok);
    assert.equal(read.value.commits.length, 5);
    assert.equal(read.value.leftOut, 9);
    const result = await draftFromRepo(
      dir,
      project(),
      { kind: 'days', value: 365 },
      { today: new Date('2026-11-22T12:00:00Z') },
    );
    assert.ok(result.ok && result.commits === 14 && !result.draft.warnings.some((w) => w.kind === 'range'));
    // The review point of a cut speaks the review's language like every other one.
    const cut = await draftFromRepo(
      dir,
      project(),
      { kind: 'days', value: 365 },
      { today: new Date('2026-11-22T12:00:00Z'), maxCount: 5, draft: { reviewLanguage: 'fr' } },
    );
    assert.ok(cut.ok);
    const point = cut.draft.warnings.find((w) => w.kind === 'range');
    assert.match(
      point?.message ?? '',
      /^9 commit\(s\) plus ancien\(s\) de la période ont été laissé\(s\) de côté : seuls les 5 plus récents ont été lus/,
    );
    assert.doesNotMatch(cut.draft.markdown, /laissé|left out/);
  });

  it('says when the repository went quiet: no commits in the window, and the day of the last one', async () => {
    mergeHistory();
    const input = await gatherBrief(dir, project(), {
      git: true,
      today: new Date('2027-03-01T12:00:00Z'),
      range: { kind: 'days', value: 7 },
    });
    assert.ok(input.git.read);
    assert.equal(input.git.commits.length, 0);
    assert.match((input.git.notes ?? []).join(' '), /No commits the last 7 days: the last commit landed on 2026-11-21/);
    const cli = await runCommand(brief, [dir, '--since', '2026-11-20', '--until', '2026-11-20']);
    assert.equal(cli.code, 0, cli.stderr);
    assert.match(cli.stdout, /Commits read: 11 commits since/);
  });
});

describe('"since the last update" starts at the exact moment of the update', () => {
  let dir: string;
  beforeEach(() => (dir = makeTemp('moment')));
  afterEach(() => removeTemp(dir));

  // All on 30 November in UTC+14 (29 November in UTC): one commit before the update, the update, one after.
  function history(zone: string): void {
    const env = (date: string) => ({ ...builderEnv(date), TZ: zone });
    initRepo(dir);
    const at = (date: string, message: string, files: Record<string, string>) => {
      for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
      }
      git(dir, ['add', '-A'], env(date));
      git(dir, ['commit', '-q', '-m', message], env(date));
    };
    at('2026-11-30T06:00:00+14:00', 'feat: start', { 'project.yaml': YAML });
    at('2026-11-30T07:30:00+14:00', 'feat: told in the update', { 'src/a.ts': 'a\n' });
    at('2026-11-30T08:00:00+14:00', 'docs: status update sent', { 'status/2026-11-30.md': '# Update\n' });
    at('2026-11-30T09:00:00+14:00', 'feat: after the update', { 'src/b.ts': 'b\n' });
  }

  for (const zone of ['Pacific/Kiritimati', 'UTC', 'America/Los_Angeles', 'Pacific/Pago_Pago']) {
    it(`counts only what came after it, in ${zone}`, async () => {
      await inZone(zone, async () => {
        history(zone);
        const today = new Date('2026-11-30T01:00:00Z');
        const read = await readHistory(path.join(dir, 'status'), today);
        assert.equal(read.last?.file, '2026-11-30.md');
        assert.equal(new Date(read.last!.at!).toISOString(), '2026-11-29T18:00:00.000Z');
        const commits = await readCommits(dir, sinceLastUpdate(read.last!), { now: today });
        assert.deepEqual(subjects(commits), ['feat: after the update']);
      });
    });
  }

  it('uses a time recorded in an uncommitted update, and the day only as a last resort (with a warning)', async () => {
    await inZone('Pacific/Kiritimati', async () => {
      history('Pacific/Kiritimati');
      const folder = path.join(dir, 'status');
      const today = new Date('2026-12-01T01:00:00Z');
      fs.writeFileSync(path.join(folder, '2026-12-01.md'), '<!-- sent: 2026-11-30T08:30:00+14:00 -->\n# Update\n');
      const recorded = await readHistory(folder, today);
      assert.equal(recorded.last?.at, '2026-11-30T08:30:00+14:00');
      assert.deepEqual(subjects(await readCommits(dir, sinceLastUpdate(recorded.last!), { now: today })), [
        'feat: after the update',
      ]);
      fs.writeFileSync(path.join(folder, '2026-12-01.md'), '# Update\n');
      const dayOnly = await readHistory(folder, today);
      assert.deepEqual(dayOnly.last, { file: '2026-12-01.md', day: '2026-12-01' });
      assert.deepEqual(dayOnly.warnings, [{ code: 'uncommitted', file: '2026-12-01.md', day: '2026-12-01' }]);
    });
  });

  it('candor status: a stray or future-dated history file is a note, not a failure; --until is checked', async () => {
    history('UTC');
    const folder = path.join(dir, 'status');
    fs.writeFileSync(path.join(folder, '2026-02-30.md'), 'x\n');
    fs.writeFileSync(path.join(folder, '2099-01-01.md'), 'x\n');
    const run = await runCommand(status, [dir]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /2026-02-30\.md" is not a real date/);
    assert.match(run.stderr, /2099-01-01\.md" is dated after today/);
    const french = await runCommand(status, [dir], { env: { LANG: 'fr_FR.UTF-8' } });
    assert.match(
      french.stderr,
      /Le fichier d'historique « 2026-02-30\.md » ne porte pas une vraie date : il a été ignoré\./,
    );
    const ranged = await runCommand(status, [dir, '--since', '2026-11-01', '--until', '2026-11-29']);
    assert.equal(ranged.code, 0, ranged.stderr);
    assert.match(ranged.stdout, /Period: .*2026 to .*29.*2026/);
    assert.equal((await runCommand(status, [dir, '--until', '2026-02-30'])).code, 2);
    // The help of every language lists --until where the commands accept it.
    for (const m of Object.values(cliCatalogs)) {
      const help = usage(m)
        .split('\n')
        .filter((l) => /^\s+(status|brief)\s/.test(l));
      assert.equal(help.length, 2);
      for (const line of help) assert.match(line, /\[--since 7d\|DATE\|TAG\] \[--until DATE\|TAG\]/);
    }
    // A start after the end was drafted as "1 December 2026 to 29 November 2026": refused, in both commands.
    for (const command of [status, brief]) {
      const reversed = await runCommand(command, [dir, '--since', '2026-11-29', '--until', '2026-11-01']);
      assert.equal(reversed.code, 2, reversed.stdout);
      assert.match(reversed.stderr, /--since 2026-11-29 is after the end of the range \(2026-11-01\)/);
      assert.equal(reversed.stdout, '');
      assert.match(
        (await runCommand(command, [dir, '--since', '2999-01-01'])).stderr,
        /--since 2999-01-01 is after the end of the range/,
      );
    }
  });

  it('ignores stray and future-dated files and refuses a history folder that links elsewhere', async () => {
    history('UTC');
    const folder = path.join(dir, 'status');
    fs.writeFileSync(path.join(folder, '2026-02-30.md'), 'x\n');
    fs.writeFileSync(path.join(folder, '2099-01-01.md'), 'x\n');
    const read = await readHistory(folder, new Date('2026-11-30T12:00:00Z'));
    assert.equal(read.last?.file, '2026-11-30.md');
    assert.equal(read.warnings.length, 2);
    const elsewhere = makeTemp('elsewhere');
    try {
      fs.writeFileSync(path.join(elsewhere, '2026-11-29.md'), 'x\n');
      const linked = path.join(dir, 'linked');
      fs.symlinkSync(elsewhere, linked);
      const refused = await readHistory(linked, new Date('2026-11-30T12:00:00Z'));
      assert.equal(refused.last, undefined);
      assert.deepEqual(refused.warnings, [{ code: 'linkedFolder', folder: linked }]);
    } finally {
      removeTemp(elsewhere);
    }
  });
});

describe('one project folder of a repository, and git pinned to the workspace', () => {
  let dir: string;
  beforeEach(() => (dir = makeTemp('mono')));
  afterEach(() => removeTemp(dir));

  it('in a monorepo sub-folder, the status draft and the brief read the same commits: those touching the folder', async () => {
    initRepo(dir);
    commit(dir, {
      message: 'feat: web start',
      date: '2026-11-20T10:00:00Z',
      files: { 'apps/web/project.yaml': YAML, 'apps/web/src/a.ts': 'a\n' },
    });
    commit(dir, { message: 'feat: api work', date: '2026-11-21T10:00:00Z', files: { 'apps/api/src/b.ts': 'b\n' } });
    commit(dir, {
      message: 'feat: web checkout',
      date: '2026-11-22T10:00:00Z',
      files: { 'apps/web/src/c.ts': 'c\n', 'apps/api/src/c.ts': 'c\n' },
    });
    const root = path.join(dir, 'apps/web');
    const today = new Date('2026-11-23T12:00:00Z');
    const range = { kind: 'days', value: 7 } as const;
    const [draft, input] = await Promise.all([
      draftFromRepo(root, project(), range, { today }),
      gatherBrief(root, project(), { git: true, today, range }),
    ]);
    assert.ok(draft.ok && input.git.read);
    assert.equal(draft.commits, 2);
    assert.deepEqual(
      input.git.commits.map((c) => c.subject),
      ['feat: web checkout', 'feat: web start'],
    );
    assert.deepEqual(input.git.commits[0]!.files, ['src/c.ts']);
  });

  it('keeps its milestones when the repository or the project folder is opened through a symlink', async () => {
    const real = path.join(dir, 'real');
    fs.mkdirSync(real);
    initRepo(real);
    const yaml = `${YAML}milestones: [{ id: beta, title: Beta release, due: 2026-12-15, paths: [src/checkout/**], status: on-track }]\n`;
    commit(real, {
      message: 'feat(checkout): add a coupon field to the cart page',
      date: '2026-11-20T10:00:00Z',
      files: { 'apps/web/project.yaml': yaml, 'apps/web/src/checkout/coupon.ts': 'a\n' },
    });
    fs.symlinkSync(real, path.join(dir, 'linked-repo'));
    fs.symlinkSync(path.join(real, 'apps/web'), path.join(dir, 'linked-project'));
    const loaded = loadProject(yaml);
    assert.ok(loaded.ok);
    const today = new Date('2026-11-23T12:00:00Z');
    const range = { kind: 'days', value: 7 } as const;
    for (const opened of ['real/apps/web', 'linked-repo/apps/web', 'linked-project']) {
      const root = path.join(dir, opened);
      const draft = await draftFromRepo(root, loaded.value.file, range, { today });
      assert.ok(draft.ok, opened);
      assert.match(draft.draft.markdown, /### Beta release\n\n- .*coupon field/i, opened);
      const input = await gatherBrief(root, loaded.value.file, { git: true, today, range });
      assert.ok(input.git.read, opened);
      assert.deepEqual(input.git.commits[0]!.files, ['project.yaml', 'src/checkout/coupon.ts'], opened);
    }
  });

  it('never reads a work tree that core.worktree points to outside the folder', async () => {
    initRepo(dir);
    commit(dir, { message: 'feat: one', date: '2026-11-20T10:00:00Z', files: { 'src/a.ts': 'a\n' } });
    const outside = makeTemp('outside');
    try {
      fs.writeFileSync(path.join(outside, 'only-out-there.ts'), 'x\n');
      git(dir, ['config', 'core.worktree', outside]);
      const listed = await runGit(dir, { args: ['ls-files', '--cached', '--others', '--exclude-standard'] });
      assert.ok(listed.ok);
      assert.deepEqual(listed.stdout.split('\n').filter(Boolean), ['src/a.ts']);
      let streamed = '';
      const exit = await streamGit(
        path.join(dir, 'src'),
        { args: ['ls-files', '--others', '--exclude-standard', '--full-name'] },
        { onStdout: (c) => (streamed += c.toString()) },
      );
      assert.ok(exit.ok, JSON.stringify(exit));
      assert.equal(streamed, '');
      // What `candor flags` lists: the workspace's own files only.
      const files = await listWorkspaceFiles(dir, { git: true });
      assert.deepEqual([files.via, files.files], ['git', ['src/a.ts']]);
      const state = await readRepoState(path.join(dir, 'src'));
      assert.ok(state.ok && state.value.root === dir && state.value.prefix === 'src/', JSON.stringify(state));
    } finally {
      removeTemp(outside);
    }
  });
});
