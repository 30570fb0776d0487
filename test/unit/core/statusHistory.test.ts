import assert from 'node:assert/strict';
import { en } from '../../../src/core/lang/en/words';
import { historyFileName, recordedMoment, scanHistory, wordHistoryNote } from '../../../src/core/statusHistory';

describe('the status history', () => {
  const TODAY = '2026-11-29';
  it('knows the last update from the dated file names, ignoring other files', () => {
    const scan = scanHistory(
      ['2026-11-12.md', '2026-11-19-2.md', '2026-11-19.md', 'README.md', '2026-11-19-10.md', 'notes.txt'],
      TODAY,
    );
    assert.deepEqual(scan, {
      last: { file: '2026-11-19-10.md', day: '2026-11-19' },
      previous: { file: '2026-11-19-2.md', day: '2026-11-19' },
      warnings: [],
    });
    assert.deepEqual(scanHistory([], TODAY), { last: undefined, warnings: [] });
    assert.deepEqual(scanHistory(['README.md'], TODAY), { last: undefined, warnings: [] });
  });

  it('skips impossible dates and ignores future-dated files, with a warning for each', () => {
    const scan = scanHistory(
      [
        '2026-11-19.md',
        '2026-02-30.md',
        '2026-13-01.md',
        '2099-01-01.md',
        '2026-12-01.md',
        '2026-11-29.md',
        '2026-11-2.md',
      ],
      TODAY,
    );
    assert.deepEqual(scan.last, { file: '2026-11-29.md', day: '2026-11-29' });
    assert.equal(scan.warnings.length, 5);
    // The next day is kept: a teammate ahead of UTC names the file by their own day.
    assert.equal(scanHistory(['2026-11-30.md'], TODAY).last?.day, '2026-11-30');
    assert.deepEqual(scan.warnings, [
      { code: 'notADate', file: '2026-02-30.md' },
      { code: 'notNamed', file: '2026-11-2.md' },
      { code: 'future', file: '2026-12-01.md', today: TODAY },
      { code: 'notADate', file: '2026-13-01.md' },
      { code: 'future', file: '2099-01-01.md', today: TODAY },
    ]);
    assert.equal(
      wordHistoryNote(scan.warnings[4]!, en.history),
      'The status history file "2099-01-01.md" is dated after today (2026-11-29): it was ignored.',
    );
  });

  it('reads a sending time recorded in the file, only as a full moment with its offset', () => {
    assert.equal(recordedMoment('---\nsent: 2026-11-19T16:30:00+14:00\n---\n# Update\n'), '2026-11-19T16:30:00+14:00');
    assert.equal(recordedMoment('<!-- sent: 2026-11-19T02:30Z -->\n# Update\n'), '2026-11-19T02:30Z');
    for (const text of [
      '# Update\n',
      'sent: 2026-11-19\n',
      'sent: 2026-11-19T10:00\n',
      'sent: 2026-02-30T10:00:00Z\n',
      'We sent: 2026-11-19T10:00:00Z\n',
    ]) {
      assert.equal(recordedMoment(text), undefined, text);
    }
  });

  it('names a new update by its date, and never reuses a name taken that day', () => {
    assert.equal(historyFileName('2026-11-27', ['2026-11-19.md']), '2026-11-27.md');
    assert.equal(historyFileName('2026-11-27', ['2026-11-27.md']), '2026-11-27-2.md');
    assert.equal(historyFileName('2026-11-27', ['2026-11-27.md', '2026-11-27-2.md']), '2026-11-27-3.md');
  });
});
