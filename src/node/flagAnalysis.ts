import path from 'node:path';
import { createPathIndex, resolveReport } from '../core/coverage/pathMap';
import { mergeLineHits, toMap, type LineHits } from '../core/coverage/types';
import { filesMatchedByFlags, linkFlags, type LinkResult } from '../core/flags/link';
import type { ProblemWords } from '../core/i18n/words';
import { en } from '../core/lang/en/words';
import type { RedFlag } from '../core/model/schema';
import type { Language } from '../core/model/vocabulary';
import { fileIssue, type Issue } from '../core/result';
import { clipToFiles } from './coverage/clip';
import { findCoverageReports } from './coverage/find';
import { readCoverageReport } from './coverage/read';
import type { FileList } from './files';
import { listWorkspaceFiles } from './workspaceFiles';
import { searchMarkers, type MarkerSearch } from './markers';
import { filesOutside } from './paths';

export interface FlagAnalysisOptions {
  /** False in Restricted Mode: files are walked and markers scanned without starting git. */
  git: boolean;
  /** Report paths from the settings, relative to the root; empty means the usual places. */
  reports?: readonly string[];
  signal?: AbortSignal;
  /** The language of the marker warnings and glob issues; English by default. */
  words?: ProblemWords;
  /** The language of the coverage reports' problems (the same as `words`'); English by default. */
  language?: Language;
}

/** What the workspace's coverage reports say, mapped to workspace files. */
export interface CoverageState {
  /** Reports read, relative to the root. */
  reports: string[];
  /** Line hits per workspace file, reports merged. */
  files: ReadonlyMap<string, LineHits>;
  /** Report paths that match no workspace file. */
  unmapped: number;
  /** Records skipped as malformed. */
  malformed: number;
  /** Lines the reports list past the end of a linked file, left out (see clip.ts). */
  clipped: number;
  issues: Issue[];
}

/** Red flags joined to their code and coverage, with how each input was found. */
export interface FlagAnalysis extends LinkResult {
  fileList: FileList;
  search: MarkerSearch;
  coverage: CoverageState;
}

/**
 * Gathers what linking needs from disk — the file list, the markers, the coverage reports, the flagged files that
 * a symlink takes outside the workspace — and links the flags. Rejects only when `signal` aborts.
 */
export async function analyzeFlags(
  root: string,
  flags: readonly RedFlag[],
  options: FlagAnalysisOptions,
): Promise<FlagAnalysis> {
  const { signal } = options;
  const fileList = await listWorkspaceFiles(root, { git: options.git, signal });
  const flagged = filesMatchedByFlags(flags, fileList.files);
  const [search, read, outside] = await Promise.all([
    searchMarkers(root, { git: options.git, signal, files: fileList.via === 'walk' ? fileList.files : undefined }),
    readCoverage(root, fileList.files, options),
    filesOutside(root, flagged, signal),
  ]);
  const markers = search.markers.filter((m) => !outside.has(m.file));
  const ids = new Set(flags.map((f) => f.id));
  const linked = [...flagged, ...markers.filter((m) => ids.has(m.id)).map((m) => m.file)].filter(
    (f) => !outside.has(f),
  );
  const coverage = await clipCoverage(root, read, linked, options.words ?? en.problems, signal);
  const lookup = coverage.reports.length > 0 ? (file: string) => mapOf(coverage.files, file) : undefined;
  const links = linkFlags({ flags, files: fileList.files, markers, coverage: lookup, outside }, options.words);
  return { ...links, fileList, search, coverage };
}

/** Reads every report found and maps its paths onto the workspace's files. */
export async function readCoverage(
  root: string,
  files: readonly string[],
  options: FlagAnalysisOptions,
): Promise<CoverageState> {
  const state: CoverageState = { reports: [], files: new Map(), unmapped: 0, malformed: 0, clipped: 0, issues: [] };
  const { language, signal } = options;
  const found = await findCoverageReports(root, { explicit: options.reports, signal, language });
  state.issues.push(...found.issues);
  if (!found.ok || found.value.length === 0) return state;
  const index = createPathIndex(files);
  const merged = new Map<string, LineHits>();
  for (const report of found.value) {
    const read = await readCoverageReport(report.path, { signal, language });
    state.issues.push(...read.issues.map((i) => ({ ...i, message: `${report.relative}: ${i.message}` })));
    if (!read.ok) continue;
    const resolved = resolveReport(read.value, index, { workspaceRoot: root });
    for (const [file, hits] of resolved.files) {
      const before = merged.get(file);
      merged.set(file, before ? mergeLineHits(before, hits) : hits);
    }
    state.reports.push(report.relative.split(path.sep).join('/'));
    state.unmapped += resolved.unmapped.length;
    state.malformed += read.value.malformed;
  }
  return { ...state, files: merged };
}

/** Leaves out the lines that the reports list past the end of the linked files, and says so in one warning. */
async function clipCoverage(
  root: string,
  state: CoverageState,
  linked: readonly string[],
  words: ProblemWords,
  signal?: AbortSignal,
): Promise<CoverageState> {
  if (state.files.size === 0) return state;
  const clipped = await clipToFiles(root, state.files, linked, signal);
  if (clipped.lines === 0) return state;
  const first = clipped.clippedFiles[0]!;
  const message = words.coverageClipped(clipped.lines, first.file, first.length, clipped.clippedFiles.length - 1);
  return {
    ...state,
    files: clipped.files,
    clipped: clipped.lines,
    issues: [...state.issues, fileIssue(message, 'warning')],
  };
}

// Line maps are built on demand: a report may list thousands of files that no flag touches.
const maps = new WeakMap<LineHits, Map<number, number>>();
function mapOf(files: ReadonlyMap<string, LineHits>, file: string): Map<number, number> | undefined {
  const hits = files.get(file);
  if (!hits) return undefined;
  let map = maps.get(hits);
  if (!map) maps.set(hits, (map = toMap(hits)));
  return map;
}
