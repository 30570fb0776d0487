// Clipping coverage to the files' real lengths: only regular files are read; a FIFO, a folder or a missing file
// keeps its coverage as reported, and nothing hangs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromEntries, toMap } from '../../../src/core/coverage/types';
import { clipToFiles } from '../../../src/node/coverage/clip';

const upTo = (n: number) => fromEntries(Array.from({ length: n }, (_, i) => [i + 1, i % 2] as const));

describe('clipping coverage to file lengths', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-clip-'));
    fs.writeFileSync(path.join(root, 'a.ts'), 'one\r\ntwo\r\nthree\r\n');
    fs.mkdirSync(path.join(root, 'dir.ts'));
    execFileSync('mkfifo', [path.join(root, 'fifo.ts')]);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('clips regular files and leaves FIFOs, folders and missing files as reported', async () => {
    const coverage = new Map(['a.ts', 'dir.ts', 'fifo.ts', 'gone.ts', 'unlinked.ts'].map((f) => [f, upTo(10)]));
    const clipped = await clipToFiles(root, coverage, ['a.ts', 'dir.ts', 'fifo.ts', 'gone.ts', 'a.ts']);
    assert.deepEqual(
      [...toMap(clipped.files.get('a.ts')!)],
      [
        [1, 0],
        [2, 1],
        [3, 0],
      ],
    );
    for (const f of ['dir.ts', 'fifo.ts', 'gone.ts', 'unlinked.ts'])
      assert.equal(clipped.files.get(f)!.lines.length, 10, f);
    assert.equal(clipped.lines, 7);
    assert.deepEqual(clipped.clippedFiles, [{ file: 'a.ts', length: 3 }]);
    assert.equal(coverage.get('a.ts')!.lines.length, 10, 'the input map is left as it was');
  });
});
