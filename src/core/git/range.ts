// Which commits a status update covers: since the last update, the last N days, since a tag, or since a date.
// Pure: the CLI's `--since` and the quick pick both produce a CommitRange; src/node/git/log.ts turns it into git
// arguments through `rangeToGit`, whose values are checked once more before git runs.
import { checkDate, checkRefName, type Refusal } from './values';

/** The range of a status update. Dates are ISO 8601 (`2026-11-02` or `2026-11-02T09:30:00Z`). */
export type CommitRange =
  | { kind: 'lastUpdate'; value: string }
  | { kind: 'days'; value: number }
  | { kind: 'tag'; value: string }
  | { kind: 'date'; value: string };

/** A parse that failed says why, in words for the user. */
export type RangeParse = { ok: true; value: CommitRange } | { ok: false; message: string };

/** The longest range in days that Candor accepts (ten years). */
export const MAX_DAYS = 3650;

/** Makes a range and checks it, e.g. from a quick pick's choice. */
export function makeRange(kind: CommitRange['kind'], value: string | number): RangeParse {
  if (kind === 'days') {
    const days = typeof value === 'number' ? value : Number(value);
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) return { ok: false, message: `The number of days must be a whole number from 1 to ${MAX_DAYS}.` };
    return { ok: true, value: { kind, value: days } };
  }
  const text = String(value);
  const why = kind === 'tag' ? checkRefName(text) : checkDate(text);
  return why ? { ok: false, message: why } : { ok: true, value: { kind, value: text } };
}

/** Checks a range built elsewhere (a setting, a history file): the same rules as `makeRange`. */
export function checkRange(range: CommitRange): Refusal {
  const made = makeRange(range.kind, range.value);
  return made.ok ? undefined : made.message;
}

/** Parses the CLI's `--since 7d|2w|DATE|TAG`; a value that is neither a duration nor an ISO date is a tag. */
export function parseSince(text: string): RangeParse {
  // Not trimmed: a value is used byte for byte or refused, never repaired.
  const value = text;
  const duration = /^(\d{1,5})([dw])$/.exec(value);
  if (duration) return makeRange('days', Number(duration[1]) * (duration[2] === 'w' ? 7 : 1));
  // Anything shaped like a date is one: a mistyped date is refused rather than looked up as a tag.
  if (/^\d{4}-\d{1,2}-\d{1,2}/.test(value)) return makeRange('date', value);
  return makeRange('tag', value);
}

/** What git is given for a range: a `--since` date and the revisions to walk (always ending at HEAD). */
export interface GitRangeArgs {
  since?: string;
  revisions: string[];
}

/** Turns a range into git's terms; `now` makes "the last N days" reproducible. */
export function rangeToGit(range: CommitRange, now: Date): GitRangeArgs {
  switch (range.kind) {
    case 'days':
      return { since: isoSeconds(new Date(now.getTime() - range.value * 86_400_000)), revisions: ['HEAD'] };
    case 'tag':
      // The full ref name, so that a branch or a file called like the tag cannot be read instead.
      return { revisions: [`refs/tags/${range.value}..HEAD`] };
    case 'lastUpdate':
    case 'date':
      return { since: startOfDay(range.value), revisions: ['HEAD'] };
  }
}

/** Words for a range, for progress titles and the draft's header, e.g. "since tag v1.2". */
export function describeRange(range: CommitRange): string {
  switch (range.kind) {
    case 'days':
      return range.value === 1 ? 'the last day' : `the last ${range.value} days`;
    case 'tag':
      return `since tag ${range.value}`;
    case 'lastUpdate':
      return `since the last update (${range.value.slice(0, 10)})`;
    case 'date':
      return `since ${range.value}`;
  }
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// A bare date means the start of that day (local time, as git reads a date without an offset); git would
// otherwise take the current time of day.
function startOfDay(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value;
}
