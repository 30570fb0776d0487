import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { historyFolder, readLastUpdate, saveToHistory } from '../../../src/node/statusHistory';

describe('saving status updates to the history folder', () => {
  let root: string;
  beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-history-'))));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('creates the folder, writes the draft, and the next read sees it as the last update', async () => {
    const folder = historyFolder(root, 'status')!;
    assert.equal(await readLastUpdate(folder), undefined);
    const file = await saveToHistory(folder, '2026-11-27', '# Update\n');
    assert.equal(path.basename(file), '2026-11-27.md');
    assert.equal(fs.readFileSync(file, 'utf8'), '# Update\n');
    assert.equal(await readLastUpdate(folder), '2026-11-27');
  });

  it('keeps an earlier update of the same day and writes the new one beside it', async () => {
    const folder = historyFolder(root, 'docs/status')!;
    await saveToHistory(folder, '2026-11-27', 'first\n');
    const second = await saveToHistory(folder, '2026-11-27', 'second\n');
    assert.equal(path.basename(second), '2026-11-27-2.md');
    assert.equal(fs.readFileSync(path.join(folder, '2026-11-27.md'), 'utf8'), 'first\n');
  });

  it('refuses a configured folder outside the workspace', () => {
    assert.equal(historyFolder(root, '../elsewhere'), undefined);
    assert.equal(historyFolder(root, '/tmp'), undefined);
  });
});
