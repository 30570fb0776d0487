// The path mapping as it was before the suffix trie (quadratic in path segments, kept only as a reference):
// the property test checks that the trie version answers the same on small generated workspaces and reports.
// Maps the paths a coverage report names to files of the workspace. Reports are written on other machines
// (a CI checkout root, Windows drive letters and backslashes), relative to some folder (`./src/a.ts`, a
// Cobertura <source> root, a Java package root) or as Go import paths (`example.com/mod/pkg/file.go`). The
// answer is always one of the workspace's own files, never a path built from the report, so a hostile report
// cannot point outside the workspace.
import type { CoverageReport, LineHits } from '../../../src/core/coverage/types';
import { mergeLineHits } from '../../../src/core/coverage/types';

/** The workspace's files (relative posix paths), indexed for exact, suffix and case-insensitive lookups. */
export interface PathIndex {
  readonly files: ReadonlySet<string>;
  readonly byBase: ReadonlyMap<string, readonly string[]>;
  readonly lower: ReadonlyMap<string, string | null>;
}

/** Where the report was made, when known. */
export interface PathMapOptions {
  /** The workspace folder's absolute path (any separator style), stripped from absolute report paths. */
  workspaceRoot?: string;
  /** Roots that relative report paths are under (Cobertura's <source>), tried before the suffix rules. */
  sourceRoots?: readonly string[];
}

/** Indexes a workspace file list once, for every report mapped against it. */
export function createPathIndex(workspaceFiles: Iterable<string>): PathIndex {
  const files = new Set<string>();
  const byBase = new Map<string, string[]>();
  const lower = new Map<string, string | null>();
  for (const raw of workspaceFiles) {
    const file = normalize(raw).path;
    files.add(file);
    const base = file.slice(file.lastIndexOf('/') + 1);
    const list = byBase.get(base);
    if (list) list.push(file);
    else byBase.set(base, [file]);
    const key = file.toLowerCase();
    lower.set(key, lower.has(key) ? null : file); // null: two files differ only in case, so no guess
  }
  return { files, byBase, lower };
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
  for (const reportPath of reportPaths) {
    const found = strongMatch(reportPath, index, root, options.sourceRoots ?? []);
    if (found) {
      result.set(reportPath, found.file);
      if (found.prefix !== undefined) prefixes.add(found.prefix);
    } else doubtful.push(reportPath);
  }
  for (const reportPath of doubtful) result.set(reportPath, weakMatch(reportPath, index, prefixes));
  return result;
}

/** Maps one report path (no other paths to learn a checkout root from). */
export function mapReportPath(reportPath: string, index: PathIndex, options: PathMapOptions = {}): string | undefined {
  return mapReportPaths([reportPath], index, options).get(reportPath);
}

interface Match {
  file: string;
  /** The part of the report path before the workspace file, when learned from a suffix match. */
  prefix?: string;
}

function strongMatch(
  reportPath: string,
  index: PathIndex,
  root: string | undefined,
  sourceRoots: readonly string[],
): Match | undefined {
  const { path, absolute } = normalize(reportPath);
  if (path === '') return undefined;
  if (root !== undefined && root !== '' && path.startsWith(`${root}/`)) {
    const rel = path.slice(root.length + 1);
    if (index.files.has(rel)) return { file: rel };
  }
  if (!absolute) {
    for (const sourceRoot of sourceRoots) {
      const joined = normalize(`${sourceRoot}/${path}`).path;
      const viaRoot = root && joined.startsWith(`${root}/`) ? joined.slice(root.length + 1) : undefined;
      if (viaRoot !== undefined && index.files.has(viaRoot)) return { file: viaRoot };
      const suffix = suffixMatch(joined, index, 2);
      if (suffix) return suffix;
    }
    if (index.files.has(path)) return { file: path, prefix: '' };
  }
  return suffixMatch(path, index, 2) ?? reverseSuffix(path, index);
}

/** The longest workspace file that is a whole-segment suffix of `path`, with at least `minSegments` segments. */
function suffixMatch(path: string, index: PathIndex, minSegments: number): Match | undefined {
  const segments = path.split('/');
  for (let i = 0; i <= segments.length - minSegments; i++) {
    const candidate = i === 0 ? path : segments.slice(i).join('/');
    if (index.files.has(candidate)) return { file: candidate, prefix: segments.slice(0, i).join('/') };
  }
  return undefined;
}

/** A report path that is a suffix of exactly one workspace file (`com/x/A.java` → `src/main/java/com/x/A.java`). */
function reverseSuffix(path: string, index: PathIndex): Match | undefined {
  if (!path.includes('/')) return undefined; // a bare name matches too much; weakMatch decides
  const base = path.slice(path.lastIndexOf('/') + 1);
  const hits = (index.byBase.get(base) ?? []).filter((f) => f.endsWith(`/${path}`));
  return hits.length === 1 ? { file: hits[0]! } : undefined;
}

/** Last resorts: a bare file name at a learned prefix (or when nothing was learned), then a case-insensitive match. */
function weakMatch(reportPath: string, index: PathIndex, prefixes: ReadonlySet<string>): string | undefined {
  const { path } = normalize(reportPath);
  if (path === '') return undefined;
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  const prefix = slash === -1 ? '' : path.slice(0, slash);
  if (index.files.has(base) && (prefixes.size === 0 || prefixes.has(prefix))) return base;
  const folded = index.lower.get(path.toLowerCase());
  if (folded) return folded;
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
    const hit = index.lower.get(path.slice(i + 1).toLowerCase());
    if (hit && hit.includes('/')) return hit;
  }
  return undefined;
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
  const files = new Map<string, LineHits>();
  const unmapped: string[] = [];
  for (const file of report.files) {
    const target = mapped.get(file.path);
    if (target === undefined) unmapped.push(file.path);
    else {
      const before = files.get(target);
      files.set(target, before ? mergeLineHits(before, file.lines) : file.lines);
    }
  }
  return { files, unmapped };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
