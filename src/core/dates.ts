/** ISO calendar dates (YYYY-MM-DD) as whole days, free of time zones: project.yaml has no times. */
import { en } from './lang/en/words';
import type { DateWords } from './i18n/words';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date; NaN when it is not one. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return Number.NaN;
  return utcTime(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/**
 * `Date.UTC` without its two-digit-year rule: year 1 is year 1, not 1901 (`due: 0001-01-01` was told to the
 * client as 1 January 1901). Months and days out of range roll over as in `Date.UTC`.
 */
export function utcTime(year: number, monthIndex: number, day: number): number {
  return new Date(0).setUTCFullYear(year, monthIndex, day);
}

/** Whole days from `today` to `due`: negative when `due` is past. */
export function daysUntil(today: string, due: string): number {
  return dayNumber(due) - dayNumber(today);
}

/** The ISO date of a local `Date` (the user's calendar day, not UTC's). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The user's calendar day of an ISO moment (`2026-11-23T22:00:00Z` is the 24th at UTC+14); a bare day stays as
 * it is. Git and ranges speak in UTC moments, the draft's period in the user's days. */
export function localDay(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : isoDay(new Date(iso));
}

/** "due today", "due in 2 days", "3 days overdue": how far a due date is, for a task or a milestone. */
export function dueLabel(today: string, due: string, words: DateWords = en.dates): string {
  const days = daysUntil(today, due);
  if (days === 0) return words.dueToday;
  if (days === 1) return words.dueTomorrow;
  return days > 0 ? words.dueIn(days) : words.overdue(-days);
}

/** "+5 days against plan" for a milestone whose due date moved from its `baseline`; undefined when on plan. */
export function againstPlanLabel(
  milestone: { due: string; baseline?: string },
  words: DateWords = en.dates,
): string | undefined {
  const days = milestone.baseline === undefined ? 0 : daysUntil(milestone.baseline, milestone.due);
  return days === 0 || Number.isNaN(days) ? undefined : words.againstPlan(days);
}

/** "18 days left", "today", "2 days late": time left before a milestone. */
export function daysLeftLabel(today: string, due: string, words: DateWords = en.dates): string {
  const days = daysUntil(today, due);
  if (days === 0) return words.today;
  return days > 0 ? words.daysLeft(days) : words.daysLate(-days);
}
