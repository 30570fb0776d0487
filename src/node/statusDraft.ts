import path from 'node:path';
import { draftStatus, type DraftOptions, type DraftResult } from '../core/draft';
import type { Commit } from '../core/git/commit';
import type { CommitRange } from '../core/git/range';
import type { Language, ProjectFile } from '../core/model/schema';
import { readCommits, type LogState } from './git/log';
import { readMailmap } from './git/repoInfo';

export interface StatusDraftOptions {
  today: Date;
  language?: Language;
  draft?: DraftOptions;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** A draft with what the reading of git had to say (shallow clone, detached HEAD, no commits…). */
export type StatusDraft =
  | { ok: true; draft: DraftResult; notes: string[]; commits: number }
  | { ok: false; state: LogState; message: string };

/**
 * Reads the commits of `range` from the repository that holds `folder` and drafts the client update. One
 * `git log` call (plus the repo-state reads), never a shell; the paths of commits are made relative to
 * `folder`, so a project.yaml in a sub-folder of a repo matches its milestone and red-flag globs.
 */
export async function draftFromRepo(folder: string, project: ProjectFile, range: CommitRange, options: StatusDraftOptions): Promise<StatusDraft> {
  const git = { signal: options.signal, timeoutMs: options.timeoutMs };
  const read = await readCommits(folder, range, { ...git, now: options.today });
  if (!read.ok) return { ok: false, state: read.state, message: read.message };
  const root = read.value.root;
  const mailmap = await readMailmap(root);
  const commits = relativeTo(read.value.commits, path.relative(root, folder));
  const draft = draftStatus({
    project,
    commits,
    range: { from: rangeStart(range, commits, options.today), to: options.today },
    today: options.today,
    language: options.language,
    options: { ...options.draft, mailmapNames: [...mailmap.names, ...mailmap.emails, ...(options.draft?.mailmapNames ?? [])] },
  });
  return { ok: true, draft, notes: read.value.notes, commits: commits.length };
}

/** Commit paths relative to the project folder; files outside it are dropped. */
function relativeTo(commits: Commit[], prefix: string): Commit[] {
  if (prefix === '') return commits;
  const start = `${prefix.split(path.sep).join('/')}/`;
  return commits.map((c) => ({ ...c, files: c.files.filter((f) => f.startsWith(start)).map((f) => f.slice(start.length)) }));
}

/** The first day the draft covers, for its wording ("since 12 November"). */
function rangeStart(range: CommitRange, commits: readonly Commit[], today: Date): string {
  switch (range.kind) {
    case 'days':
      return new Date(today.getTime() - range.value * 86_400_000).toISOString().slice(0, 10);
    case 'lastUpdate':
    case 'date':
      return range.value.slice(0, 10);
    case 'tag':
      // A tag has no date of its own here: the oldest commit read stands for it.
      return commits.reduce((oldest, c) => (c.date < oldest ? c.date : oldest), today.toISOString()).slice(0, 10);
  }
}
