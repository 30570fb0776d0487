import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { walkFiles } from '../../../src/node/files';
import { listWorkspaceFiles } from '../../../src/node/workspaceFiles';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' });

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
}

describe('workspace file list', () => {
  let tmp: string;
  let root: string;
  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'candor-files-')));
    root = path.join(tmp, 'ws');
    write(root, {
      'src/a.ts': 'a',
      'src/deep/b.ts': 'b',
      'README.md': 'r',
      '.gitignore': 'ignored.log\n',
      'ignored.log': 'i',
      'node_modules/x/index.js': 'x',
      'dist/out.js': 'd',
      'coverage/lcov.info': 'c',
      'src/__pycache__/a.pyc': 'p',
      'target/t.class': 't',
      '.venv/bin/python': 'p',
      'build/b.o': 'b',
      'out/o.js': 'o',
      'vendor/v.go': 'v',
    });
    write(tmp, { 'outside/secret.txt': 's' });
    fs.symlinkSync(path.join(tmp, 'outside'), path.join(root, 'src/out-link'));
    fs.symlinkSync('deep', path.join(root, 'src/in-link'));
    fs.symlinkSync('a.ts', path.join(root, 'src/a-link.ts'));
    fs.symlinkSync(path.join(tmp, 'outside/secret.txt'), path.join(root, 'src/secret-link.txt'));
    fs.symlinkSync('..', path.join(root, 'src/deep/up'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('walks files, skipping generated folders, ignored files, linked folders and links that leave the root', async () => {
    const { files, via } = await walkFiles(root);
    assert.equal(via, 'walk');
    assert.deepEqual(files.sort(), ['.gitignore', 'README.md', 'src/a-link.ts', 'src/a.ts', 'src/deep/b.ts']);
  });

  it('walks when git is not allowed, even in a repository', async () => {
    git(root, 'init', '-q');
    assert.equal((await listWorkspaceFiles(root, { git: false })).via, 'walk');
  });

  it('lists tracked and untracked-but-not-ignored files with git', async () => {
    git(root, 'init', '-q');
    git(root, 'add', 'src/a.ts', 'README.md');
    const { files, via } = await listWorkspaceFiles(root, { git: true });
    assert.equal(via, 'git');
    assert.ok(files.includes('src/a.ts') && files.includes('src/deep/b.ts'));
    assert.ok(!files.includes('ignored.log'));
  });

  it('falls back to the walk outside a repository', async () => {
    const plain = path.join(tmp, 'plain');
    write(plain, { 'x.ts': 'x' });
    const list = await listWorkspaceFiles(plain, { git: true });
    assert.deepEqual(list, { files: ['x.ts'], via: 'walk', truncated: false });
  });

  it('stops at the file cap and says so', async () => {
    const list = await walkFiles(root, { maxFiles: 2 });
    assert.equal(list.files.length, 2);
    assert.equal(list.truncated, true);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(walkFiles(root, { signal: controller.signal }));
    await assert.rejects(listWorkspaceFiles(root, { git: true, signal: controller.signal }));
  });
});
