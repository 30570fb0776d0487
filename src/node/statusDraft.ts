import { localDay } from '../core/dates';
import type { LogNote } from '../core/git/logNotes';
import type { GitWords } from '../core/git/words';
import { draftStatus, type DraftOptions, type DraftResult } from '../core/draft';
import { reviewPhrasesFor } from '../core/draft/reviewPhrases';
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
  /** The most commits read (default: the log's own limit); a cut adds a review point. */
  maxCount?: number;
  /** Why git could not be read, in the tech lead's language (default English). */
  failureWords?: GitWords;
}

/** A draft with what the reading of git had to say (shallow clone, detached HEAD, no commits…). */
export type StatusDraft =
  { ok: true; draft: DraftResult; notes: LogNote[]; commits: number } | { ok: false; state: LogState; message: string };

/**
 * Reads the commits of `range` from the repository that holds `folder` and drafts the client update. One
 * `git log` call (plus cheap rev-list and repo-state reads), never a shell. Only the commits touching `folder`
 * are read, with paths relative to it, so a project.yaml in a sub-folder of a repo matches its milestone and
 * red-flag globs. The draft's period is the one git read: from the tag's date, the last update's moment, or the
 * first day really covered when the read was cut (a review point then says how many commits were left out).
 */
export async function draftFromRepo(
  folder: string,
  project: ProjectFile,
  range: CommitRange,
  options: StatusDraftOptions,
): Promise<StatusDraft> {
  const git = { signal: options.signal, timeoutMs: options.timeoutMs };
  const read = await readCommits(folder, range, {
    ...git,
    now: options.today,
    maxCount: options.maxCount,
    words: options.failureWords,
  });
  if (!read.ok) return { ok: false, state: read.state, message: read.message };
  const { commits, period, leftOut, root } = read.value;
  const mailmap = await readMailmap(root);
  const draft = draftStatus({
    project,
    commits,
    range: { from: localDay(period.from), to: range.until ? localDay(period.to) : options.today },
    today: options.today,
    language: options.language,
    options: {
      ...options.draft,
      mailmapNames: [...mailmap.names, ...mailmap.emails, ...(options.draft?.mailmapNames ?? [])],
    },
  });
  if (leftOut > 0) {
    const review = reviewPhrasesFor(options.draft?.reviewLanguage ?? 'en');
    draft.warnings.push({ kind: 'range', message: review.leftOut(leftOut, commits.length, localDay(period.from)) });
  }
  return { ok: true, draft, notes: read.value.notes, commits: commits.length };
}
