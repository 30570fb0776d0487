import assert from 'node:assert/strict';
import {
  addShares,
  clipToLength,
  mergeAll,
  countLines,
  coveredShare,
  fromEntries,
  hitsAt,
  mergeLineHits,
  sortLargestFirst,
  toMap,
  uncoveredRanges,
} from '../../../src/core/coverage/types';

const lh = (spec: Record<number, number>) => fromEntries(Object.entries(spec).map(([l, h]) => [Number(l), h] as const));

describe('coverage arithmetic', () => {
  it('counts covered and instrumented lines, with no share when nothing is instrumented', () => {
    assert.deepEqual(coveredShare(lh({ 1: 1, 2: 0, 3: 5, 4: 0 })), { covered: 2, total: 4, share: 0.5 });
    assert.deepEqual(coveredShare(lh({})), { covered: 0, total: 0, share: undefined });
  });

  it('adds the shares of several files', () => {
    assert.deepEqual(addShares([coveredShare(lh({ 1: 1, 2: 0 })), coveredShare(lh({ 1: 1 }))]), {
      covered: 2,
      total: 3,
      share: 2 / 3,
    });
    assert.deepEqual(addShares([]), { covered: 0, total: 0, share: undefined });
  });

  it('merges adjacent uncovered lines into one range', () => {
    assert.deepEqual(uncoveredRanges(lh({ 1: 1, 2: 0, 3: 0, 4: 0, 5: 1, 6: 0 })), [
      { start: 2, end: 4 },
      { start: 6, end: 6 },
    ]);
  });

  it('bridges up to three non-instrumented lines between uncovered ones, but never a covered line', () => {
    assert.deepEqual(uncoveredRanges(lh({ 10: 0, 14: 0, 19: 0 })), [
      { start: 10, end: 14 },
      { start: 19, end: 19 },
    ]);
    assert.deepEqual(uncoveredRanges(lh({ 10: 0, 11: 2, 12: 0 })), [
      { start: 10, end: 10 },
      { start: 12, end: 12 },
    ]);
    assert.deepEqual(uncoveredRanges(lh({ 10: 0, 12: 0 }), 0), [
      { start: 10, end: 10 },
      { start: 12, end: 12 },
    ]);
  });

  it('has no uncovered ranges for a fully covered file or an empty one', () => {
    assert.deepEqual(uncoveredRanges(lh({ 1: 1, 2: 9 })), []);
    assert.deepEqual(uncoveredRanges(lh({})), []);
  });

  it('sorts ranges largest first, earlier first on ties', () => {
    const ranges = [
      { start: 1, end: 1 },
      { start: 5, end: 9 },
      { start: 20, end: 24 },
      { start: 30, end: 31 },
    ];
    assert.deepEqual(
      sortLargestFirst(ranges).map((r) => r.start),
      [5, 20, 30, 1],
    );
  });

  it('looks up one line by binary search', () => {
    const lines = lh({ 3: 1, 7: 0, 12: 4 });
    assert.equal(hitsAt(lines, 7), 0);
    assert.equal(hitsAt(lines, 12), 4);
    assert.equal(hitsAt(lines, 8), undefined);
    assert.equal(hitsAt(lh({}), 1), undefined);
  });

  it('merges two files by summing shared lines, and converts to and from a Map', () => {
    const merged = mergeLineHits(lh({ 1: 1, 3: 0 }), lh({ 2: 2, 3: 4 }));
    assert.deepEqual(
      [...toMap(merged)],
      [
        [1, 1],
        [2, 2],
        [3, 4],
      ],
    );
    assert.deepEqual(
      [
        ...toMap(
          fromEntries([
            [5, 1],
            [2, 0],
            [5, 2],
          ]),
        ),
      ],
      [
        [2, 0],
        [5, 3],
      ],
    );
  });

  it('clips line hits to a file length and counts what it left out', () => {
    const clipped = clipToLength(lh({ 1: 1, 20: 0, 21: 0, 99999: 0 }), 20);
    assert.deepEqual(
      [...toMap(clipped.lines)],
      [
        [1, 1],
        [20, 0],
      ],
    );
    assert.equal(clipped.clipped, 2);
    assert.equal(clipToLength(lh({ 1: 1 }), 0).clipped, 1);
    const whole = lh({ 1: 1, 2: 0 });
    assert.equal(clipToLength(whole, 2).lines, whole);
  });

  it('counts lines as an editor does, whatever the line ends', () => {
    const count = (text: string) => countLines(Buffer.from(text));
    assert.deepEqual(
      ['', 'a', 'a\n', 'a\nb', 'a\r\nb\r\n', 'a\rb\rc', '\n\n', 'a\r\n\rb'].map(count),
      [0, 1, 1, 2, 2, 3, 2, 3],
    );
  });

  it('merges many files at once as merging them two by two does', () => {
    const list = [lh({ 1: 1, 5: 0 }), lh({ 5: 2, 9: 0 }), lh({}), lh({ 1: 1, 2: 0 })];
    assert.deepEqual([...toMap(mergeAll(list))], [...toMap(list.reduce((a, b) => mergeLineHits(a, b)))]);
    assert.equal(mergeAll([list[0]!]), list[0]);
  });
});
