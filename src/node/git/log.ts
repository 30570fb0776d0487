// Reads the commits of a status update's range with one `git log` call: explicit separators, file names
// (`--name-only`, never `--numstat`: no diff content is computed), merges included (drafting reads them).
// Every repository state ends as a result with a message, never as an exception.
import type { Commit } from '../../core/git/commit';
import { checkRange, describeRange, rangeToGit, type CommitRange } from '../../core/git/range';
import { readRepoState, type RepoState } from './repoInfo';
import { buildGitArgs, runGit, type GitCommand, type GitFailureKind, type GitRunOptions } from './run';

/** Options of `readCommits`. */
export interface ReadCommitsOptions extends GitRunOptions {
  /** The most commits read; one more is asked for so that a cut can be reported. Default 1,000. */
  maxCount?: number;
  /** "Now", for "the last N days"; default the current time. */
  now?: Date;
}

/** The commits of a range and what the user should know about how they were read. */
export interface CommitLog {
  commits: Commit[];
  /** Things to tell the user (detached HEAD, shallow history, a cut at maxCount, unreadable records). */
  notes: string[];
  /** The top of the working tree (file paths are relative to it). */
  root: string;
  /** The current branch, or `undefined` on a detached HEAD. */
  branch: string | undefined;
  shallow: boolean;
  /** Whether more commits than `maxCount` were in the range. */
  truncated: boolean;
}

/** Why no commits could be read. */
export type LogState = GitFailureKind | 'no-commits' | 'no-such-tag' | 'missing-objects';

/** What `readCommits` returns: it never throws. `detail` is git's own words, for the log. */
export type CommitRead = { ok: true; value: CommitLog } | { ok: false; state: LogState; message: string; detail: string };

/** The default and largest number of commits read for one update. */
export const DEFAULT_MAX_COUNT = 1000;

const RS = '\x1e';
const US = '\x1f';
// %s is the subject (its first paragraph, joined) and %b the rest: Commit.subject and Commit.body. The body comes
// last so that nothing a message contains can shift the fields before it.
/** The `--format` of the log call (exported for the benchmark's bare command and the fixture test). */
export const LOG_FORMAT = `--format=%x1e${['%H', '%P', '%an', '%ae', '%cn', '%ce', '%aI', '%s', '%b'].join('%x1f')}%x1f`;

/** Reads the commits of `range` in the repository containing `root`. */
export async function readCommits(root: string, range: CommitRange, options: ReadCommitsOptions = {}): Promise<CommitRead> {
  // Checked before anything starts: a refused value must not even start the repo-state read.
  const refusal = checkRange(range);
  if (refusal) return { ok: false, state: 'refused', message: `${refusal} Git was not run.`, detail: '' };
  const wanted = Math.floor(options.maxCount ?? DEFAULT_MAX_COUNT);
  const maxCount = Number.isFinite(wanted) ? Math.max(1, Math.min(wanted, 100_000)) : DEFAULT_MAX_COUNT;
  const command = logCommand(range, maxCount, options.now ?? new Date());
  const built = buildGitArgs(command);
  if (!built.ok) return { ok: false, state: 'refused', message: built.failure.message, detail: '' };
  const [state, log] = await Promise.all([readRepoState(root, options), runGit(root, command, options)]);
  // The log's failure first: in a repository without commits both fail, and the log's says why.
  if (!log.ok) return logFailure(range, log.failure.kind, log.failure.message, log.failure.stderr, await hasCommits(root, options));
  if (!state.ok) return { ok: false, state: state.failure.kind, message: state.failure.message, detail: state.failure.stderr };
  const { commits, skipped } = parseLog(log.stdout);
  const truncated = commits.length > maxCount;
  if (truncated) commits.length = maxCount;
  const notes = notesFor(state.value, range, commits, skipped, truncated);
  return { ok: true, value: { commits, notes, root: state.value.root, branch: state.value.branch, shallow: state.value.shallow, truncated } };
}

function logCommand(range: CommitRange, maxCount: number, now: Date): GitCommand {
  const { since, revisions } = rangeToGit(range, now);
  const args = [
    'log', '-z', '--name-only', '--no-renames', '--no-textconv', '--no-ext-diff', '--no-color', '--no-notes',
    '--no-show-signature', '--encoding=UTF-8', `--max-count=${maxCount + 1}`, LOG_FORMAT,
  ];
  return { args, dates: since ? { '--since': since } : {}, revisions };
}

// Only on the failure path: `refs/tags/v1..HEAD` fails alike when the tag or HEAD is missing.
async function hasCommits(root: string, options: GitRunOptions): Promise<boolean> {
  const head = await runGit(root, { args: ['rev-parse', '-q', '--verify', 'HEAD^{commit}'] }, options);
  return head.ok;
}

function logFailure(range: CommitRange, kind: GitFailureKind, message: string, detail: string, headExists: boolean): CommitRead {
  if (kind !== 'failed') return { ok: false, state: kind, message, detail };
  if (range.kind === 'tag' && headExists && /bad revision 'refs\/tags\/|unknown revision/.test(detail)) {
    return { ok: false, state: 'no-such-tag', message: `There is no tag "${range.value}" in this repository.`, detail };
  }
  if (!headExists) {
    return { ok: false, state: 'no-commits', message: 'This repository has no commits yet: there is nothing to draft from.', detail };
  }
  if (/promisor remote|lazy fetching/i.test(detail)) {
    return {
      ok: false,
      state: 'missing-objects',
      message: 'This is a partial clone: these commits need objects that were never downloaded, and Candor does not fetch. Run "git log --name-only" once in a terminal (it downloads them), then try again.',
      detail,
    };
  }
  if (/bad object|could not read|unable to read|missing (blob|tree|commit)|bad tree object|does not point to a valid object|invalid object|corrupt/i.test(detail)) {
    return {
      ok: false,
      state: 'missing-objects',
      message: 'Git cannot read some objects of this repository (a damaged repository or a partial clone). Run "git fsck" to see which.',
      detail,
    };
  }
  return { ok: false, state: kind, message, detail };
}

function notesFor(state: RepoState, range: CommitRange, commits: Commit[], skipped: number, truncated: boolean): string[] {
  const notes: string[] = [];
  if (!state.branch) notes.push('HEAD is detached: the commits are those reachable from the checked-out commit.');
  if (state.shallow) {
    const boundary = new Set(state.shallowBoundary);
    const cut = commits.find((c) => boundary.has(c.hash));
    if (cut) notes.push(`This is a shallow clone: history is cut at ${cut.date.slice(0, 10)}, so older commits ${describeRange(range)} are missing. Run "git fetch --unshallow" to read them.`);
    else if (state.shallowBoundary.length === 0) notes.push('This is a shallow clone: history is cut, so some commits in the range may be missing.');
  }
  if (truncated) notes.push(`Only the latest ${commits.length} commits ${describeRange(range)} were read.`);
  if (skipped > 0) notes.push(`${skipped} commit record(s) could not be read and were left out.`);
  if (commits.length === 0) notes.push(`No commits ${describeRange(range)}.`);
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
  const [hash = '', parents = '', authorName = '', authorEmail = '', committerName = '', committerEmail = '', date = '', subject = ''] = fields;
  const parentList = parents.split(' ').filter((p) => p !== '');
  if (!HASH.test(hash) || !parentList.every((p) => HASH.test(p)) || !/^\d{4}-\d{2}-\d{2}T/.test(date)) return undefined;
  const body = header.slice(start, -1).replace(/\n+$/, '');
  const files = headerEnd < 0 ? [] : record.slice(headerEnd + 1).replace(/^\n/, '').split('\0').filter((f) => f !== '');
  return { hash, parents: parentList, authorName, authorEmail, committerName, committerEmail, date, subject, body, files };
}
