// Shared by every parser: collects line hits per file without a Map per line, counts malformed records, and
// turns the result into a Result. Kept apart so each parser is only its format's scanning.
import { fileIssue, type Issue, type Result } from '../result';
import type { CoverageFormat, CoverageReport, FileCoverage, LineHits } from './types';

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

/** Collects one file's hits in growable typed arrays; most reports list lines in order, so no sort is needed. */
export class LineBuilder {
  private lines = new Uint32Array(32);
  private hits = new Float64Array(32);
  private n = 0;
  private sorted = true;

  constructor(private readonly combine: Combine) {}

  add(line: number, hit: number): void {
    const n = this.n;
    if (n > 0) {
      const last = this.lines[n - 1]!;
      if (last === line) {
        this.hits[n - 1] = this.join(this.hits[n - 1]!, hit);
        return;
      }
      if (last > line) this.sorted = false;
    }
    if (n === this.lines.length) this.grow();
    this.lines[n] = line;
    this.hits[n] = hit;
    this.n = n + 1;
  }

  finish(): LineHits {
    if (this.sorted) return { lines: this.lines.slice(0, this.n), hits: this.hits.slice(0, this.n) };
    const order = Array.from({ length: this.n }, (_, i) => i).sort((a, b) => this.lines[a]! - this.lines[b]!);
    const lines = new Uint32Array(this.n);
    const hits = new Float64Array(this.n);
    let m = 0;
    for (const i of order) {
      if (m > 0 && lines[m - 1] === this.lines[i]) hits[m - 1] = this.join(hits[m - 1]!, this.hits[i]!);
      else {
        lines[m] = this.lines[i]!;
        hits[m++] = this.hits[i]!;
      }
    }
    return { lines: lines.slice(0, m), hits: hits.slice(0, m) };
  }

  private join(a: number, b: number): number {
    return this.combine === 'sum' ? Math.min(a + b, Number.MAX_SAFE_INTEGER) : Math.max(a, b);
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

/** Collects a whole report: files by path (a repeated path merges into the same builder) and malformed records. */
export class ReportBuilder {
  readonly sources: string[] = [];
  malformed = 0;
  private readonly files = new Map<string, LineBuilder>();
  private firstBad: { offset: number; why: string } | undefined;

  constructor(
    private readonly format: CoverageFormat,
    private readonly combine: Combine,
  ) {}

  /** The builder for a path, created on first use. */
  file(path: string): LineBuilder {
    let b = this.files.get(path);
    if (!b) {
      b = new LineBuilder(this.combine);
      this.files.set(path, b);
    }
    return b;
  }

  /** Records a skipped record; only the first one's place is reported, the rest are counted. */
  bad(offset: number, why: string): void {
    this.malformed++;
    if (!this.firstBad) this.firstBad = { offset, why };
  }

  /** The report, with one warning that says how many records were skipped and where the first one is. */
  finish(text: string, extra: Issue[] = []): Result<CoverageReport> {
    const files: FileCoverage[] = [];
    for (const [path, b] of this.files) files.push({ path, lines: b.finish() });
    const issues = [...extra];
    if (this.firstBad) issues.push(positionedIssue(text, this.firstBad.offset, skippedMessage(this.malformed, this.firstBad.why)));
    return { ok: true, value: { format: this.format, files, malformed: this.malformed, sources: this.sources }, issues };
  }
}

/** A failed parse with one error that concerns the whole file. */
export function failed(message: string): Result<CoverageReport> {
  return { ok: false, issues: [fileIssue(message)] };
}

/** A warning at a character offset (line and column computed once, only when needed). */
export function positionedIssue(text: string, offset: number, message: string, severity: Issue['severity'] = 'warning'): Issue {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const column = offset - lineStart + 1;
  return { line, column, endLine: line, endColumn: column + 1, severity, message, path: [] };
}

function skippedMessage(count: number, why: string): string {
  return `${count} malformed coverage record${count === 1 ? '' : 's'} skipped; the first: ${why}.`;
}
