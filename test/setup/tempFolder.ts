// Loaded by mocha before every unit test file (.mocharc.json `require`): the run gets a temp folder of its own
// (TMPDIR, read by os.tmpdir() at each call), and at the end that folder must be empty but for what the git
// builders remove on exit and tsx's compile cache (tsx-*, from the CLI tests' child processes), so a test that leaves a temp folder behind fails the run instead of filling /tmp.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const runFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-unit-'));
process.env.TMPDIR = runFolder;

export const mochaHooks = {
  afterAll(): void {
    const left = fs.readdirSync(runFolder).filter((name) => !/^(candor-git-home-|tsx-)/.test(name));
    if (left.length > 0) throw new Error(`tests left temp folders behind: ${left.join(', ')}`);
  },
};

process.on('exit', () => fs.rmSync(runFolder, { recursive: true, force: true }));
