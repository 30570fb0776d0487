/** Calendar days for the draft: ISO dates in, localized words out, no time zone surprises. */

import { dayNumber, isoDay, utcTime } from '../dates';
import type { DateLocale } from '../lang/pack';

export { dayNumber };

const DAY_MS = 86_400_000;

/** The ISO day of a Date (the local calendar day, as the user sees it) or of an ISO string. */
export function toIsoDay(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : isoDay(value);
}

// project.yaml's years have four digits: a day computed past the last one (a monthly cadence from December 9999)
// stays on it, instead of "+010000-01-…", which no date function reads (the brief threw on it).
const LAST_DAY_MS = utcTime(9999, 11, 31);
const isoOfTime = (ms: number) => new Date(Math.min(ms, LAST_DAY_MS)).toISOString().slice(0, 10);

/** The ISO day `n` days after `iso` (at most 9999-12-31). */
export function addDays(iso: string, n: number): string {
  return isoOfTime((dayNumber(iso) + n) * DAY_MS);
}

/** Day of the week, 0 = Monday … 6 = Sunday. */
export function weekday(iso: string): number {
  return (((dayNumber(iso) + 3) % 7) + 7) % 7;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    // UTC on both sides: an ISO day is a calendar day, not an instant.
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** "15 December 2026", "15 décembre 2026" ("1er février 2027"), "15 de diciembre de 2026", "15. Dezember 2026". */
export function formatDate(iso: string, locale: DateLocale): string {
  const n = dayNumber(iso);
  if (Number.isNaN(n)) return iso;
  return locale.firstOfMonth(
    formatter(locale.tag, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(n * DAY_MS)),
  );
}

/** "Thursday", "jeudi", "jueves", "Donnerstag". */
export function weekdayName(iso: string, locale: DateLocale): string {
  return formatter(locale.tag, { weekday: 'long' }).format(new Date(dayNumber(iso) * DAY_MS));
}

/** "3 December", "3 décembre", "3 de diciembre", "3. Dezember": a date within the coming weeks. */
export function formatDayMonth(iso: string, locale: DateLocale): string {
  return locale.firstOfMonth(
    formatter(locale.tag, { day: 'numeric', month: 'long' }).format(new Date(dayNumber(iso) * DAY_MS)),
  );
}

/** The ISO day one calendar month after `iso`, clamped to the month's last day (31 Jan → 28 Feb). */
export function addMonth(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(utcTime(y, m + 1, 0)).getUTCDate();
  return isoOfTime(utcTime(y, m, Math.min(d, last)));
}
