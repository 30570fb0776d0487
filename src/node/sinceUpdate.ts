// "Since the last update": project.yaml at the commit that saved the last update, compared with now, and the
// commits since. Right after an update is saved (no commit since), the window is the one before: what that update
// covered, and what it told the client. Git is read through the one runner (runGit) and readCommits.
import path from 'node:path';
import { diffProject, toldLines, type BriefSince, type SinceView } from '../core/brief';
import { isoDay } from '../core/dates';
import { addDays } from '../core/draft/format';
import { withUntil, type CommitRange } from '../core/git/range';
import { loadProject } from '../core/model/load';
import type { ProjectFile } from '../core/model/schema';
import { readCommits, type CommitRead } from './git/log';
import { runGit, type GitRunOptions } from './git/run';
import { readRegularFile } from './regularFile';
import { readHistory } from './lastUpdate';
import { sinceLastUpdate, type HistoryRead, type LastUpdate } from './statusHistory';

/** The days read when no update was ever saved, as the status draft does. */
export const DEFAULT_DAYS = 7;

// A project.yaml or an update is a few pages; anything bigger is not compared.
const MAX_BYTES = 1_000_000;

/** Options of `readSince`. */
export interface SinceOptions extends GitRunOptions {
  /** "Now", for the ranges; default the current time. */
  today?: Date;
}

/** The range read, its commits, and project.yaml then and now. */
export interface SinceRead {
  range: CommitRange;
  read: CommitRead;
  since: BriefSince;
}

/**
 * Compares project.yaml at the last update of `history` (read from `folder`) with `project`, and reads the
 * commits since; undefined when no update was saved. Never throws on git failures: they are in `read`.
 */
export async function readSince(
  root: string,
  folder: string,
  project: ProjectFile,
  history: HistoryRead,
  options: SinceOptions = {},
): Promise<SinceRead | undefined> {
  const last = history.last;
  if (!last) return undefined;
  const today = options.today ?? new Date();
  const commits = (range: CommitRange) => readCommits(root, range, { ...options, now: today });
  // Saved but not committed yet, today or yesterday: the update was just saved, whatever was committed that day.
  const fresh = !last.commit && last.day >= addDays(isoDay(today), -1);
  const sinceLast = sinceLastUpdate(last);
  const first = fresh ? undefined : await commits(sinceLast);
  if (first && !(first.ok && first.value.commits.length === 0))
    return compare(root, project, last, sinceLast, first, undefined, options);
  // Just saved: the window is the one the update covered, from the update before it (or the draft's 7 days).
  const text = await readRegularFile(path.join(folder, last.file), MAX_BYTES);
  const justSaved = { day: last.day, told: text.ok ? toldLines(text.text) : [] };
  const from = history.previous;
  const range: CommitRange = from
    ? withUntil(sinceLastUpdate(from), last.at ? { kind: 'date', value: last.at } : undefined)
    : { kind: 'days', value: DEFAULT_DAYS };
  return compare(root, project, from, range, await commits(range), justSaved, options);
}

// project.yaml at `from`'s commit against `project`, with the commits of the window.
async function compare(
  root: string,
  project: ProjectFile,
  from: LastUpdate | undefined,
  range: CommitRange,
  read: CommitRead,
  justSaved?: BriefSince['justSaved'],
  options: GitRunOptions = {},
): Promise<SinceRead> {
  const before = from?.commit ? await projectAt(root, from.commit, options) : undefined;
  const since: BriefSince = {
    ...(from ? { from: from.day } : {}),
    ...(from && before ? { changes: diffProject(before, project) } : {}),
    ...(justSaved ? { justSaved } : {}),
  };
  return { range, read, since };
}

/** project.yaml of `root` as it was at `commit`; undefined when it was not there or could not be read. */
export async function projectAt(
  root: string,
  commit: string,
  options: GitRunOptions = {},
): Promise<ProjectFile | undefined> {
  // `ls-tree` takes the path relative to `root` (a project in a sub-folder of its repository), then the blob by
  // its hash: a `rev:path` argument is never built from a value.
  const tree = await runGit(root, { args: ['ls-tree'], revisions: [commit], paths: ['project.yaml'] }, options);
  const blob = tree.ok ? /^\d+ blob ([0-9a-f]{40,64})\t/.exec(tree.stdout)?.[1] : undefined;
  if (!blob) return undefined;
  const shown = await runGit(root, { args: ['show'], revisions: [blob] }, options);
  if (!shown.ok || shown.stdout.length > MAX_BYTES) return undefined;
  const loaded = loadProject(shown.stdout);
  return loaded.ok ? loaded.value.file : undefined;
}

/** Options of `readSinceView`. */
export interface SinceViewOptions extends SinceOptions {
  /** False in Restricted Mode: no git process starts, and the view says why. */
  git: boolean;
  /** Why git is not read, in the reader's words (shown when `git` is false). */
  noGitReason: string;
}

/** What the tree's "Since the last update" section shows for the project of `root` (its history in `folder`). */
export async function readSinceView(
  root: string,
  folder: string | undefined,
  project: ProjectFile,
  options: SinceViewOptions,
): Promise<SinceView> {
  if (!options.git) return { state: 'not-read', reason: options.noGitReason };
  const today = options.today ?? new Date();
  const history = folder ? await readHistory(folder, today, options) : { warnings: [] };
  const read = folder ? await readSince(root, folder, project, history, { ...options, today }) : undefined;
  if (!read) return { state: 'no-update' };
  if (!read.read.ok && read.read.state !== 'no-commits') return { state: 'not-read', reason: read.read.message };
  return { state: 'read', commits: read.read.ok ? read.read.value.commits.length : 0, since: read.since };
}
