import path from 'node:path';
import { briefWordsFor, buildBrief, type Brief, type BriefGit, type BriefInput } from '../core/brief';
import type { Language } from '../core/model/schema';
import { toIsoDay } from '../core/draft/format';
import type { Commit } from '../core/git/commit';
import type { CommitRange } from '../core/git/range';
import type { ProjectFile } from '../core/model/schema';
import { DEFAULT_HISTORY_FOLDER } from '../core/statusHistory';
import { analyzeFlags } from './flagAnalysis';
import { readCommits } from './git/log';
import { abortReason } from './abort';
import { realRoot } from './paths';
import { historyFolder, readLastUpdate } from './statusHistory';

/** Options of `gatherBrief`. */
export interface BriefDataOptions {
  /** False in Restricted Mode: no git process is started, and the brief says what is missing. */
  git: boolean;
  /** The day of the brief; default now. */
  today?: Date;
  /** The status history folder, relative to the root; default `status`. */
  historyFolder?: string;
  /** Coverage report paths from the settings, relative to the root; empty means the usual places. */
  reports?: readonly string[];
  noiseTypes?: readonly string[];
  ticketPatterns?: readonly string[];
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The brief's language: the UI's (VS Code's display language, the CLI's locale); default English. */
  language?: Language;
}

/** The days read when no update was ever saved, as the status draft does. */
export const DEFAULT_DAYS = 7;


/**
 * Gathers what the brief needs from `root` (the folder of project.yaml): the last update from the status history,
 * the commits since it (or the last 7 days), and the red flags linked to code and coverage. Git failures (not a
 * repository, no commits…) become a reason in the brief, never an exception; rejects only when `signal` aborts.
 */
export async function gatherBrief(root: string, project: ProjectFile, options: BriefDataOptions): Promise<BriefInput> {
  const today = options.today ?? new Date();
  const folder = historyFolder(root, options.historyFolder ?? DEFAULT_HISTORY_FOLDER);
  const lastUpdate = folder ? await readLastUpdate(folder) : undefined;
  const range: CommitRange = lastUpdate ? { kind: 'lastUpdate', value: lastUpdate } : { kind: 'days', value: DEFAULT_DAYS };
  const [git, analysis] = await Promise.all([
    options.git ? readGit(root, range, today, options) : Promise.resolve<BriefGit>({ read: false, reason: briefWordsFor(options.language ?? 'en').restricted }),
    analyzeFlags(root, project.red_flags, { git: options.git, reports: options.reports, signal: options.signal }),
  ]);
  if (options.signal?.aborted) throw abortReason(options.signal);
  return { project, today, lastUpdate, git, flags: analysis.flags, noiseTypes: options.noiseTypes, ticketPatterns: options.ticketPatterns, language: options.language };
}

/** Gathers the inputs and builds the brief. */
export async function briefFromFolder(root: string, project: ProjectFile, options: BriefDataOptions): Promise<Brief> {
  return buildBrief(await gatherBrief(root, project, options));
}

async function readGit(root: string, range: CommitRange, today: Date, options: BriefDataOptions): Promise<BriefGit> {
  const read = await readCommits(root, range, { signal: options.signal, timeoutMs: options.timeoutMs, now: today });
  const since = range.kind === 'days' ? toIsoDay(new Date(today.getTime() - range.value * 86_400_000)) : range.value;
  if (!read.ok) {
    if (read.state === 'no-commits') return { read: true, commits: [], since, notes: [read.message] };
    return { read: false, reason: read.message };
  }
  const prefix = await prefixIn(read.value.root, root);
  return { read: true, commits: relativeTo(read.value.commits, prefix), since, notes: read.value.notes };
}

// project.yaml may sit in a sub-folder of its repository: commit paths (repo-relative) are made relative to
// that folder, so that milestone and flag globs match. Real paths on both sides: a temp folder behind a symlink
// (/tmp on macOS) must not look like a different tree.
async function prefixIn(repoRoot: string, root: string): Promise<string> {
  const [repo, folder] = await Promise.all([realRoot(repoRoot).catch(() => repoRoot), realRoot(root).catch(() => root)]);
  const relative = path.relative(repo, folder);
  return relative.startsWith('..') || path.isAbsolute(relative) ? '' : relative.split(path.sep).join('/');
}

/** Commit paths relative to the project folder; files and commits outside it are dropped. */
function relativeTo(commits: Commit[], prefix: string): Commit[] {
  if (prefix === '') return commits;
  const start = `${prefix}/`;
  // Unlike the draft, commits that touch nothing in the folder are dropped: in a monorepo they are other work.
  return commits
    .map((c) => ({ ...c, files: c.files.filter((f) => f.startsWith(start)).map((f) => f.slice(start.length)) }))
    .filter((c, i) => c.files.length > 0 || commits[i]!.files.length === 0);
}
