/** Coverage arithmetic for red flags: covered share and uncovered ranges from per-line hit counts. */

/**
 * Line hits of one workspace file in the coverage report (1-based line → hits), or `undefined` when the report
 * does not list the file. A function, so this module does not depend on how reports are parsed or stored.
 */
export type CoverageLookup = (file: string) => ReadonlyMap<number, number> | undefined;

/** Consecutive uncovered lines (1-based, inclusive); lines the report does not instrument may lie between. */
export interface LineRange {
  start: number;
  end: number;
  /** How many uncovered lines it holds. */
  lines: number;
}

/** A file's uncovered ranges, the largest first. */
export interface FileUncovered {
  file: string;
  ranges: LineRange[];
  /** Uncovered lines in the file. */
  lines: number;
}

/** The covered share of `files` and their uncovered ranges; `undefined` when the report lists none of them. */
export function coverageOf(
  files: readonly string[],
  lookup: CoverageLookup,
): { coverage: { covered: number; total: number }; uncovered: FileUncovered[] } | undefined {
  let covered = 0;
  let total = 0;
  let listed = false;
  const uncovered: FileUncovered[] = [];
  for (const file of files) {
    const hits = lookup(file);
    if (!hits) continue;
    listed = true;
    for (const count of hits.values()) {
      total++;
      if (count > 0) covered++;
    }
    const ranges = uncoveredRanges(hits);
    if (ranges.length > 0) uncovered.push({ file, ranges, lines: ranges.reduce((n, r) => n + r.lines, 0) });
  }
  if (!listed) return undefined;
  uncovered.sort((a, b) => b.lines - a.lines || (a.file < b.file ? -1 : 1));
  return { coverage: { covered, total }, uncovered };
}

/**
 * Groups a file's uncovered lines into ranges, largest first. Two uncovered lines join when no covered line
 * lies between them and at most `bridge` lines the report does not instrument (blank lines, comments, braces)
 * separate them — the same rule as the coverage module's, so the tree and the CLI show the same ranges.
 */
export function uncoveredRanges(hits: ReadonlyMap<number, number>, bridge = 3): LineRange[] {
  const lines = [...hits.keys()].filter((l) => Number.isInteger(l) && l > 0).sort((a, b) => a - b);
  const ranges: LineRange[] = [];
  let current: LineRange | undefined;
  for (const line of lines) {
    if ((hits.get(line) ?? 0) > 0) {
      current = undefined;
    } else if (current && line - current.end - 1 <= bridge) {
      current.end = line;
      current.lines++;
    } else {
      current = { start: line, end: line, lines: 1 };
      ranges.push(current);
    }
  }
  return ranges.sort((a, b) => b.lines - a.lines || a.start - b.start);
}
