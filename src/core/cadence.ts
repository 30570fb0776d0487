/**
 * When the next client update is due, from project.yaml's `communication.cadence` and `day` and the date of
 * the last update in the status history. Pure: `today` comes in, the clock is never read.
 */
import { addDays, addMonth, dayNumber, formatDayMonth, toIsoDay, weekday, weekdayName } from './draft/format';
import { localeOf, phrasesFor } from './draft/phrases';
import type { ProjectFile } from './model/schema';
import { WEEKDAYS, type Language } from './model/vocabulary';

/** What the cadence needs: the plan, the last update sent (ISO day), today and the label's language. */
export interface CadenceInput {
  communication: ProjectFile['communication'];
  /** ISO day of the newest status in the history folder; undefined when none was ever saved. */
  lastStatus?: string;
  today: Date | string;
  language?: Language;
}

/** The next update: its day, how late it is (0 when not late) and a label for the status bar. */
export interface NextUpdate {
  due: string;
  overdueDays: number;
  label: string;
}

const INTERVAL_DAYS = { daily: 1, weekly: 7, biweekly: 14 } as const;

/** Computes when the next client update is due and says it in the client's language. */
export function nextUpdate(input: CadenceInput): NextUpdate {
  const today = toIsoDay(input.today);
  const due = dueDate(input.communication, input.lastStatus ? toIsoDay(input.lastStatus) : undefined, today);
  const overdueDays = Math.max(0, dayNumber(today) - dayNumber(due));
  return { due, overdueDays, label: label(today, due, overdueDays, input.language ?? 'en') };
}

function dueDate(plan: ProjectFile['communication'], last: string | undefined, today: string): string {
  const cadence = plan?.cadence ?? 'weekly';
  const day = plan?.day === undefined ? undefined : WEEKDAYS.indexOf(plan.day);
  if (cadence === 'daily') return skipWeekend(last ? addDays(last, 1) : today);
  // Never sent: the first update is due on the next agreed day (or today when no day was agreed).
  if (!last) return day === undefined ? today : onOrAfter(today, day);
  const base = cadence === 'monthly' ? addMonth(last) : addDays(last, INTERVAL_DAYS[cadence]);
  // An update sent a day early or late keeps the agreed weekday: the nearest one to the interval's end.
  return day === undefined ? base : nearest(base, day);
}

function onOrAfter(iso: string, day: number): string {
  return addDays(iso, (day - weekday(iso) + 7) % 7);
}

function nearest(iso: string, day: number): string {
  const ahead = (day - weekday(iso) + 7) % 7;
  return addDays(iso, ahead <= 3 ? ahead : ahead - 7);
}

// Daily updates are for working days: one due on a Saturday or Sunday moves to Monday.
function skipWeekend(iso: string): string {
  const w = weekday(iso);
  return w >= 5 ? addDays(iso, 7 - w) : iso;
}

function label(today: string, due: string, overdueDays: number, language: Language): string {
  const { cadence } = phrasesFor(language);
  const locale = localeOf(language);
  if (overdueDays > 0) return cadence.overdue(overdueDays);
  const days = dayNumber(due) - dayNumber(today);
  if (days === 0) return cadence.dueToday;
  if (days === 1) return cadence.dueTomorrow;
  if (days < 7) return cadence.due(weekdayName(due, locale));
  return cadence.dueOn(formatDayMonth(due, locale));
}
