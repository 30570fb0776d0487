// The shapes every coverage parser returns, and the arithmetic the tree, the CLI and the editor need from them.
// Line hits are kept as two parallel typed arrays rather than a Map: a 30 MB report holds millions of lines,
// typed arrays cost 12 bytes a line, are already sorted for range merging, and cross a worker boundary
// without a copy (their buffers are transferred).

/** The report formats Candor reads. */
export type CoverageFormat = 'lcov' | 'istanbul' | 'cobertura' | 'jacoco' | 'go' | 'clover';

/** Hits per source line: `lines[i]` (1-based, ascending, unique) was executed `hits[i]` times. */
export interface LineHits {
  readonly lines: Uint32Array;
  readonly hits: Float64Array;
}

/** One source file of a report, under the path the report gives it (mapping to the workspace comes later). */
export interface FileCoverage {
  path: string;
  lines: LineHits;
}

/** A parsed report. `malformed` counts the records that were skipped; `sources` holds Cobertura's roots. */
export interface CoverageReport {
  format: CoverageFormat;
  files: FileCoverage[];
  malformed: number;
  sources: string[];
}

/** A run of lines, 1-based and inclusive. */
export interface LineRange {
  start: number;
  end: number;
}

/** How many instrumented lines ran at least once. `share` is undefined when nothing was instrumented. */
export interface CoveredShare {
  covered: number;
  total: number;
  share: number | undefined;
}

/** Counts covered and instrumented lines; `share` is covered / total, or undefined for no lines. */
export function coveredShare(lines: LineHits): CoveredShare {
  let covered = 0;
  const { hits } = lines;
  for (let i = 0; i < hits.length; i++) if (hits[i]! > 0) covered++;
  return { covered, total: hits.length, share: hits.length === 0 ? undefined : covered / hits.length };
}

/** Sums several files' shares, e.g. every file of one red flag. */
export function addShares(shares: Iterable<CoveredShare>): CoveredShare {
  let covered = 0;
  let total = 0;
  for (const s of shares) {
    covered += s.covered;
    total += s.total;
  }
  return { covered, total, share: total === 0 ? undefined : covered / total };
}

/**
 * Merges uncovered lines into ranges, in line order. Two uncovered lines join when no covered line lies
 * between them and at most `bridge` non-instrumented lines (blank lines, comments, braces) separate them:
 * a wholly untested function reads as one range, not one per statement. `bridge: 0` merges only adjacent lines.
 */
export function uncoveredRanges(lines: LineHits, bridge = 3): LineRange[] {
  const ranges: LineRange[] = [];
  const { lines: nums, hits } = lines;
  let open: LineRange | undefined;
  for (let i = 0; i < nums.length; i++) {
    const line = nums[i]!;
    if (hits[i]! > 0) {
      open = undefined;
    } else if (open && line - open.end - 1 <= bridge) {
      open.end = line;
    } else {
      open = { start: line, end: line };
      ranges.push(open);
    }
  }
  return ranges;
}

/** Sorts ranges largest first (ties: earlier first), the order the tree shows them in. Sorts in place. */
export function sortLargestFirst<T extends LineRange>(ranges: T[]): T[] {
  return ranges.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
}

/** The hits of one line, or undefined when the line is not instrumented (binary search). */
export function hitsAt(lines: LineHits, line: number): number | undefined {
  const { lines: nums } = lines;
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = nums[mid]!;
    if (v === line) return lines.hits[mid];
    if (v < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Copies line hits into a Map, for callers that prefer one. */
export function toMap(lines: LineHits): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0; i < lines.lines.length; i++) map.set(lines.lines[i]!, lines.hits[i]!);
  return map;
}

/** Builds line hits from a Map or from [line, hits] pairs; duplicate lines are summed. */
export function fromEntries(entries: Iterable<readonly [number, number]>): LineHits {
  const merged = new Map<number, number>();
  for (const [line, hit] of entries) merged.set(line, (merged.get(line) ?? 0) + hit);
  const sorted = [...merged].sort((a, b) => a[0] - b[0]);
  return { lines: Uint32Array.from(sorted, (e) => e[0]), hits: Float64Array.from(sorted, (e) => e[1]) };
}

/**
 * Merges many files' hits at once (several report paths mapped to one workspace file), summing lines present in
 * more than one: one sort of all the entries, where merging them two by two cost records × lines.
 */
export function mergeAll(list: readonly LineHits[]): LineHits {
  if (list.length === 1) return list[0]!;
  const lines = new Uint32Array(list.reduce((n, l) => n + l.lines.length, 0));
  const hits = new Float64Array(lines.length);
  let n = 0;
  for (const l of list) {
    lines.set(l.lines, n);
    hits.set(l.hits, n);
    n += l.lines.length;
  }
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => lines[a]! - lines[b]! || a - b);
  const outLines = new Uint32Array(n);
  const outHits = new Float64Array(n);
  let m = 0;
  for (const i of order) {
    if (m > 0 && outLines[m - 1] === lines[i])
      outHits[m - 1] = Math.min(outHits[m - 1]! + hits[i]!, Number.MAX_SAFE_INTEGER);
    else {
      outLines[m] = lines[i]!;
      outHits[m++] = hits[i]!;
    }
  }
  return { lines: outLines.slice(0, m), hits: outHits.slice(0, m) };
}

/** Merges two files' hits (e.g. the same file in two reports), summing lines present in both. */
export function mergeLineHits(a: LineHits, b: LineHits): LineHits {
  const lines: number[] = [];
  const hits: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.lines.length || j < b.lines.length) {
    const la = i < a.lines.length ? a.lines[i]! : Infinity;
    const lb = j < b.lines.length ? b.lines[j]! : Infinity;
    lines.push(Math.min(la, lb));
    hits.push((la <= lb ? a.hits[i++]! : 0) + (lb <= la ? b.hits[j++]! : 0));
  }
  return { lines: Uint32Array.from(lines), hits: Float64Array.from(hits) };
}

/**
 * The hits of the lines 1..`lineCount` only, and how many listed lines lay past the end: a report may name lines
 * a file does not have (an older build, a generated file, a hostile report), which must not count as uncovered.
 */
export function clipToLength(lines: LineHits, lineCount: number): { lines: LineHits; clipped: number } {
  const nums = lines.lines;
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (nums[mid]! <= lineCount) lo = mid + 1;
    else hi = mid;
  }
  if (lo === nums.length) return { lines, clipped: 0 };
  return { lines: { lines: nums.subarray(0, lo), hits: lines.hits.subarray(0, lo) }, clipped: nums.length - lo };
}

/** Lines in a text as an editor counts them: breaks are \n, \r\n or a lone \r; a final break opens no line. */
export function countLines(bytes: Uint8Array): number {
  let breaks = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 10 || (c === 13 && bytes[i + 1] !== 10)) breaks++;
  }
  const last = bytes[bytes.length - 1];
  return bytes.length === 0 ? 0 : breaks + (last === 10 || last === 13 ? 0 : 1);
}
