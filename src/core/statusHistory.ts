/**
 * The status history folder (default `status/`) holds one Markdown file per update sent, named by its date:
 * `2026-11-26.md`, then `2026-11-26-2.md` for a second one that day. Committed with the code, it tells the
 * whole team when the last update went out.
 */
import { addDays } from './draft/format';
import { checkDate } from './git/values';

const ENTRY = /^(\d{4}-\d{2}-\d{2})(?:-(\d+))?\.md$/;
const DATED = /^\d{4}-\d{1,2}-\d{1,2}/;

/** The day of an update's file name (`2026-11-26.md`, `2026-11-26-2.md`), or undefined for any other name. */
export function entryDay(name: string): string | undefined {
  const day = ENTRY.exec(name)?.[1];
  return day !== undefined && checkDate(day) === undefined ? day : undefined;
}

/** A note for the tech lead on the history folder, as a code and its values: each adapter words it. */
export type HistoryNote =
  | { code: 'notNamed' | 'notADate'; file: string }
  | { code: 'future'; file: string; today: string }
  | { code: 'linkedFolder'; folder: string }
  | { code: 'uncommitted'; file: string; day: string };

/** The sentences of the history notes in one language (the CLI's, the brief's, VS Code's catalogs). */
export interface HistoryNoteWords {
  notNamed: (file: string) => string;
  notADate: (file: string) => string;
  future: (file: string, today: string) => string;
  linkedFolder: (folder: string) => string;
  uncommitted: (file: string, day: string) => string;
}

/** Words one history note with `words`. */
export function wordHistoryNote(note: HistoryNote, words: HistoryNoteWords): string {
  switch (note.code) {
    case 'notNamed':
      return words.notNamed(note.file);
    case 'notADate':
      return words.notADate(note.file);
    case 'future':
      return words.future(note.file, note.today);
    case 'linkedFolder':
      return words.linkedFolder(note.folder);
    case 'uncommitted':
      return words.uncommitted(note.file, note.day);
  }
}

/** The latest update's file among the history folder's names, and why some names were not taken. */
export interface HistoryScan {
  last?: { file: string; day: string };
  /** For the tech lead: names that look like updates but are not valid dates, or are dated after today. */
  warnings: HistoryNote[];
}

/** Finds the latest update among file names: impossible dates are skipped and dates after `today` (ISO day)
 * ignored, each with a warning, so one stray file can neither break nor reverse the range. A file dated the day
 * after is kept: a teammate 14 hours ahead names it by their own day. */
export function scanHistory(fileNames: readonly string[], today: string): HistoryScan {
  const latest = addDays(today, 1);
  const warnings: HistoryNote[] = [];
  let last: { file: string; day: string; n: number } | undefined;
  for (const name of [...fileNames].sort()) {
    const match = ENTRY.exec(name);
    if (!match) {
      if (DATED.test(name) && name.endsWith('.md')) warnings.push({ code: 'notNamed', file: name });
      continue;
    }
    const day = match[1]!;
    const n = Number(match[2] ?? 1);
    if (checkDate(day) !== undefined) warnings.push({ code: 'notADate', file: name });
    else if (day > latest) warnings.push({ code: 'future', file: name, today });
    else if (!last || day > last.day || (day === last.day && n > last.n)) last = { file: name, day, n };
  }
  return { last: last && { file: last.file, day: last.day }, warnings };
}

/** The moment an update was sent when its file records one (front matter `sent:`/`date:`, or an HTML comment
 * `<!-- sent: … -->`): a full ISO date and time with its offset, else undefined. */
export function recordedMoment(text: string): string | undefined {
  const head = text.slice(0, 4096);
  const found =
    /^(?:<!--\s*)?(?:sent|date):\s*["']?(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))["']?\s*(?:-->)?\s*$/m.exec(
      head,
    )?.[1];
  return found && checkDate(found) === undefined ? found : undefined;
}

/** A file name for an update written on `day` that clashes with none of `fileNames`. */
export function historyFileName(day: string, fileNames: readonly string[]): string {
  const taken = new Set(fileNames);
  if (!taken.has(`${day}.md`)) return `${day}.md`;
  let n = 2;
  while (taken.has(`${day}-${n}.md`)) n++;
  return `${day}-${n}.md`;
}
