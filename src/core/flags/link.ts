/**
 * Links each red flag of project.yaml to its code: the files its globs match, its markers, and — given a
 * coverage lookup — its covered share and uncovered ranges. Pure: the caller lists files, searches markers and
 * reads coverage; this only joins them.
 */
import { validateGlob } from '../globCheck';
import { en } from '../lang/en/words';
import type { ProblemWords } from '../i18n/words';
import { matchGlobs } from '../globSet';
import type { Marker } from '../markers';
import type { RedFlag, Severity } from '../model/schema';
import { buildTestIndex, filesWithoutTests, type TestIndex } from '../testHeuristic';
import { coverageOf, type CoverageLookup, type FileUncovered } from './coverage';

export type { CoverageLookup, FileUncovered, LineRange } from './coverage';

/** What can be said of a flag's coverage: measured, or why it cannot be. */
export type FlagStatus =
  | 'covered' //           a report covers some of its files: `coverage` is set
  | 'no-report' //         no coverage report at all: `untestedGuess` holds the heuristic's guess
  | 'not-in-report' //     a report exists but lists none of its files
  | 'unlinked'; //         no marker and no matching path: nothing to measure

/** One red flag joined to its code. */
export interface FlagLink {
  flag: RedFlag;
  /** The flag's index in `red_flags`, for locating it in project.yaml. */
  index: number;
  /** Files matched by its globs, then files holding its markers, without duplicates. */
  files: string[];
  markers: Marker[];
  status: FlagStatus;
  /** Lines with any hit over instrumented lines, across the flag's files in the report. */
  coverage?: { covered: number; total: number };
  /** Per file in the report, its uncovered ranges (largest first); files with most uncovered lines first. */
  uncovered: FileUncovered[];
  /** Without a report: the flag's source files with no matching test file. A guess, to be labelled so. */
  untestedGuess?: string[];
}

/** A marker whose id names no red flag: a warning on its line. */
export interface MarkerWarning {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A glob of `red_flags[flagIndex].paths[pathIndex]` that was refused: a diagnostic on that line. */
export interface GlobIssue {
  flagIndex: number;
  pathIndex: number;
  message: string;
}

export interface LinkInput {
  flags: readonly RedFlag[];
  /** Workspace files, relative with `/` separators (git's list or the walk's). */
  files: readonly string[];
  markers: readonly Marker[];
  /** Line hits of a workspace file in the coverage report; absent when there is no report. */
  coverage?: CoverageLookup;
  /** Files known to resolve outside the workspace through a symlink (from the node ring); never linked. */
  outside?: ReadonlySet<string>;
}

export interface LinkResult {
  /** Ordered by severity (critical first), then least covered first. */
  flags: FlagLink[];
  warnings: MarkerWarning[];
  globIssues: GlobIssue[];
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Joins red flags to files, markers and coverage; never throws on user data (bad globs become issues, in `words`' language). */
export function linkFlags(input: LinkInput, words: ProblemWords = en.problems): LinkResult {
  const globIssues: GlobIssue[] = [];
  const markersById = groupMarkers(input.markers);
  let testIndex: TestIndex | undefined; // built on first need: a file list of 30,000 costs a few ms
  const matchedByFlag = matchFlagGlobs(input, globIssues, words);
  const links = input.flags.map((flag, index) => {
    const matched = matchedByFlag[index]!;
    const own = (markersById.get(flag.id) ?? []).filter((m) => !input.outside?.has(m.file));
    const files = unique([...matched, ...own.map((m) => m.file)]);
    const link: FlagLink = { flag, index, files, markers: own, status: 'unlinked', uncovered: [] };
    if (files.length === 0 && own.length === 0) return link;
    if (!input.coverage) {
      testIndex ??= buildTestIndex(input.files);
      return { ...link, status: 'no-report' as const, untestedGuess: filesWithoutTests(files, testIndex) };
    }
    const measured = coverageOf(files, input.coverage);
    if (!measured) return { ...link, status: 'not-in-report' as const };
    return { ...link, status: 'covered' as const, coverage: measured.coverage, uncovered: measured.uncovered };
  });
  const known = new Set(input.flags.map((f) => f.id));
  const warnings = input.markers
    .filter((m) => !known.has(m.id))
    .map((m) => ({ file: m.file, line: m.line, column: m.column, message: words.unknownMarker(m.id) }));
  return { flags: links.sort(byRisk), warnings, globIssues };
}

/** The union of files that any flag's valid globs match: what the node ring should check for symlink escapes. */
export function filesMatchedByFlags(flags: readonly RedFlag[], files: readonly string[]): string[] {
  const globs = flags.flatMap((f) => (f.paths ?? []).filter((p) => validateGlob(p).ok));
  const matched = new Set(matchGlobs(globs, files).flat());
  return files.filter((file) => matched.has(file));
}

/** Each flag's matched files (in file-list order), every valid glob of every flag matched in one pass. */
function matchFlagGlobs(input: LinkInput, issues: GlobIssue[], words: ProblemWords): string[][] {
  const globs: { flagIndex: number; pathIndex: number; glob: string }[] = [];
  input.flags.forEach((flag, flagIndex) =>
    (flag.paths ?? []).forEach((glob, pathIndex) => {
      const check = validateGlob(glob, words);
      if (check.ok) globs.push({ flagIndex, pathIndex, glob });
      else issues.push({ flagIndex, pathIndex, message: words.badGlob(glob, check.message) });
    }),
  );
  const matches = matchGlobs(
    globs.map((g) => g.glob),
    input.files,
  );
  const byFlag = input.flags.map(() => new Set<string>());
  globs.forEach(({ flagIndex, pathIndex, glob }, i) => {
    const inside = matches[i]!.filter((file) => !input.outside?.has(file));
    if (inside.length < matches[i]!.length) {
      issues.push({ flagIndex, pathIndex, message: words.globOutside(glob) });
    }
    for (const file of inside) byFlag[flagIndex]!.add(file);
  });
  // Several globs of one flag interleave their matches: restore file-list order (indexed only when needed).
  let order: Map<string, number> | undefined;
  const counts = input.flags.map((_, i) => globs.filter((g) => g.flagIndex === i).length);
  return byFlag.map((set, i) => {
    if (counts[i]! <= 1) return [...set];
    order ??= new Map(input.files.map((file, at) => [file, at]));
    const at = order;
    return [...set].sort((a, b) => at.get(a)! - at.get(b)!);
  });
}

function groupMarkers(markers: readonly Marker[]): Map<string, Marker[]> {
  const byId = new Map<string, Marker[]>();
  for (const marker of markers) {
    const list = byId.get(marker.id);
    if (list) list.push(marker);
    else byId.set(marker.id, [marker]);
  }
  return byId;
}

/** Severity first; then the least covered (unmeasured flags count as the least covered); then file order. */
function byRisk(a: FlagLink, b: FlagLink): number {
  return SEVERITY_RANK[a.flag.severity] - SEVERITY_RANK[b.flag.severity] || share(a) - share(b) || a.index - b.index;
}

const share = (link: FlagLink) =>
  link.coverage && link.coverage.total > 0 ? link.coverage.covered / link.coverage.total : -1;

const unique = (items: string[]) => [...new Set(items)];
