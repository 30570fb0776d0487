import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MARKER_TOKEN } from '../../../src/core/markers';
import { listWorkspaceFiles } from '../../../src/node/workspaceFiles';
import { runGit, streamGit } from '../../../src/node/git/run';
import { searchMarkers } from '../../../src/node/markers';

// A repository whose own config names programs for git to run: none of them may run.
describe('git as file lister and marker search, in a hostile repository', () => {
  let tmp: string;
  let repo: string;
  let canary: string;
  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'candor-hostile-')));
    repo = path.join(tmp, 'repo');
    canary = path.join(tmp, 'canary');
    fs.mkdirSync(repo);
    const script = path.join(tmp, 'evil.sh');
    fs.writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> '${canary}'\nexit 0\n`);
    fs.chmodSync(script, 0o755);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    fs.writeFileSync(path.join(repo, 'a.ts'), `// ${MARKER_TOKEN}x): y\n`);
    fs.writeFileSync(path.join(repo, '.gitattributes'), '*.ts diff=evil\n');
    git('add', '.');
    for (const [key, value] of [
      ['core.fsmonitor', script],
      ['core.pager', script],
      ['pager.grep', script],
      ['diff.external', script],
      ['diff.evil.textconv', script],
      ['grep.fullName', 'true'],
      ['core.hooksPath', tmp],
    ])
      git('config', key!, value!);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('lists files and finds markers without running any configured program', async () => {
    const files = await listWorkspaceFiles(repo, { git: true });
    const search = await searchMarkers(repo, { git: true });
    assert.equal(files.via, 'git');
    assert.deepEqual(files.files.sort(), ['.gitattributes', 'a.ts']);
    assert.equal(search.via, 'git grep');
    assert.deepEqual(
      search.markers.map((m) => `${m.file}:${m.line} ${m.id}`),
      ['a.ts:1 x'],
    );
    assert.equal(fs.existsSync(canary), false, fs.existsSync(canary) ? fs.readFileSync(canary, 'utf8') : '');
  });

  it('keeps paths relative to a sub-folder even when the repository asks for full names', async () => {
    fs.mkdirSync(path.join(repo, 'sub'));
    fs.writeFileSync(path.join(repo, 'sub/b.ts'), `# ${MARKER_TOKEN}z): w\n`);
    const search = await searchMarkers(path.join(repo, 'sub'), { git: true });
    assert.deepEqual(
      search.markers.map((m) => m.file),
      ['b.ts'],
    );
  });

  it('gives folder-relative grep paths in a buffered call too: the hardening is the same for every call', async () => {
    fs.mkdirSync(path.join(repo, 'deep'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'deep/c.ts'), `// ${MARKER_TOKEN}q): r\n`);
    const run = await runGit(path.join(repo, 'deep'), { args: ['grep', '-l', '--untracked', '-e', MARKER_TOKEN] });
    assert.deepEqual(run, { ok: true, stdout: 'c.ts\n' });
    assert.equal(fs.existsSync(canary), false);
  });

  it('refuses in a streamed call what it refuses in a buffered one, before git starts', async () => {
    let streamed = '';
    for (const args of [['status'], ['diff'], ['ls-files', '-m'], ['grep', '--textconv', '-e', 'x']]) {
      const run = await streamGit(repo, { args }, { onStdout: (c) => (streamed += c.toString()) });
      assert.ok(!run.ok && run.failure.kind === 'refused', `${args.join(' ')}: ${JSON.stringify(run)}`);
    }
    assert.equal(streamed, '');
    assert.equal(fs.existsSync(canary), false);
  });

  it('stops a streamed call at its deadline and when its signal aborts', async () => {
    // cat-file --batch waits on stdin, which stays open: only the deadline or the signal can end it.
    const timedOut = await streamGit(repo, { args: ['cat-file', '--batch'] }, { timeoutMs: 200, onStdout: () => {} });
    assert.ok(!timedOut.ok && timedOut.failure.kind === 'timeout', JSON.stringify(timedOut));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const aborted = await streamGit(
      repo,
      { args: ['cat-file', '--batch'] },
      { signal: controller.signal, onStdout: () => {} },
    );
    assert.ok(!aborted.ok && aborted.failure.kind === 'aborted', JSON.stringify(aborted));
  });

  it('reports a missing git as a state, not an exception', async () => {
    const saved = process.env.PATH;
    process.env.PATH = tmp;
    try {
      const run = await streamGit(repo, { args: ['ls-files'] }, { onStdout: () => {} });
      assert.ok(!run.ok && run.failure.kind === 'no-git', JSON.stringify(run));
    } finally {
      process.env.PATH = saved;
    }
  });
});
