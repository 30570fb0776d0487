// Which commits a status update covers: since the last update, the last N days, since a tag or a date, up to
// now or to `--until`. Pure: the CLI's options and the quick pick both produce a CommitRange; src/node/git/log.ts
// turns it into git's terms through `rangeToGit`, whose values are checked once more before git runs.
// What counts is what *landed* on the branch: the first-parent commits of HEAD decide the period, and a merge
// brings every commit it merged, whenever those were authored.
import { en } from '../lang/en/git';
import { checkDate, checkRefName, type Refusal } from './values';
import type { RefusalWords } from './words';

/** Where a range starts. Dates are ISO 8601 (`2026-11-02` or `2026-11-02T09:30:00Z`). */
export type RangeStart =
  | {
      kind: 'lastUpdate';
      value: string;
      /** The commit that added the last update's file: the range starts right after it. */ commit?: string;
    }
  | { kind: 'days'; value: number }
  | { kind: 'tag'; value: string }
  | { kind: 'date'; value: string };

/** Where a range ends (`--until`): a tag or a date; HEAD when absent. */
export interface RangeEnd {
  kind: 'tag' | 'date';
  value: string;
}

/** The range of a status update. */
export type CommitRange = RangeStart & { until?: RangeEnd };

/** A parse that failed says why, in words for the user. */
export type RangeParse = { ok: true; value: CommitRange } | { ok: false; message: string };

/** The longest range in days that Candor accepts (ten years). */
export const MAX_DAYS = 3650;

const HASH = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** Makes a range and checks it, e.g. from a quick pick's choice; `words` word a refusal. */
export function makeRange(
  kind: RangeStart['kind'],
  value: string | number,
  words: RefusalWords = en.refused,
): RangeParse {
  if (kind === 'days') {
    const days = typeof value === 'number' ? value : Number(value);
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) return { ok: false, message: words.days(MAX_DAYS) };
    return { ok: true, value: { kind, value: days } };
  }
  const text = String(value);
  const why = kind === 'tag' ? checkRefName(text, words) : checkDate(text, words);
  return why ? { ok: false, message: why } : { ok: true, value: { kind, value: text } };
}

/** Checks a range built elsewhere (a setting, a history file): the same rules as `makeRange`. */
export function checkRange(range: CommitRange, words: RefusalWords = en.refused): Refusal {
  const made = makeRange(range.kind, range.value, words);
  if (!made.ok) return made.message;
  if (range.kind === 'lastUpdate' && range.commit !== undefined && !HASH.test(range.commit))
    return words.notAHash(range.commit);
  if (range.until)
    return range.until.kind === 'tag' ? checkRefName(range.until.value, words) : checkDate(range.until.value, words);
  return undefined;
}

/** Parses the CLI's `--since 7d|2w|DATE|TAG`; a value that is neither a duration nor an ISO date is a tag. */
export function parseSince(text: string, words: RefusalWords = en.refused): RangeParse {
  // Not trimmed: a value is used byte for byte or refused, never repaired.
  const duration = /^(\d{1,5})([dw])$/.exec(text);
  if (duration) return makeRange('days', Number(duration[1]) * (duration[2] === 'w' ? 7 : 1), words);
  // Anything shaped like a date is one: a mistyped date is refused rather than looked up as a tag.
  if (isDateShaped(text)) return makeRange('date', text, words);
  return makeRange('tag', text, words);
}

/** Parses the CLI's `--until DATE|TAG`. */
export function parseUntil(
  text: string,
  words: RefusalWords = en.refused,
): { ok: true; value: RangeEnd } | { ok: false; message: string } {
  const kind = isDateShaped(text) ? 'date' : 'tag';
  const why = kind === 'tag' ? checkRefName(text, words) : checkDate(text, words);
  return why ? { ok: false, message: why } : { ok: true, value: { kind, value: text } };
}

/** Adds an end to a range, or leaves it open (up to HEAD). */
export function withUntil(range: CommitRange, until: RangeEnd | undefined): CommitRange {
  return until ? { ...range, until } : range;
}

/** The day a range that starts on a date ends, when it ends before it starts (`--since` after `--until` or today). */
export function reversedEnd(range: CommitRange, today: string): string | undefined {
  if (range.kind !== 'date') return undefined;
  const end = range.until ? (range.until.kind === 'date' ? range.until.value.slice(0, 10) : undefined) : today;
  return end !== undefined && range.value.slice(0, 10) > end ? end : undefined;
}

function isDateShaped(text: string): boolean {
  return /^\d{4}-\d{1,2}-\d{1,2}/.test(text);
}

/**
 * A range in git's terms. The period starts at `start`: a moment (`date`, searched on the first-parent line for
 * the newest commit before it) or a revision (`rev`, a tag or the last update's commit, excluded with all it
 * reaches). It ends at `end` likewise (`HEAD` when open).
 */
export interface GitRange {
  start: { date?: string; rev?: string };
  end: { date?: string; rev: string };
}

/** Turns a range into git's terms; `now` makes "the last N days" reproducible. */
export function rangeToGit(range: CommitRange, now: Date): GitRange {
  const end = !range.until
    ? { rev: 'HEAD' }
    : range.until.kind === 'tag'
      ? { rev: `refs/tags/${range.until.value}` }
      : { date: startOfDay(range.until.value, true), rev: 'HEAD' };
  switch (range.kind) {
    case 'days':
      return { start: { date: isoSeconds(new Date(now.getTime() - range.value * 86_400_000)) }, end };
    case 'tag':
      // The full ref name, so that a branch or a file called like the tag cannot be read instead.
      return { start: { rev: `refs/tags/${range.value}` }, end };
    case 'lastUpdate':
      return { start: { date: startOfDay(range.value, false), rev: range.commit }, end };
    case 'date':
      return { start: { date: startOfDay(range.value, false) }, end };
  }
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// A bare date means the start of that day, or for an end the end of it (local time, as git reads a date without
// an offset); git would otherwise take the current time of day.
function startOfDay(value: string, end: boolean): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T${end ? '23:59:59' : '00:00:00'}` : value;
}
