// Near-duplicate lines: the Dice coefficient over character bigrams, and an exact prefilter that finds every line
// that can reach a threshold without comparing each pair.

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case words without accents or punctuation: the form compared for near-duplicates. */
export function normalize(text: string): string {
  // Plain ASCII has no accents to strip and no letters or digits beyond these: the cheap path, same result.
  if (!NON_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
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
  return (2 * sharedBigrams(x, y, 0)) / (x.total + y.total);
}

// `dice(x, y) >= threshold`, stopping as soon as the bigrams left cannot lift the count to it (the division is
// monotonic in the count, so the answer is the same as the full count's).
export function diceAtLeast(x: Bigrams, y: Bigrams, threshold: number): boolean {
  if (x.normal === y.normal) return 1 >= threshold;
  if (x.total === 0 || y.total === 0) return 0 >= threshold;
  // Out of (0, 1], the count does not matter: every pair reaches a threshold of 0 or less, none one above 1.
  if (!(threshold > 0 && threshold <= 1)) return threshold <= 0;
  const need = sharedNeeded(x.total + y.total, threshold);
  return sharedBigrams(x, y, need) >= need;
}

// The fewest shared bigrams that reach the threshold for two texts of `sum` bigrams in all, as the division
// computes it (it is monotonic in the count).
function sharedNeeded(sum: number, threshold: number): number {
  let need = Math.ceil((threshold * sum) / 2);
  while (need > 0 && (2 * (need - 1)) / sum >= threshold) need--;
  while ((2 * need) / sum < threshold) need++;
  return need;
}

// The size of the multiset intersection of the bigrams (each counts min(times in x, times in y)) by one merge of
// the sorted keys; -1 as soon as the bigrams left cannot lift the count to `need`.
function sharedBigrams(x: Bigrams, y: Bigrams, need: number): number {
  let shared = 0;
  for (let i = 0, j = 0; i < x.total && j < y.total;) {
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
    if (shared + Math.min(x.total - i, y.total - j) < need) return -1;
  }
  return shared;
}

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
 * Positions prune further (PPJoin): the shared tokens of two texts come in the same order in both, so at the k-th
 * shared prefix token, at places i and j, at most k + min(X − i, Y − j) − 1 are shared in all; a text that cannot
 * reach the count the threshold needs is dropped before any bigram is compared.
 */
export function prefixFilter(texts: readonly Bigrams[], threshold: number): PrefixFilter | undefined {
  if (!(threshold > 0 && threshold <= 1)) return undefined;
  // Tokens renamed 0, 1, 2… in order of appearance (by bigram, then occurrence: small integers as keys, cheap
  // to hash): arrays then hold their counts and postings.
  const ids = new Map<number, number[]>();
  let count = 0;
  const tokens = texts.map((grams) => tokensOf(grams, ids, () => count++));
  const frequency = new Uint32Array(count);
  for (const list of tokens) for (const id of list) frequency[id]!++;
  // Each token's place in the order, rarest first: from here on a token is its rank, and sorts as a plain number.
  const rank = new Uint32Array(count);
  Array.from({ length: count }, (_, id) => id)
    .sort((a, b) => frequency[a]! - frequency[b]! || a - b)
    .forEach((id, place) => (rank[id] = place));
  const ratio = threshold / (2 - threshold);
  const prefixes = tokens.map((list) => {
    const ranked = new Uint32Array(list.length);
    for (let i = 0; i < list.length; i++) ranked[i] = rank[list[i]!]!;
    ranked.sort();
    return ranked.subarray(0, Math.min(ranked.length, ranked.length - Math.floor(ratio * ranked.length) + 2));
  });
  // Per token, the places holding it and their position in its prefix, in one flat array: each token owns a slice
  // sized by how many prefixes hold it (typed arrays, not a sparse array of arrays, which V8 turns into a slow hash).
  const start = new Int32Array(count + 1);
  for (const prefix of prefixes) for (const token of prefix) start[token + 1]! += 2;
  for (let t = 0; t < count; t++) start[t + 1]! += start[t]!;
  const postings = new Int32Array(start[count]!);
  const filled = new Int32Array(count);
  const sizes = new Int32Array(texts.length);
  const seen = new Int32Array(texts.length).fill(-1);
  // Per place, the shared tokens counted so far for the current text; -1 once it cannot reach the threshold.
  const shared = new Int32Array(texts.length);
  const touched = new Int32Array(texts.length);
  // The count needed, by the two texts' total size: the same few sizes come back for every pair.
  const needs = new Int32Array(2 * texts.reduce((most, t) => Math.max(most, t.total), 0) + 1).fill(-1);
  return {
    candidates(n, from) {
      const size = texts[n]!.total;
      const prefix = prefixes[n]!;
      let reached = 0;
      for (let i = 0; i < prefix.length; i++) {
        const token = prefix[i]!;
        // Places grow as texts are added: a token's slice is in order, the newest at its end.
        for (let k = start[token]! + filled[token]! - 2; k >= start[token]! && postings[k]! >= from; k -= 2) {
          const at = postings[k]!;
          if (seen[at] !== n) {
            seen[at] = n;
            shared[at] = 0;
            touched[reached++] = at;
          }
          if (shared[at]! < 0) continue;
          const other = sizes[at]!;
          const best = shared[at]! + Math.min(size - i, other - postings[k + 1]!);
          if (needs[size + other]! < 0) needs[size + other] = sharedNeeded(size + other, threshold);
          shared[at] = best >= needs[size + other]! ? shared[at]! + 1 : -1;
        }
      }
      const found: number[] = [];
      for (let r = 0; r < reached; r++) if (shared[touched[r]!]! > 0) found.push(touched[r]!);
      return found.sort((a, b) => b - a);
    },
    add(n, at) {
      const prefix = prefixes[n]!;
      sizes[at] = texts[n]!.total;
      for (let i = 0; i < prefix.length; i++) {
        const token = prefix[i]!;
        postings[start[token]! + filled[token]!] = at;
        postings[start[token]! + filled[token]! + 1] = i;
        filled[token]! += 2;
      }
    },
  };
}

// Each bigram's n-th occurrence in a text is one token: the sets of tokens of two texts intersect exactly as the
// multisets of their bigrams do.
function tokensOf(grams: Bigrams, ids: Map<number, number[]>, next: () => number): number[] {
  const out: number[] = [];
  for (let i = 0, n = 0; i < grams.total; i++) {
    const key = grams.keys[i]!;
    n = i > 0 && key === grams.keys[i - 1] ? n + 1 : 0;
    let byOccurrence = ids.get(key);
    if (!byOccurrence) ids.set(key, (byOccurrence = []));
    out.push((byOccurrence[n] ??= next()));
  }
  return out;
}
