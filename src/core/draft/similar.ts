// Near-duplicate lines: the Dice coefficient over character bigrams, and an exact prefilter that finds every line
// that can reach a threshold without comparing each pair.

/** Lower-case words without accents or punctuation: the form compared for near-duplicates. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Dice coefficient over character bigrams of the normalized texts: 1 is identical, 0 shares nothing. */
export function similarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

/** A text's normal form and its bigrams. */
export interface Bigrams {
  normal: string;
  /** Each bigram as one number (its two UTF-16 units), sorted: two merges of sorted arrays count the shared
   * ones without a Map per text, which kept thousands of commits' comparisons (and garbage) cheap. */
  keys: Uint32Array;
  total: number;
}

/** The normal form and sorted bigrams of a text. */
export function bigrams(text: string): Bigrams {
  const normal = normalize(text);
  const total = Math.max(0, normal.length - 1);
  const keys = new Uint32Array(total);
  for (let i = 0; i < total; i++) keys[i] = normal.charCodeAt(i) * 0x10000 + normal.charCodeAt(i + 1);
  keys.sort();
  return { normal, keys, total };
}

function dice(x: Bigrams, y: Bigrams): number {
  if (x.normal === y.normal) return 1;
  if (x.total === 0 || y.total === 0) return 0;
  // The size of the multiset intersection: each bigram counts min(times in x, times in y).
  let shared = 0;
  for (let i = 0, j = 0; i < x.total && j < y.total; ) {
    const a = x.keys[i]!;
    const b = y.keys[j]!;
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return (2 * shared) / (x.total + y.total);
}

// `dice(x, y) >= threshold`, stopping as soon as the bigrams left cannot lift the count to it (the division is
// monotonic in the count, so the answer is the same as the full count's).
export function diceAtLeast(x: Bigrams, y: Bigrams, threshold: number): boolean {
  if (x.normal === y.normal) return 1 >= threshold;
  if (x.total === 0 || y.total === 0) return 0 >= threshold;
  const sum = x.total + y.total;
  let shared = 0;
  for (let i = 0, j = 0; i < x.total && j < y.total; ) {
    const a = x.keys[i]!;
    const b = y.keys[j]!;
    if (a === b) {
      shared++;
      i++;
      j++;
      continue;
    }
    if (a < b) i++;
    else j++;
    // Only a bigram without its pair lowers the best count still possible.
    if ((2 * (shared + Math.min(x.total - i, y.total - j))) / sum < threshold) return false;
  }
  return (2 * shared) / sum >= threshold;
}

// Each bigram's n-th occurrence in a text is one token, (bigram, n) as one number: the sets of tokens of two texts
// intersect exactly as the multisets of their bigrams do. Texts with more occurrences than this use the plain scan.
const OCCURRENCES = 2 ** 20;

/** Which earlier texts may reach the threshold with a text, and how to add a text once kept. */
export interface PrefixFilter {
  /** The texts added at `from` or after that may reach the threshold with text `n`, newest first. */
  candidates(n: number, from: number): number[];
  /** Adds text `n`, under the place `at` that `candidates` returns for it. */
  add(n: number, at: number): void;
}

/**
 * Prefix filtering, exact for `0 < threshold <= 1`: tokens sorted rarest first over all the texts, two texts whose
 * Dice reaches t share a token among the first X − ⌊rX⌋ + 2 of each (X its token count, r = t/(2−t), the length
 * ratio Dice ≥ t needs; one token more than the textbook bound absorbs rounding). `undefined` when not exact.
 */
export function prefixFilter(texts: readonly Bigrams[], threshold: number): PrefixFilter | undefined {
  if (!(threshold > 0 && threshold <= 1) || texts.some((t) => t.total >= OCCURRENCES)) return undefined;
  // Tokens renamed 0, 1, 2… in order of appearance: typed arrays then hold their counts and postings.
  const ids = new Map<number, number>();
  const tokens = texts.map((grams) => tokensOf(grams).map((token) => ids.get(token) ?? (ids.set(token, ids.size), ids.size - 1)));
  const frequency = new Uint32Array(ids.size);
  for (const list of tokens) for (const id of list) frequency[id]!++;
  const ratio = threshold / (2 - threshold);
  const prefixes = tokens.map((list) => {
    list.sort((a, b) => frequency[a]! - frequency[b]! || a - b);
    return list.slice(0, Math.min(list.length, list.length - Math.floor(ratio * list.length) + 2));
  });
  const postings: number[][] = [];
  const seen = new Int32Array(texts.length).fill(-1);
  return {
    candidates(n, from) {
      let newest = -1;
      for (const id of prefixes[n]!) {
        const list = postings[id];
        // Places grow as texts are added: the list is in order, the newest at its end.
        for (let i = (list?.length ?? 0) - 1; i >= 0 && list![i]! >= from; i--) {
          seen[list![i]!] = n;
          newest = Math.max(newest, list![i]!);
        }
      }
      const found: number[] = [];
      for (let at = newest; at >= from; at--) if (seen[at] === n) found.push(at);
      return found;
    },
    add(n, at) {
      for (const id of prefixes[n]!) (postings[id] ??= []).push(at);
    },
  };
}

function tokensOf(grams: Bigrams): number[] {
  const out: number[] = [];
  for (let i = 0, n = 0; i < grams.total; i++) {
    n = i > 0 && grams.keys[i] === grams.keys[i - 1] ? n + 1 : 0;
    out.push(grams.keys[i]! * OCCURRENCES + n);
  }
  return out;
}
