import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { readMailmap, parseMailmap, readRepoState, readTags } from '../../../src/node/git/repoInfo';
import { simpleGit } from 'simple-git';
import { HARDENED_CONFIG_ARGS, hardenedEnv } from '../../../src/node/git/hardening';
import { GIT } from '../../../src/core/lang';
import { ALLOWED_OVERRIDES, buildGitArgs, classify, runGit } from '../../../src/node/git/run';
import { buildHistory, git, installSpawnCounter, makeTemp, removeTemp } from './gitRepos';

describe('the hardened git runner', () => {
  let dir: string;
  before(() => {
    dir = makeTemp('run');
    buildHistory(dir);
  });
  after(() => removeTemp(dir));

  it('puts the hardened config first, revisions after --end-of-options and paths after --', () => {
    const built = buildGitArgs({
      args: ['log', '-1'],
      dates: { '--since': '2026-11-02' },
      revisions: ['refs/tags/v1..HEAD'],
      paths: ['src/a b.ts'],
    });
    assert.ok(built.ok);
    const args = built.args;
    const sub = args.indexOf('log');
    assert.ok(args.slice(0, sub).every((a, i) => (i % 2 === 0 ? a === '-c' : a.includes('='))));
    for (const key of [
      'core.fsmonitor=false',
      'core.pager=cat',
      'core.hooksPath=/dev/null',
      'diff.external=',
      'protocol.allow=never',
      'log.showSignature=false',
      'color.ui=false',
      'core.quotepath=false',
      'gpg.program=',
    ]) {
      assert.ok(args.slice(0, sub).includes(key), key);
    }
    assert.deepEqual(args.slice(sub), [
      'log',
      '--no-ext-diff',
      '--no-textconv',
      '-1',
      '--since=2026-11-02',
      '--end-of-options',
      'refs/tags/v1..HEAD',
      '--',
      'src/a b.ts',
    ]);
  });

  it('drops git redirections and pagers from the inherited environment and adds its own', () => {
    const env = hardenedEnv({
      PATH: '/bin',
      GIT_DIR: '/evil',
      GIT_EXTERNAL_DIFF: 'x',
      GIT_CONFIG_GLOBAL: '/evil',
      PAGER: 'x',
      EDITOR: 'x',
      HOME: '/h',
    });
    assert.equal(env.PATH, '/bin');
    assert.equal(env.HOME, '/h');
    for (const dropped of ['GIT_DIR', 'GIT_EXTERNAL_DIFF', 'GIT_CONFIG_GLOBAL', 'PAGER', 'EDITOR'])
      assert.equal(env[dropped], undefined, dropped);
    assert.deepEqual(
      [env.GIT_OPTIONAL_LOCKS, env.GIT_TERMINAL_PROMPT, env.GIT_PAGER, env.GIT_CONFIG_NOSYSTEM, env.GIT_NO_LAZY_FETCH],
      ['0', '0', 'cat', '1', '1'],
    );
  });

  it('ignores a GIT_DIR set in its own environment (it reads the folder it is given)', async () => {
    const before = process.env.GIT_DIR;
    process.env.GIT_DIR = '/nonexistent/.git';
    try {
      const run = await runGit(dir, { args: ['rev-parse', '--show-toplevel'] });
      assert.ok(run.ok && run.stdout.trim() === dir, JSON.stringify(run));
    } finally {
      if (before === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = before;
    }
  });

  it('takes a grep that finds nothing as an empty success, and any other non-zero exit as a failure', async () => {
    const none = await runGit(dir, { args: ['grep', '-F', '-e', 'no line holds this text'] });
    assert.deepEqual(none, { ok: true, stdout: '' });
    const bare = makeTemp('grep-outside');
    try {
      fs.writeFileSync(path.join(bare, 'a.txt'), 'x\n');
      // Not a repository: git grep would search the folder as plain files; the hardening says no.
      const outside = await runGit(bare, { args: ['grep', '-e', 'x'] });
      assert.ok(!outside.ok && outside.failure.kind === 'not-a-repo', JSON.stringify(outside));
    } finally {
      removeTemp(bare);
    }
  });

  it('allows exactly the simple-git overrides its hardening needs: without any one of them, git does not start', async () => {
    const hardened = (unsafe: typeof ALLOWED_OVERRIDES) =>
      simpleGit({ baseDir: dir, unsafe })
        .env(hardenedEnv())
        .raw([...HARDENED_CONFIG_ARGS, 'version']);
    assert.match(await hardened(ALLOWED_OVERRIDES), /^git version/);
    for (const key of Object.keys(ALLOWED_OVERRIDES ?? {})) {
      const without = { ...ALLOWED_OVERRIDES, [key]: false };
      await assert.rejects(hardened(without), new RegExp(key), key);
    }
  });

  it('stops a call at its deadline', async () => {
    // cat-file --batch waits on stdin, which simple-git leaves open: a call that never ends by itself, so only the
    // deadline can end it (without one, mocha's own timeout would fail this test).
    const run = await runGit(dir, { args: ['cat-file', '--batch'] }, { timeoutMs: 200 });
    assert.ok(!run.ok && run.failure.kind === 'timeout', JSON.stringify(run));
  });

  it('stops a call when its signal aborts, and starts none when it already has', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const run = await runGit(dir, { args: ['cat-file', '--batch'] }, { signal: controller.signal });
    assert.ok(!run.ok && run.failure.kind === 'aborted', JSON.stringify(run));
    const bin = makeTemp('abort-bin');
    const counter = installSpawnCounter(bin);
    try {
      const again = await runGit(dir, { args: ['log', '-1'] }, { signal: controller.signal });
      assert.ok(!again.ok && again.failure.kind === 'aborted');
      assert.deepEqual(counter.calls(), []);
    } finally {
      counter.restore();
      removeTemp(bin);
    }
  });

  it('refuses diff statistics, which would diff every file of every commit', async () => {
    for (const flag of ['--numstat', '--stat', '--shortstat', '--dirstat=files', '--stat=80']) {
      const run = await runGit(dir, { args: ['log', flag] });
      assert.ok(!run.ok && run.failure.kind === 'refused', flag);
    }
  });

  it('fails on any non-zero exit, even one without a message', async () => {
    const run = await runGit(dir, { args: ['rev-parse', '-q', '--verify', 'refs/heads/nope'] });
    assert.ok(
      !run.ok && run.failure.kind === 'failed' && /exited with code 1/.test(run.failure.message),
      JSON.stringify(run),
    );
  });

  it('says when git is not installed', async () => {
    const before = process.env.PATH;
    const empty = makeTemp('empty-path');
    process.env.PATH = empty;
    try {
      const run = await runGit(dir, { args: ['log', '-1'] });
      assert.ok(!run.ok && run.failure.kind === 'no-git', JSON.stringify(run));
    } finally {
      process.env.PATH = before;
      removeTemp(empty);
    }
  });

  it('turns git messages into states with advice', () => {
    const dubious =
      "fatal: detected dubious ownership in repository at '/srv/repo'\nTo add an exception for this directory, call:\n\n\tgit config --global --add safe.directory /srv/repo\n";
    assert.equal(classify('/srv/repo', dubious).kind, 'dubious-ownership');
    assert.match(classify('/srv/repo', dubious).message, /run: git config --global --add safe\.directory \/srv\/repo$/);
    assert.equal(
      classify('/x', 'fatal: not a git repository (or any of the parent directories): .git').kind,
      'not-a-repo',
    );
    assert.equal(classify('/x', 'fatal: something else\nmore').message, 'Git failed: something else');
  });

  it("says why in the caller's language: a refusal, a state, git's own line after a lead-in", async () => {
    const relative = await runGit('repo', { args: ['log', '-1'] }, { words: GIT.fr });
    assert.ok(
      !relative.ok &&
        relative.failure.message === 'Le dossier "repo" n’est pas un chemin absolu. Git n’a pas été lancé.',
      JSON.stringify(relative),
    );
    const built = buildGitArgs({ args: ['log', '--numstat'] }, GIT.de);
    assert.ok(
      !built.ok &&
        built.failure.message ===
          'Candor fragt git nicht nach Diff-Statistiken (--numstat, --stat). Git wurde nicht gestartet.',
    );
    assert.equal(
      classify('/x', 'fatal: not a git repository (or any of the parent directories): .git', GIT.es).message,
      '/x no está dentro de un repositorio git.',
    );
    assert.equal(classify('/x', 'fatal: something else', GIT.de).message, 'Git ist fehlgeschlagen: something else');
    const silent = await runGit(dir, { args: ['rev-parse', '-q', '--verify', 'refs/heads/nope'] }, { words: GIT.fr });
    assert.ok(
      !silent.ok && silent.failure.message === 'Échec de git : git s’est terminé avec le code 1',
      JSON.stringify(silent),
    );
  });
});

describe('repository information', () => {
  let dir: string;
  before(() => {
    dir = makeTemp('info');
    buildHistory(dir);
  });
  after(() => removeTemp(dir));

  it('reads the root, the branch and that the clone is complete', async () => {
    const state = await readRepoState(path.join(dir, 'src'));
    assert.deepEqual(state, {
      ok: true,
      value: { root: dir, prefix: 'src/', branch: 'main', shallow: false, shallowBoundary: [] },
    });
  });

  it('reads the state of a repository without commits, and of a detached HEAD', async () => {
    const empty = makeTemp('info-empty');
    try {
      git(empty, ['init', '-q']);
      const state = await readRepoState(empty);
      assert.deepEqual(state, {
        ok: true,
        value: { root: empty, prefix: '', branch: 'main', shallow: false, shallowBoundary: [] },
      });
    } finally {
      removeTemp(empty);
    }
    git(dir, ['checkout', '-q', '--detach', 'v1.0']);
    const detached = await readRepoState(dir);
    git(dir, ['checkout', '-q', 'main']);
    assert.ok(detached.ok && detached.value.branch === undefined, JSON.stringify(detached));
  });

  it('lists tags newest first and leaves out names Candor would refuse', async () => {
    git(dir, ['tag', 'ok-tag']);
    // git tag refuses this name, but a ref written by another tool can hold it; picking it must not be offered.
    git(dir, ['update-ref', 'refs/tags/-evil', 'HEAD']);
    const tags = await readTags(dir);
    assert.ok(tags.ok);
    assert.deepEqual(tags.value.map((t) => t.name).sort(), ['light', 'ok-tag', 'v1.0']);
    assert.ok(tags.value.every((t) => /^\d{4}-\d{2}-\d{2}T/.test(t.date)));
    assert.equal(tags.value.at(-1)!.date.slice(0, 10), '2026-11-10');
  });

  it('parses .mailmap names and emails, comments and blank lines aside', () => {
    const text =
      '# team\nPaul Martin <paul@example.dev>\n<ann@example.dev> <ann@old.dev>\nAnn Lee <ann@example.dev> ann <ann@laptop>  # old laptop\n\n';
    assert.deepEqual(parseMailmap(text), {
      names: ['Paul Martin', 'Ann Lee', 'ann'],
      emails: ['paul@example.dev', 'ann@example.dev', 'ann@old.dev', 'ann@laptop'],
    });
  });

  it('parses malformed .mailmap lines like git: a long line without ">", a stray "<", CR line ends', () => {
    const text = `Broken ${'x'.repeat(300_000)} <never-closed@old.dev\rKim Lee < kim <kim@example.dev>\r\nJo <jo@example.dev>`;
    assert.deepEqual(parseMailmap(text), { names: ['kim', 'Jo'], emails: ['kim@example.dev', 'jo@example.dev'] });
  });

  it('gives no names for a missing .mailmap', async () => {
    assert.deepEqual(await readMailmap(dir), { names: [], emails: [] });
  });
});
