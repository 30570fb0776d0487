// Reads the commits of a status update's range: cheap `rev-list` calls find where the period starts and ends on
// the first-parent line of HEAD (what *landed* in the period), then one `git log` reads everything between, so a
// merge brings the commits it merged whenever they were authored. Explicit separators, file names
// (`--name-only`, never `--numstat`: no diff content is computed), merges included (drafting reads them); in a
// sub-folder of a repository only the commits touching that folder are read. Every repository state ends as a
// result with a message, never as an exception.
import type { Commit } from '../../core/git/commit';
import type { LogNote } from '../../core/git/logNotes';
import type { GitWords } from '../../core/git/words';
import { en } from '../../core/lang/en/git';
import { checkRange, rangeToGit, type CommitRange, type GitRange } from '../../core/git/range';
import { readRepoState, type RepoState } from './repoInfo';
import { runGit, type GitCommand, type GitFailure, type GitFailureKind, type GitRunOptions } from './run';

/** Options of `readCommits`. */
export interface ReadCommitsOptions extends GitRunOptions {
  /** The most commits read; one more is asked for so that a cut can be reported. Default 20,000. */
  maxCount?: number;
  /** "Now", for "the last N days" and the end of an open range; default the current time. */
  now?: Date;
}

/** The commits of a range and what the user should know about how they were read. */
export interface CommitLog {
  commits: Commit[];
  /** Things to tell the user (detached HEAD, shallow history, a cut at maxCount, unreadable records). */
  notes: LogNote[];
  /** The top of the working tree. */
  root: string;
  /** The current branch, or `undefined` on a detached HEAD. */
  branch: string | undefined;
  shallow: boolean;
  /** Whether more commits than `maxCount` were in the range. */
  truncated: boolean;
  /** How many commits of the range the cut at `maxCount` left out. */
  leftOut: number;
  /** The period the commits cover (ISO moments or days): where it really starts when the read was cut. */
  period: { from: string; to: string };
}

/** Why no commits could be read. */
export type LogState = GitFailureKind | 'no-commits' | 'no-such-tag' | 'missing-objects';

/** What `readCommits` returns: it never throws. `detail` is git's own words, for the log. */
export type CommitRead =
  { ok: true; value: CommitLog } | { ok: false; state: LogState; message: string; detail: string };

/** The default number of commits read for one update: generous, a cut is reported (period, count left out). */
export const DEFAULT_MAX_COUNT = 20_000;
const MAX_COUNT = 100_000;

const RS = '\x1e';
const US = '\x1f';
// %s is the subject (its first paragraph, joined) and %b the rest: Commit.subject and Commit.body. The body comes
// last so that nothing a message contains can shift the fields before it.
/** The `--format` of the log call (exported for the benchmark's bare command and the fixture test). */
export const LOG_FORMAT = `--format=%x1e${['%H', '%P', '%an', '%ae', '%cn', '%ce', '%aI', '%s', '%b'].join('%x1f')}%x1f`;

/** The options of the one `git log` call (exported for the benchmark's bare command). */
export const LOG_OPTIONS: readonly string[] = [
  'log',
  '-z',
  '--name-only',
  '--no-renames',
  '--no-textconv',
  '--no-ext-diff',
  '--no-color',
  '--no-notes',
  '--no-show-signature',
  '--encoding=UTF-8',
  LOG_FORMAT,
];

/** Reads the commits of `range` in the repository containing `folder` (only those touching `folder`). */
export async function readCommits(
  folder: string,
  range: CommitRange,
  options: ReadCommitsOptions = {},
): Promise<CommitRead> {
  // Checked before anything starts: a refused value must not even start the repo-state read.
  const words = options.words ?? en;
  const refusal = checkRange(range, words.refused);
  if (refusal) return { ok: false, state: 'refused', message: words.notRun(refusal), detail: '' };
  const wanted = Math.floor(options.maxCount ?? DEFAULT_MAX_COUNT);
  const maxCount = Number.isFinite(wanted) ? Math.max(1, Math.min(wanted, MAX_COUNT)) : DEFAULT_MAX_COUNT;
  const now = options.now ?? new Date();
  const git = rangeToGit(range, now);
  const [state, bounds] = await Promise.all([readRepoState(folder, options), resolveBounds(folder, git, options)]);
  if (!bounds.ok)
    return logFailure(
      range,
      bounds.failure.kind,
      bounds.failure.message,
      bounds.failure.stderr,
      await hasCommits(folder, options),
      words.log,
    );
  if (!state.ok)
    return { ok: false, state: state.failure.kind, message: state.failure.message, detail: state.failure.stderr };
  const paths = state.value.prefix ? ['.'] : [];
  const to = range.until ? (bounds.endDate ?? range.until.value) : now.toISOString();
  const from = bounds.startDate ?? git.start.date ?? to;
  if (!bounds.revisions)
    return { ok: true, value: logValue(state.value, range, [], 0, 0, { from, to }, await lastLanded(folder, options)) };
  const log = await runGit(folder, logCommand(LOG_OPTIONS, maxCount, paths, bounds.revisions), options);
  if (!log.ok)
    return logFailure(
      range,
      log.failure.kind,
      log.failure.message,
      log.failure.stderr,
      await hasCommits(folder, options),
      words.log,
    );
  const { commits, skipped } = parseLog(log.stdout);
  const cut =
    commits.length > maxCount
      ? await cutAt(folder, commits[maxCount - 1]!, bounds.revisions, paths, options)
      : undefined;
  if (cut) commits.length = maxCount;
  const relative = relativeTo(commits, state.value.prefix);
  const landed = relative.length === 0 ? await lastLanded(folder, options) : undefined;
  return {
    ok: true,
    value: logValue(
      state.value,
      range,
      relative,
      skipped,
      cut ? Math.max(1, cut.total - maxCount) : 0,
      { from: cut?.from ?? from, to },
      landed,
    ),
  };
}

function logValue(
  state: RepoState,
  range: CommitRange,
  commits: Commit[],
  skipped: number,
  leftOut: number,
  period: CommitLog['period'],
  landed: string | undefined,
): CommitLog {
  const notes = notesFor(state, range, commits, skipped, leftOut, landed);
  return {
    commits,
    notes,
    root: state.root,
    branch: state.branch,
    shallow: state.shallow,
    truncated: leftOut > 0,
    leftOut,
    period,
  };
}

function logCommand(
  options: readonly string[],
  maxCount: number,
  paths: readonly string[],
  revisions: readonly string[],
): GitCommand {
  return { args: [...options, `--max-count=${maxCount + 1}`], revisions, paths };
}

/** Where the range starts and ends in commits: the revisions of the log call, or none when the period is empty. */
interface Bounds {
  revisions: string[] | undefined;
  /** When the period starts, when git knows it better than the range does (a tag's commit date). */
  startDate?: string;
  /** When the period ends, for `--until TAG`. */
  endDate?: string;
}

// The end first (a date's end is the newest first-parent commit at or before it), then the start: the newest
// first-parent commit before the period is the boundary, excluded with everything it reaches; a tag or the last
// update's commit is excluded as well.
async function resolveBounds(
  folder: string,
  git: GitRange,
  options: GitRunOptions,
): Promise<({ ok: true } & Bounds) | { ok: false; failure: GitFailure }> {
  let end = git.end.rev;
  let endDate: string | undefined;
  if (git.end.date) {
    const found = await firstParentAt(folder, git.end.date, end, options);
    if (!found.ok) return found;
    if (!found.hash) return { ok: true, revisions: undefined };
    end = found.hash;
  } else if (end !== 'HEAD') {
    const dated = await commitDate(folder, end, options);
    if (!dated.ok) return dated;
    endDate = dated.date;
  }
  const excluded: string[] = [];
  let startDate: string | undefined;
  if (git.start.rev?.startsWith('refs/tags/')) {
    const dated = await commitDate(folder, git.start.rev, options);
    if (!dated.ok) return dated;
    startDate = dated.date;
    excluded.push(git.start.rev);
  } else if (git.start.rev) {
    excluded.push(git.start.rev);
  }
  if (git.start.date) {
    const boundary = await firstParentAt(folder, git.start.date, end, options);
    if (!boundary.ok) return boundary;
    if (boundary.hash) excluded.push(boundary.hash);
  }
  return { ok: true, revisions: [end, ...[...new Set(excluded)].map((rev) => `^${rev}`)], startDate, endDate };
}

/** The newest first-parent commit of `tip` at or before `date`, if any. */
async function firstParentAt(folder: string, date: string, tip: string, options: GitRunOptions) {
  const out = await runGit(
    folder,
    { args: ['rev-list', '--first-parent', '--max-count=1'], dates: { '--until': date }, revisions: [tip] },
    options,
  );
  return out.ok ? { ok: true as const, hash: out.stdout.trim() || undefined } : out;
}

/** The commit date of a revision (when it landed where it is). */
async function commitDate(folder: string, rev: string, options: GitRunOptions) {
  const out = await runGit(
    folder,
    { args: ['log', '--no-walk', '--max-count=1', '--format=%cI'], revisions: [rev] },
    options,
  );
  return out.ok ? { ok: true as const, date: out.stdout.trim() } : out;
}

// Only for a cut read: how many commits the range holds, and when the oldest commit read landed.
async function cutAt(
  folder: string,
  oldest: Commit,
  revisions: string[],
  paths: readonly string[],
  options: GitRunOptions,
): Promise<{ total: number; from: string }> {
  const [count, dated] = await Promise.all([
    runGit(folder, { args: ['rev-list', '--count'], revisions, paths }, options),
    commitDate(folder, oldest.hash, options),
  ]);
  const total = count.ok ? Number(count.stdout.trim()) : Number.NaN;
  return { total: Number.isFinite(total) ? total : 0, from: dated.ok && dated.date ? dated.date : oldest.date };
}

// Only for an empty range: the day the last commit landed, so "no commits" says how quiet the repository is.
async function lastLanded(folder: string, options: GitRunOptions): Promise<string | undefined> {
  const dated = await commitDate(folder, 'HEAD', options);
  return dated.ok && dated.date ? dated.date.slice(0, 10) : undefined;
}

/** File paths relative to the folder read (the log call only names files inside it). */
function relativeTo(commits: Commit[], prefix: string): Commit[] {
  if (prefix === '') return commits;
  return commits.map((c) => ({
    ...c,
    files: c.files.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)),
  }));
}

// Only on the failure path: `refs/tags/v1..HEAD` fails alike when the tag or HEAD is missing.
async function hasCommits(root: string, options: GitRunOptions): Promise<boolean> {
  const head = await runGit(root, { args: ['rev-parse', '-q', '--verify', 'HEAD^{commit}'] }, options);
  return head.ok;
}

function logFailure(
  range: CommitRange,
  kind: GitFailureKind,
  message: string,
  detail: string,
  headExists: boolean,
  words: GitWords['log'],
): CommitRead {
  if (kind !== 'failed') return { ok: false, state: kind, message, detail };
  const tag = /(?:bad revision|ambiguous argument|unknown revision)[^']*'\^?refs\/tags\/([^'.]*(?:\.[^'.]+)*)/.exec(
    detail,
  )?.[1];
  if (
    headExists &&
    (tag !== undefined || /unknown revision|bad revision/.test(detail)) &&
    (range.kind === 'tag' || range.until?.kind === 'tag')
  ) {
    const name = tag ?? (range.kind === 'tag' ? range.value : range.until!.value);
    return { ok: false, state: 'no-such-tag', message: words.noSuchTag(name), detail };
  }
  if (!headExists) {
    return {
      ok: false,
      state: 'no-commits',
      message: words.noCommits,
      detail,
    };
  }
  if (/promisor remote|lazy fetching/i.test(detail)) {
    return {
      ok: false,
      state: 'missing-objects',
      message: words.partialClone,
      detail,
    };
  }
  if (
    /bad object|could not read|unable to read|missing (blob|tree|commit)|bad tree object|does not point to a valid object|invalid object|corrupt/i.test(
      detail,
    )
  ) {
    return {
      ok: false,
      state: 'missing-objects',
      message: words.unreadableObjects,
      detail,
    };
  }
  return { ok: false, state: kind, message, detail };
}

function notesFor(
  state: RepoState,
  range: CommitRange,
  commits: Commit[],
  skipped: number,
  leftOut: number,
  landed: string | undefined,
): LogNote[] {
  const notes: LogNote[] = [];
  if (!state.branch) notes.push({ code: 'detached' });
  if (state.shallow) {
    const boundary = new Set(state.shallowBoundary);
    const cut = commits.find((c) => boundary.has(c.hash));
    if (cut) notes.push({ code: 'shallowCut', day: cut.date.slice(0, 10), range });
    else if (state.shallowBoundary.length === 0) notes.push({ code: 'shallow' });
  }
  if (leftOut > 0) notes.push({ code: 'leftOut', read: commits.length, leftOut, range });
  if (skipped > 0) notes.push({ code: 'skipped', count: skipped });
  if (commits.length === 0) notes.push({ code: 'empty', range, ...(landed ? { landed } : {}) });
  return notes;
}

/** Parses the output of the `git log -z --name-only` call above (exported for tests on real output). */
export function parseLog(stdout: string): { commits: Commit[]; skipped: number } {
  const commits: Commit[] = [];
  let skipped = 0;
  if (stdout.length === 0) return { commits, skipped };
  // A record starts with RS at the very beginning or right after the NUL that ends the previous record; a
  // message cannot hold a NUL, so a RS inside a message cannot start a record.
  const records = (stdout.startsWith(RS) ? stdout.slice(1) : stdout).split(`\0${RS}`);
  for (const record of records) {
    const commit = parseRecord(record);
    if (commit) commits.push(commit);
    else skipped++;
  }
  return { commits, skipped };
}

const HASH = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function parseRecord(record: string): Commit | undefined {
  const headerEnd = record.indexOf('\0');
  const header = headerEnd < 0 ? record : record.slice(0, headerEnd);
  const fields: string[] = [];
  let start = 0;
  for (let i = 0; i < 8; i++) {
    const end = header.indexOf(US, start);
    if (end < 0) return undefined;
    fields.push(header.slice(start, end));
    start = end + 1;
  }
  if (!header.endsWith(US)) return undefined;
  const [
    hash = '',
    parents = '',
    authorName = '',
    authorEmail = '',
    committerName = '',
    committerEmail = '',
    date = '',
    subject = '',
  ] = fields;
  const parentList = parents.split(' ').filter((p) => p !== '');
  if (!HASH.test(hash) || !parentList.every((p) => HASH.test(p)) || !/^\d{4}-\d{2}-\d{2}T/.test(date)) return undefined;
  const body = header.slice(start, -1).replace(/\n+$/, '');
  const files =
    headerEnd < 0
      ? []
      : record
          .slice(headerEnd + 1)
          .replace(/^\n/, '')
          .split('\0')
          .filter((f) => f !== '');
  return {
    hash,
    parents: parentList,
    authorName,
    authorEmail,
    committerName,
    committerEmail,
    date,
    subject,
    body,
    files,
  };
}
