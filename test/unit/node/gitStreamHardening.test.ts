import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MARKER_TOKEN } from '../../../src/core/markers';
import { listWorkspaceFiles } from '../../../src/node/files';
import { runGit } from '../../../src/node/git/stream';
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

  it('kills a git process that runs past its timeout', async () => {
    const exit = await runGit(repo, ['grep', '-e', 'x'], { timeoutMs: 1, onStdout: () => undefined });
    // On a fast machine git may finish within 1 ms; either way the promise settles and says which.
    assert.ok(exit.timedOut || exit.code === 0);
  });

  it('reports a missing git as a state, not an exception', async () => {
    const saved = process.env.PATH;
    process.env.PATH = tmp;
    try {
      const exit = await runGit(repo, ['status'], { onStdout: () => undefined });
      assert.equal(exit.code, -1);
      assert.ok(exit.spawnError);
    } finally {
      process.env.PATH = saved;
    }
  });
});
