// Go coverprofiles (`go test -coverprofile`): a `mode: set|count|atomic` line, then one block a line,
// `import/path/file.go:startLine.startCol,endLine.endCol statements count`. Blocks share their boundary lines
// (`} else {`), so a line takes the largest count of the blocks that span it: a line is shown uncovered only
// when nothing on it ran. Blocks are kept as ranges while reading and merged as ranges (intervals.ts), so a
// profile costs what its blocks cost, not what their lines cost; only the merged lines are expanded, up to a
// budget. Paths are import paths; pathMap.ts maps them to files by suffix.
import { en } from '../lang/en/coverage';
import type { Result } from '../result';
import {
  failed,
  indexIn,
  isLine,
  lastIndexIn,
  parseCount,
  positionedIssue,
  ReportBuilder,
  stripBom,
  unifyLineEnds,
} from './builder';
import { upperEnvelope } from './intervals';
import type { CoverageReport } from './types';
import type { CoverageWords } from './words';

/** A block longer than this is not a real block (a corrupt or hostile profile): skipped, not expanded. */
const MAX_BLOCK_LINES = 100_000;
/**
 * The most lines a profile expands to (4,194,304: 48 MB of line hits), or one line per 2 bytes of a larger
 * profile. Real profiles use about one line per 10 bytes; past this the lines are skipped, with a warning.
 */
export const MAX_GO_LINES = 1 << 22;
const SPACE = 32;
const COLON = 58;
const COMMA = 44;
const DOT = 46;

/** Parses a Go coverprofile; concatenated profiles (several `mode:` lines) are accepted and merged. */
export function parseGoCover(input: string, words: CoverageWords = en): Result<CoverageReport> {
  const text = unifyLineEnds(stripBom(input));
  if (text.trim() === '') return failed(words.empty);
  const report = new ReportBuilder('go', 'max', words, text.length, 20);
  const blocks = new Blocks();
  let sawMode = false;
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    let end = eol;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    if (text.startsWith('mode:', pos)) sawMode = true;
    else if (end > pos) {
      if (!sawMode) return failed(words.noGoMode);
      readBlock(text, pos, end, report, blocks);
    }
    pos = eol + 1;
  }
  if (!sawMode) return failed(words.noGoMode);
  const cut = expand(blocks, report, Math.max(MAX_GO_LINES, text.length >> 1));
  const extra =
    cut === undefined
      ? []
      : [positionedIssue(text, cut, words.goTooManyLines(Math.max(MAX_GO_LINES, text.length >> 1)))];
  return report.finish(text, extra);
}

/** `path:sl.sc,el.ec n count`, read from the end since a path may hold colons (C:\) but never the suffix. */
function readBlock(text: string, start: number, end: number, report: ReportBuilder, blocks: Blocks): void {
  const sp2 = lastIndexIn(text, SPACE, start, end);
  const sp1 = sp2 === -1 ? -1 : lastIndexIn(text, SPACE, start, sp2);
  const colon = sp1 === -1 ? -1 : lastIndexIn(text, COLON, start, sp1);
  const why = report.words.record;
  if (colon <= start) return report.bad(start, why.goNotBlock);
  const dot1 = indexIn(text, DOT, colon, sp1);
  const comma = dot1 === -1 ? -1 : indexIn(text, COMMA, dot1, sp1);
  const dot2 = comma === -1 ? -1 : indexIn(text, DOT, comma, sp1);
  if (dot2 === -1) return report.bad(start, why.goNoPosition);
  const first = parseCount(text, colon + 1, dot1);
  const last = parseCount(text, comma + 1, dot2);
  const count = parseCount(text, sp2 + 1, end);
  if (!isLine(first) || !isLine(last) || last < first || last - first > MAX_BLOCK_LINES) {
    return report.bad(start, why.goLines);
  }
  if (Number.isNaN(count) || Number.isNaN(parseCount(text, sp1 + 1, sp2))) return report.bad(start, why.goCount);
  blocks.add(text.slice(start, colon), first, last, count, start);
}

/**
 * Merges each file's blocks and adds the resulting lines to the report, files in the order they first appear.
 * Returns the offset of the first block whose lines went past `budget`, if any.
 */
function expand(blocks: Blocks, report: ReportBuilder, budget: number): number | undefined {
  const order = blocks.order();
  let left = budget;
  let cut: number | undefined;
  for (let lo = 0; lo < order.length;) {
    const file = blocks.file[order[lo]!]!;
    let hi = lo;
    while (hi < order.length && blocks.file[order[hi]!] === file) hi++;
    if (left <= 0) {
      // Past the budget a file is left out, not listed with no lines (which would read as "nothing instrumented").
      cut ??= blocks.offset[order[lo]!];
      lo = hi;
      continue;
    }
    report.begin(blocks.paths[file]!);
    upperEnvelope(blocks, order.subarray(lo, hi), (start, end, count, k) => {
      const stop = Math.min(end, start + left - 1);
      for (let line = start; line <= stop; line++) report.add(line, count);
      left -= stop - start + 1;
      if (stop < end) cut ??= blocks.offset[k];
    });
    report.end();
    lo = hi;
  }
  return cut;
}

/** Every block of the profile, as ranges in growable typed arrays, with the index of its file's path. */
class Blocks {
  readonly paths: string[] = [];
  private readonly ids = new Map<string, number>();
  file = new Uint32Array(256);
  first = new Uint32Array(256);
  last = new Uint32Array(256);
  count = new Float64Array(256);
  offset = new Float64Array(256);
  n = 0;

  add(path: string, first: number, last: number, count: number, offset: number): void {
    let id = this.ids.get(path);
    if (id === undefined) {
      id = this.paths.push(path) - 1;
      this.ids.set(path, id);
    }
    if (this.n === this.file.length) this.grow();
    const k = this.n++;
    this.file[k] = id;
    this.first[k] = first;
    this.last[k] = last;
    this.count[k] = count;
    this.offset[k] = offset;
  }

  /** Block indices by file (first appearance), then by first line; no sort when the profile is already so. */
  order(): Uint32Array {
    const order = new Uint32Array(this.n);
    let sorted = true;
    for (let k = 0; k < this.n; k++) {
      order[k] = k;
      if (
        k > 0 &&
        (this.file[k]! < this.file[k - 1]! ||
          (this.file[k] === this.file[k - 1] && this.first[k]! < this.first[k - 1]!))
      )
        sorted = false;
    }
    return sorted
      ? order
      : order.sort((a, b) => this.file[a]! - this.file[b]! || this.first[a]! - this.first[b]! || a - b);
  }

  private grow(): void {
    const size = this.file.length * 2;
    const copy = <T extends Uint32Array | Float64Array>(from: T, to: T): T => (to.set(from), to);
    this.file = copy(this.file, new Uint32Array(size));
    this.first = copy(this.first, new Uint32Array(size));
    this.last = copy(this.last, new Uint32Array(size));
    this.count = copy(this.count, new Float64Array(size));
    this.offset = copy(this.offset, new Float64Array(size));
  }
}
