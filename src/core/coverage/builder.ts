// Shared by every parser: collects line hits per file without a Map per line, counts malformed records, and
// turns the result into a Result. Kept apart so each parser is only its format's scanning.
import { fileIssue, type Issue, type Result } from '../result';
import type { CoverageFormat, CoverageReport, FileCoverage, LineHits } from './types';
import type { CoverageWords } from './words';

/** How two hit counts for the same line combine: summed (repeated records) or the larger kept (overlaps). */
export type Combine = 'sum' | 'max';

/** Line numbers past this are not real source lines; they are treated as malformed. */
export const MAX_LINE = 0x7fffffff;

/**
 * Parses a non-negative decimal integer in `text[start, end)` without making a substring. Returns NaN when
 * the slice is not one (empty, sign, letters); huge values are clamped to MAX_SAFE_INTEGER, since a count that
 * overflowed in the tool that wrote it still means "ran".
 */
export function parseCount(text: string, start: number, end: number): number {
  if (start >= end) return NaN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    value = value * 10 + c;
  }
  return value > Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : value;
}

/** The text without a leading byte-order mark, which JSON.parse and line keys would trip on. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The text with lone CRs (old Mac line ends) turned into LFs, for the line-based formats, which split on LF;
 * CRLF stays as it is (the parsers drop the CR). Text without a lone CR is returned as is, without a copy.
 */
export function unifyLineEnds(text: string): string {
  return text.includes('\r') && /\r(?!\n)/.test(text) ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * The first `ch` (a char code) in `text[start, end)`, or -1. Bounded, unlike indexOf: on a line without the
 * character, indexOf would run on through the rest of the file, and a file of such lines would take quadratic time.
 */
export function indexIn(text: string, ch: number, start: number, end: number): number {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === ch) return i;
  return -1;
}

/** The last `ch` (a char code) in `text[start, end)`, or -1; bounded for the same reason as indexIn. */
export function lastIndexIn(text: string, ch: number, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (text.charCodeAt(i) === ch) return i;
  return -1;
}

/** True for a usable 1-based line number. */
export function isLine(n: number): boolean {
  return n >= 1 && n <= MAX_LINE;
}

/** One file's runs of entries in the shared arrays: [start, end) pairs, and whether they need sorting. */
interface FileRuns {
  runs: number[];
  sorted: boolean;
}

/**
 * Collects a whole report in two shared growable typed arrays (line, hits), one run of entries per file record.
 * One pair of arrays for the whole report, not one per file: allocating and growing thousands of small typed
 * arrays cost more than the parsing itself. A file whose single run is sorted is returned as views into the
 * shared arrays (no copy); a file repeated in the report, or listed out of order, is copied, sorted and merged.
 */
export class ReportBuilder {
  readonly sources: string[] = [];
  malformed = 0;
  private lines: Uint32Array;
  private hits: Float64Array;
  private n = 0;
  private readonly files = new Map<string, FileRuns>();
  private current: FileRuns | undefined;
  private currentPath: string | undefined;
  private runStart = 0;
  private firstBad: { offset: number; why: string } | undefined;

  /** `bytesPerLine`: about how many bytes of the report make one line entry, to size the arrays once. `words`
   * word the report's problems (the parser's caller's language). */
  constructor(
    private readonly format: CoverageFormat,
    private readonly combine: Combine,
    readonly words: CoverageWords,
    textLength = 0,
    bytesPerLine = 40,
  ) {
    // Sized from the text so a large report is not copied through a dozen doublings; capped so a huge file
    // of garbage does not reserve memory it will never use (the arrays still grow if a real report needs it).
    const capacity = Math.max(1024, Math.min(Math.ceil(textLength / bytesPerLine), 1 << 21));
    this.lines = new Uint32Array(capacity);
    this.hits = new Float64Array(capacity);
  }

  /** Starts (or, for the same path, continues) the lines of a file; a repeated path merges into the same file. */
  begin(path: string): void {
    if (path === this.currentPath) return;
    this.end();
    let file = this.files.get(path);
    if (!file) {
      file = { runs: [], sorted: true };
      this.files.set(path, file);
    }
    this.current = file;
    this.currentPath = path;
    this.runStart = this.n;
  }

  /** Ends the current file's run: lines added afterwards need a `begin` first. */
  end(): void {
    if (this.current && this.n > this.runStart) this.current.runs.push(this.runStart, this.n);
    this.current = undefined;
    this.currentPath = undefined;
  }

  /** True between `begin` and `end`. */
  get inFile(): boolean {
    return this.current !== undefined;
  }

  /** Adds one line's hits to the current file (call `begin` first); a repeat of the last line is combined in place. */
  add(line: number, hit: number): void {
    const n = this.n;
    if (n > this.runStart) {
      const last = this.lines[n - 1]!;
      if (last === line) {
        this.hits[n - 1] = join(this.combine, this.hits[n - 1]!, hit);
        return;
      }
      if (last > line) this.current!.sorted = false;
    }
    if (n === this.lines.length) this.grow();
    this.lines[n] = line;
    this.hits[n] = hit;
    this.n = n + 1;
  }

  /** Records a skipped record; only the first one's place is reported, the rest are counted. */
  bad(offset: number, why: string): void {
    this.malformed++;
    if (!this.firstBad) this.firstBad = { offset, why };
  }

  /** The report, with one warning that says how many records were skipped and where the first one is. */
  finish(text: string, extra: Issue[] = []): Result<CoverageReport> {
    this.end();
    if (this.n < this.lines.length * 0.75) {
      // The files will be views into these arrays and keep them alive: drop the unused capacity first.
      this.lines = this.lines.slice(0, this.n);
      this.hits = this.hits.slice(0, this.n);
    }
    const files: FileCoverage[] = [];
    for (const [path, file] of this.files) files.push({ path, lines: this.collect(file) });
    const issues = [...extra];
    if (this.firstBad)
      issues.push(positionedIssue(text, this.firstBad.offset, this.words.skipped(this.malformed, this.firstBad.why)));
    return {
      ok: true,
      value: { format: this.format, files, malformed: this.malformed, sources: this.sources },
      issues,
    };
  }

  private collect(file: FileRuns): LineHits {
    const { runs } = file;
    if (runs.length === 0) return { lines: new Uint32Array(0), hits: new Float64Array(0) };
    if (runs.length === 2 && file.sorted)
      return { lines: this.lines.subarray(runs[0], runs[1]), hits: this.hits.subarray(runs[0], runs[1]) };
    const order: number[] = [];
    for (let r = 0; r < runs.length; r += 2) for (let i = runs[r]!; i < runs[r + 1]!; i++) order.push(i);
    order.sort((a, b) => this.lines[a]! - this.lines[b]!);
    const lines = new Uint32Array(order.length);
    const hits = new Float64Array(order.length);
    let m = 0;
    for (const i of order) {
      if (m > 0 && lines[m - 1] === this.lines[i]) hits[m - 1] = join(this.combine, hits[m - 1]!, this.hits[i]!);
      else {
        lines[m] = this.lines[i]!;
        hits[m++] = this.hits[i]!;
      }
    }
    return { lines: lines.subarray(0, m), hits: hits.subarray(0, m) };
  }

  private grow(): void {
    const lines = new Uint32Array(this.lines.length * 2);
    const hits = new Float64Array(this.hits.length * 2);
    lines.set(this.lines);
    hits.set(this.hits);
    this.lines = lines;
    this.hits = hits;
  }
}

function join(combine: Combine, a: number, b: number): number {
  return combine === 'sum' ? Math.min(a + b, Number.MAX_SAFE_INTEGER) : Math.max(a, b);
}

/** A failed parse with one error that concerns the whole file. */
export function failed(message: string): Result<CoverageReport> {
  return { ok: false, issues: [fileIssue(message)] };
}

/** A warning at a character offset (line and column computed once, only when needed; LF, CRLF or CR lines). */
export function positionedIssue(
  text: string,
  offset: number,
  message: string,
  severity: Issue['severity'] = 'warning',
): Issue {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = offset - lineStart + 1;
  return { line, column, endLine: line, endColumn: column + 1, severity, message, path: [] };
}
