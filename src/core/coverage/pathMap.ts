// Maps the paths a coverage report names to files of the workspace. Reports are written on other machines
// (a CI checkout root, Windows drive letters and backslashes), relative to some folder (`./src/a.ts`, a
// Cobertura <source> root, a Java package root) or as Go import paths (`example.com/mod/pkg/file.go`). The
// answer is always one of the workspace's own files, never a path built from the report, so a hostile report
// cannot point outside the workspace. Suffixes are found in a trie of the workspace's paths, last segment first
// (suffixTrie.ts), and source roots are tried only where they can change the answer (sourceRoots.ts): the cost
// is linear in the report's paths, whatever their depth and however many roots it lists.
import { SourceRoots } from './sourceRoots';
import { SuffixTrie, walk } from './suffixTrie';
import type { CoverageReport, LineHits } from './types';
import { mergeAll } from './types';

/** The workspace's files (relative posix paths), indexed for exact, suffix and case-insensitive lookups. */
export interface PathIndex {
  readonly files: ReadonlySet<string>;
  /** Every file by its segments, last first. */
  readonly tails: SuffixTrie;
  /** The same, case-folded; a node's file is null when two files differ only in case (no guess then). */
  readonly folded: SuffixTrie;
}

/** Where the report was made, when known. */
export interface PathMapOptions {
  /** The workspace folder's absolute path (any separator style), stripped from absolute report paths. */
  workspaceRoot?: string;
  /** Roots that relative report paths are under (Cobertura's <source>), tried before the suffix rules. */
  sourceRoots?: readonly string[];
}

/** A match, and the part of the report path before the workspace file when learned from a suffix. */
export interface Match {
  file: string;
  prefix?: string;
}

/** Indexes a workspace file list once, for every report mapped against it. */
export function createPathIndex(workspaceFiles: Iterable<string>): PathIndex {
  const files = new Set<string>();
  const tails = new SuffixTrie();
  const folded = new SuffixTrie();
  for (const raw of workspaceFiles) {
    const file = normalize(raw).path;
    if (file === '' || files.has(file)) continue;
    files.add(file);
    tails.add(file.split('/'), file);
    folded.add(file.toLowerCase().split('/'), file);
  }
  return { files, tails, folded };
}

/** A report path as posix segments: separators unified, drive letter, `file://`, `.` and `..` resolved. */
export function normalize(raw: string): { path: string; absolute: boolean } {
  let p = raw.trim();
  if (/^file:\/\//i.test(p)) p = safeDecode(p.replace(/^file:\/\/(localhost)?/i, ''));
  p = p.replace(/\\/g, '/');
  let absolute = p.startsWith('/');
  const drive = /^\/?[A-Za-z]:(\/|$)/.exec(p);
  if (drive) {
    absolute = true;
    p = p.slice(drive[0].length);
  }
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return { path: out.join('/'), absolute };
}

/** Maps every path of one report together: a checkout root learned from some paths settles the doubtful rest. */
export function mapReportPaths(
  reportPaths: readonly string[],
  index: PathIndex,
  options: PathMapOptions = {},
): Map<string, string | undefined> {
  const result = new Map<string, string | undefined>();
  const doubtful: string[] = [];
  const prefixes = new Set<string>();
  const root = options.workspaceRoot === undefined ? undefined : normalize(options.workspaceRoot).path;
  const sources = new SourceRoots(
    (options.sourceRoots ?? []).map((r) => normalize(r).path),
    root,
    index,
  );
  for (const reportPath of reportPaths) {
    if (result.has(reportPath)) continue;
    const found = strongMatch(reportPath, index, root, sources);
    if (found) {
      result.set(reportPath, found.file);
      if (found.prefix !== undefined) prefixes.add(found.prefix);
    } else {
      result.set(reportPath, undefined);
      doubtful.push(reportPath);
    }
  }
  for (const reportPath of doubtful) result.set(reportPath, weakMatch(reportPath, index, prefixes));
  return result;
}

/** Maps one report path (no other paths to learn a checkout root from). */
export function mapReportPath(reportPath: string, index: PathIndex, options: PathMapOptions = {}): string | undefined {
  return mapReportPaths([reportPath], index, options).get(reportPath);
}

/** Under the workspace root; then under a source root; then as given; then by the longest suffix (2+ segments). */
function strongMatch(
  reportPath: string,
  index: PathIndex,
  root: string | undefined,
  sources: SourceRoots,
): Match | undefined {
  const { path, absolute } = normalize(reportPath);
  if (path === '') return undefined;
  if (root !== undefined && root !== '' && path.startsWith(`${root}/`)) {
    const rel = path.slice(root.length + 1);
    if (index.files.has(rel)) return { file: rel };
  }
  const segments = path.split('/');
  const own = walk(index.tails.root, segments, 0, 2);
  if (!absolute) {
    const viaSource = sources.match(segments, own);
    if (viaSource) return viaSource;
    if (index.files.has(path)) return { file: path, prefix: '' };
  }
  if (own.file !== undefined)
    return { file: own.file, prefix: segments.slice(0, segments.length - own.depth).join('/') };
  // The report path is a suffix of exactly one workspace file (`com/x/A.java` → `src/main/java/com/x/A.java`);
  // a bare name matches too much: weakMatch decides.
  return segments.length > 1 && own.end?.below === 1 ? { file: own.end.one! } : undefined;
}

/** Last resorts: a bare file name at a learned prefix (or when nothing was learned), then a case-insensitive match. */
function weakMatch(reportPath: string, index: PathIndex, prefixes: ReadonlySet<string>): string | undefined {
  const { path } = normalize(reportPath);
  if (path === '') return undefined;
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  const prefix = slash === -1 ? '' : path.slice(0, slash);
  if (index.files.has(base) && (prefixes.size === 0 || prefixes.has(prefix))) return base;
  const segments = path.toLowerCase().split('/');
  // The whole path, or its longest suffix that names a file in a folder (2+ segments), case-folded.
  return walk(index.folded.root, segments, 0, Math.min(2, segments.length)).file;
}

/** A report's files keyed by workspace path (files mapped to the same path are merged) and the paths not found. */
export function resolveReport(
  report: CoverageReport,
  index: PathIndex,
  options: PathMapOptions = {},
): { files: Map<string, LineHits>; unmapped: string[] } {
  const mapped = mapReportPaths(
    report.files.map((f) => f.path),
    index,
    { ...options, sourceRoots: [...(options.sourceRoots ?? []), ...report.sources] },
  );
  const grouped = new Map<string, LineHits[]>();
  const unmapped: string[] = [];
  for (const file of report.files) {
    const target = mapped.get(file.path);
    if (target === undefined) unmapped.push(file.path);
    else {
      const list = grouped.get(target);
      if (list) list.push(file.lines);
      else grouped.set(target, [file.lines]);
    }
  }
  const files = new Map<string, LineHits>();
  for (const [target, list] of grouped) files.set(target, mergeAll(list));
  return { files, unmapped };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
