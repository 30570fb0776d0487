import assert from 'node:assert/strict';
import { historyFileName, lastUpdateDate } from '../../../src/core/statusHistory';

describe('the status history', () => {
  it('knows the last update from the dated file names, ignoring other files', () => {
    assert.equal(lastUpdateDate(['2026-11-12.md', '2026-11-19-2.md', '2026-11-19.md', 'README.md', '2026-13-01.md', 'notes.txt']), '2026-11-19');
    assert.equal(lastUpdateDate([]), undefined);
    assert.equal(lastUpdateDate(['README.md']), undefined);
  });

  it('names a new update by its date, and never reuses a name taken that day', () => {
    assert.equal(historyFileName('2026-11-27', ['2026-11-19.md']), '2026-11-27.md');
    assert.equal(historyFileName('2026-11-27', ['2026-11-27.md']), '2026-11-27-2.md');
    assert.equal(historyFileName('2026-11-27', ['2026-11-27.md', '2026-11-27-2.md']), '2026-11-27-3.md');
  });
});
