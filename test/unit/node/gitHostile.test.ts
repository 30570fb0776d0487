import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readCommits } from '../../../src/node/git/log';
import { readMailmap, readRepoState, readTags } from '../../../src/node/git/repoInfo';
import { runGit } from '../../../src/node/git/run';
import { buildHistory, builderEnv, git, makeTemp, removeTemp } from './gitRepos';

// Every key a repository's own config can use to make git run a program, each pointing at its own canary.
const MECHANISMS = [
  'core.fsmonitor',
  'core.pager',
  'pager.log',
  'pager.grep',
  'core.askPass',
  'core.sshCommand',
  'core.editor',
  'sequence.editor',
  'core.alternateRefsCommand',
  'diff.external',
  'diff.evil.textconv',
  'diff.evil.command',
  'filter.evil.clean',
  'filter.evil.smudge',
  'gpg.program',
  'gpg.ssh.program',
  'gpg.x509.program',
  'credential.helper',
  'uploadpack.packObjectsHook',
  'remote.origin.uploadpack',
  'alias.lg',
];
const HOOKS = [
  'post-checkout',
  'post-index-change',
  'reference-transaction',
  'pre-commit',
  'post-commit',
  'pre-auto-gc',
  'fsmonitor-watchman',
];

const SIGNATURE = ['-----BEGIN PGP SIGNATURE-----', '', 'iQEzBAABCAAdFiEEfake', '=abcd', '-----END PGP SIGNATURE-----'];

describe('a hostile repository cannot make Candor run a program', () => {
  let dir: string;
  let canaries: string;
  const fired = (): string[] => fs.readdirSync(canaries).filter((f) => f.startsWith('fired-'));

  before(() => {
    dir = makeTemp('hostile');
    canaries = makeTemp('canaries');
    buildHistory(dir);
    fs.writeFileSync(path.join(dir, '.gitattributes'), '* diff=evil filter=evil\n');
    fs.writeFileSync(path.join(dir, '.mailmap'), 'Paul Martin <paul@example.dev> pm <pm@old.dev>\n');
    git(dir, ['add', '.gitattributes', '.mailmap']);
    git(dir, ['commit', '-q', '-m', 'attributes'], builderEnv('2026-11-21T10:00:00Z'));
    signHead(dir);
    arm(dir, canaries);
  });
  after(() => [dir, canaries].forEach(removeTemp));
  afterEach(() => fired().forEach((f) => fs.rmSync(path.join(canaries, f))));

  it('the canaries are live: plain git with this config runs them (control)', () => {
    const plain = (args: string[]): void => void spawnQuietly(dir, args);
    plain(['log', '-1']); // log.showSignature=true -> gpg.program
    plain(['log', '-p', '-2']); // diff.evil.textconv, from .gitattributes
    plain(['diff', 'HEAD~2', 'HEAD']); // diff.evil.command, from .gitattributes
    plain(['status']); // core.fsmonitor
    const names = fired().map((f) => f.replace(/^fired-/, ''));
    for (const expected of ['gpg.program', 'diff.evil.textconv', 'diff.evil.command', 'core.fsmonitor'])
      assert.ok(names.includes(expected), `${expected} did not fire: ${names.join(', ')}`);
  });

  it('reads commits for every kind of range, and no canary runs', async () => {
    for (const range of [
      { kind: 'days', value: 3650 },
      { kind: 'tag', value: 'v1.0' },
      { kind: 'date', value: '2026-11-01' },
      { kind: 'lastUpdate', value: '2026-11-15' },
    ] as const) {
      const read = await readCommits(dir, range);
      assert.ok(read.ok, JSON.stringify(read));
      assert.ok(read.value.commits.length > 0);
    }
    assert.deepEqual(fired(), []);
  });

  it('reads the repo state, tags and .mailmap, and no canary runs', async () => {
    const state = await readRepoState(dir);
    assert.ok(state.ok && state.value.branch === 'main', JSON.stringify(state));
    const tags = await readTags(dir);
    assert.ok(
      tags.ok &&
        tags.value
          .map((t) => t.name)
          .sort()
          .join() === 'light,v1.0',
      JSON.stringify(tags),
    );
    assert.deepEqual(await readMailmap(dir), {
      names: ['Paul Martin', 'pm'],
      emails: ['paul@example.dev', 'pm@old.dev'],
    });
    assert.deepEqual(fired(), []);
  });

  it('runs diff-producing commands through runGit (patches, signatures), and no canary runs', async () => {
    // runGit adds --no-ext-diff and --no-textconv itself; gpg.program is emptied by the hardened config.
    for (const args of [
      ['log', '-p', '-2'],
      ['show', 'HEAD~1'],
      ['diff-tree', '-r', '-p', 'HEAD~2', 'HEAD'],
      ['log', '-1', '--show-signature', '--format=%H %G?'],
      ['grep', '-e', 'a', 'HEAD'],
      ['ls-files'],
    ]) {
      const run = await runGit(dir, { args });
      assert.ok(run.ok, `${args.join(' ')}: ${JSON.stringify(run)}`);
    }
    assert.deepEqual(fired(), []);
  });
});

describe('runGit refuses what would read working-tree content through a repository-named program', () => {
  let dir: string;
  let canaries: string;
  before(() => {
    dir = makeTemp('hostile-worktree');
    canaries = makeTemp('canaries-worktree');
    buildHistory(dir);
    fs.writeFileSync(path.join(dir, '.gitattributes'), '* diff=evil filter=evil\n');
    git(dir, ['add', '.gitattributes']);
    git(dir, ['commit', '-q', '-m', 'attributes'], builderEnv('2026-11-21T10:00:00Z'));
    arm(dir, canaries);
    // A modified file: status, diff and ls-files -m would pass it through the clean filter.
    fs.appendFileSync(path.join(dir, 'package.json'), '\n');
  });
  after(() => [dir, canaries].forEach(removeTemp));

  it('refuses status, diff, ls-files -m, cat-file --filters and --textconv before git runs', async () => {
    for (const args of [
      ['status'],
      ['diff'],
      ['diff', 'HEAD'],
      ['add', '.'],
      ['ls-files', '-m'],
      ['cat-file', '--filters', 'HEAD:package.json'],
      ['log', '--textconv', '-p'],
      ['log', '--ext-diff'],
    ]) {
      const run = await runGit(dir, { args });
      assert.ok(!run.ok && run.failure.kind === 'refused', `${args.join(' ')}: ${JSON.stringify(run)}`);
    }
    assert.deepEqual(
      fs.readdirSync(canaries).filter((f) => f.startsWith('fired-')),
      [],
    );
  });

  it('still lists and greps the working tree without running a filter', async () => {
    for (const args of [['ls-files'], ['grep', '-e', 'a']]) {
      const run = await runGit(dir, { args });
      assert.ok(run.ok, `${args.join(' ')}: ${JSON.stringify(run)}`);
    }
    assert.deepEqual(
      fs.readdirSync(canaries).filter((f) => f.startsWith('fired-')),
      [],
    );
  });
});

/** Replaces HEAD by the same commit with a (fake) signature, so that `log.showSignature` would call gpg. */
function signHead(dir: string): void {
  const raw = git(dir, ['cat-file', 'commit', 'HEAD']);
  const headerEnd = raw.indexOf('\n\n');
  const gpgsig = `gpgsig ${SIGNATURE.join('\n ')}\n`;
  const signed = `${raw.slice(0, headerEnd + 1)}${gpgsig}${raw.slice(headerEnd + 1)}`;
  const hash = git(dir, ['hash-object', '-t', 'commit', '-w', '--stdin'], builderEnv(), signed).trim();
  git(dir, ['update-ref', 'refs/heads/main', hash]);
}

/** Points every mechanism and hook of the repo's config at a script that leaves a file named after it. */
function arm(dir: string, canaries: string): void {
  const script = (name: string): string => {
    const file = path.join(canaries, `canary-${name}`);
    fs.writeFileSync(file, `#!/bin/sh\ntouch '${path.join(canaries, `fired-${name}`)}'\nexit 0\n`, { mode: 0o755 });
    return file;
  };
  const config = path.join(dir, '.git', 'config');
  const set = (key: string, value: string): void => void git(dir, ['config', '--file', config, key, value]);
  for (const key of MECHANISMS)
    set(key, key === 'credential.helper' || key === 'alias.lg' ? `!${script(key)}` : script(key));
  set('log.showSignature', 'true');
  set('remote.origin.url', `ext::${script('ext-remote')}`);
  set('protocol.allow', 'always');
  set('color.ui', 'always');
  const hooks = path.join(canaries, 'hooks');
  fs.mkdirSync(hooks);
  for (const hook of HOOKS) fs.copyFileSync(script(`hook-${hook}`), path.join(hooks, hook));
  for (const hook of HOOKS) fs.chmodSync(path.join(hooks, hook), 0o755);
  set('core.hooksPath', hooks);
}

/** Runs plain git with the hostile config in force, ignoring its exit code (the control only needs the canary). */
function spawnQuietly(dir: string, args: string[]): void {
  try {
    execFileSync('git', args, { cwd: dir, env: builderEnv(), stdio: 'ignore' });
  } catch {
    // The canaries print nothing useful, so git may fail (e.g. a bad signature); only their side effect counts.
  }
}
