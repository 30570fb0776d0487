// Finds coverage reports: the paths a setting names, or else the places the usual tools write to. JaCoCo's
// report sits deep in build folders (target/site/jacoco, build/reports/jacoco/test), so it gets a bounded
// breadth-first search that skips dependency and VCS folders and never follows symlinks.
import fs from 'node:fs/promises';
import path from 'node:path';
import { COVERAGE } from '../../core/lang/coverage';
import type { Language } from '../../core/model/vocabulary';
import { fileIssue, type Issue, type Result } from '../../core/result';
import { TOOL_FOLDERS } from '../skippedFolders';
import { DEFAULT_REPORT_PATHS, JACOCO_NAMES } from './reportNames';

/** A report on disk. */
export interface FoundReport {
  /** Absolute path. */
  path: string;
  /** Relative to the workspace folder, posix separators. */
  relative: string;
  size: number;
  mtimeMs: number;
}

/** Bounds and inputs of the search. */
export interface FindOptions {
  /** Paths from the setting, relative to the folder; when given, the default places are not searched. */
  explicit?: readonly string[];
  signal?: AbortSignal;
  /** How deep the JaCoCo search goes (default 6) and how many folders it reads at most (default 3000). */
  maxDepth?: number;
  maxDirs?: number;
  /** The language of the warnings; default English. */
  language?: Language;
}

/**
 * Lists the reports of a workspace folder. Explicit paths that are missing or outside the folder come back as
 * warnings, not errors: a report that is not there yet is an expected state. Rejects with an AbortError when
 * the signal fires.
 */
export async function findCoverageReports(root: string, options: FindOptions = {}): Promise<Result<FoundReport[]>> {
  const { signal } = options;
  const words = COVERAGE[options.language ?? 'en'];
  const issues: Issue[] = [];
  const found: FoundReport[] = [];
  const explicit = options.explicit?.filter((p) => p.trim() !== '') ?? [];
  const candidates = explicit.length > 0 ? explicit : DEFAULT_REPORT_PATHS;
  for (const rel of candidates) {
    signal?.throwIfAborted();
    const abs = path.resolve(root, rel);
    const inside = path.relative(root, abs);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      issues.push(fileIssue(words.outside(rel), 'warning'));
      continue;
    }
    const report = await statReport(root, abs);
    if (report && !(await insideRoot(root, abs))) {
      issues.push(fileIssue(words.linksOutside(rel), 'warning'));
    } else if (report) found.push(report);
    else if (explicit.length > 0) issues.push(fileIssue(words.notFound(rel), 'warning'));
  }
  if (explicit.length === 0) found.push(...(await findJacoco(root, options)));
  return { ok: true, value: found, issues };
}

/** Whether a path, symlinks resolved, stays inside the folder: a cloned repo must not make Candor read ~/.ssh. */
async function insideRoot(root: string, abs: string): Promise<boolean> {
  try {
    const [realRoot, real] = await Promise.all([fs.realpath(root), fs.realpath(abs)]);
    const rel = path.relative(realRoot, real);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  } catch {
    return false;
  }
}

async function statReport(root: string, abs: string): Promise<FoundReport | undefined> {
  try {
    const st = await fs.stat(abs);
    if (!st.isFile()) return undefined;
    return {
      path: abs,
      relative: path.relative(root, abs).split(path.sep).join('/'),
      size: st.size,
      mtimeMs: st.mtimeMs,
    };
  } catch {
    return undefined;
  }
}

/** Breadth-first, so a shallow report is found before the folder budget runs out. */
async function findJacoco(root: string, options: FindOptions): Promise<FoundReport[]> {
  const maxDepth = options.maxDepth ?? 6;
  let budget = options.maxDirs ?? 3000;
  const found: FoundReport[] = [];
  let level = [root];
  for (let depth = 0; depth <= maxDepth && level.length > 0 && budget > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      options.signal?.throwIfAborted();
      if (budget-- <= 0) break;
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (e.isDirectory() && !TOOL_FOLDERS.has(e.name)) next.push(path.join(dir, e.name));
        else if (e.isFile() && JACOCO_NAMES.has(e.name)) {
          const report = await statReport(root, path.join(dir, e.name));
          if (report) found.push(report);
        }
      }
    }
    level = next;
  }
  return found.sort((a, b) => a.relative.localeCompare(b.relative));
}
