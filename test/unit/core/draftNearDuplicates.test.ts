import assert from 'node:assert/strict';
import { mergeNearDuplicates, normalize, similarity } from '../../../src/core/draft/tidy';
import type { DraftItem } from '../../../src/core/draft/types';

const item = (text: string, kind: DraftItem['kind'], n: number): DraftItem => ({
  text,
  kind,
  breaking: false,
  clientNote: false,
  milestone: undefined,
  area: undefined,
  files: [`f${n}.ts`],
  findings: [],
  commits: [`c${n}`],
});

// The rule the prefilter must not change: each line merges into the newest kept line of its kind among the last
// 300 kept whose lengths allow it and whose similarity reaches the threshold (an identical line, whatever its
// age, first).
function reference(items: readonly DraftItem[], threshold: number): string[][] {
  const kept: DraftItem[][] = [];
  for (const it of items) {
    let index = kept.findIndex((k) => k[0]!.kind === it.kind && normalize(k[0]!.text) === normalize(it.text));
    for (let i = kept.length - 1; index < 0 && i >= Math.max(0, kept.length - 300); i--) {
      if (
        kept[i]![0]!.kind === it.kind &&
        lengthsAllow(kept[i]![0]!.text, it.text, threshold) &&
        similarity(kept[i]![0]!.text, it.text) >= threshold
      )
        index = i;
    }
    if (index < 0) kept.push([it]);
    else kept[index]!.push(it);
  }
  return kept.map((k) => k.flatMap((i) => i.commits));
}

// The length test that comes before the count, as written (with its rounding at the boundary: 4 and 6 bigrams
// never reach 0.8).
function lengthsAllow(a: string, b: string, threshold: number): boolean {
  const [x, y] = [Math.max(0, normalize(a).length - 1), Math.max(0, normalize(b).length - 1)];
  return Math.min(x, y) / Math.max(x, y, 1) >= threshold / (2 - threshold);
}

// A fixed pseudo-random stream: the same lines on every run.
function lines(count: number, seed: number): DraftItem[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const words = [
    'add',
    'fix',
    'coupon',
    'field',
    'cart',
    'page',
    'login',
    'retry',
    'export',
    'invoice',
    'the',
    'to',
    'on',
    'a',
    'search',
    'é',
    'aa',
    'ab',
  ];
  const out: DraftItem[] = [];
  for (let n = 0; n < count; n++) {
    const previous = out[next(Math.max(1, out.length))];
    // Half the lines are edits of an earlier one (a word changed, added or dropped): near-duplicates to find.
    const base =
      previous && next(2) === 0
        ? previous.text.split(' ')
        : Array.from({ length: 1 + next(7) }, () => words[next(words.length)]!);
    if (base.length > 1 && next(3) === 0) base.splice(next(base.length), 1);
    if (next(3) === 0) base.splice(next(base.length + 1), 0, words[next(words.length)]!);
    out.push(item(base.join(' '), next(4) === 0 ? 'fix' : 'feature', n));
  }
  return out;
}

describe('draft: near-duplicates over many lines', () => {
  for (const threshold of [0.8, 0.5, 0.95, 1, 0, 1.5]) {
    it(`merges exactly as the pairwise comparison does (threshold ${threshold})`, () => {
      for (const seed of [1, 7, 42]) {
        const items = lines(700, seed);
        const { items: out, merged } = mergeNearDuplicates(items, threshold);
        const expected = reference(items, threshold);
        assert.deepEqual(
          out.map((i) => i.commits),
          expected,
          `seed ${seed}`,
        );
        assert.equal(merged, items.length - expected.length);
      }
    });
  }
});
