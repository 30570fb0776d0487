/**
 * A short, polite reminder of what the client owes: the client tasks overdue or due before the next call, with
 * their dates, in the client's language. It blames no one and names no one from the team: every value from
 * project.yaml goes through the draft's redactor and the one sanitizer. Pure: `today` comes in.
 */
import { nextCall } from './cadence';
import { dayNumber } from './dates';
import { projectRedactor } from './draft/index';
import { formatDate, toIsoDay } from './draft/format';
import { localeOf, phrasesFor } from './draft/phrases';
import { tasksDueBy } from './brief/project';
import type { Language, ProjectFile } from './model/schema';
import { oneLine } from './safeText';

/** What `draftReminder` needs. */
export interface ReminderInput {
  project: ProjectFile;
  today: Date | string;
  /** ISO day of the last update saved: the next call follows from it and the cadence. */
  lastUpdate?: string;
  /** Default: project.yaml's language. */
  language?: Language;
}

/** One task the reminder lists. */
export interface ReminderItem {
  id: string;
  due: string;
  overdue: boolean;
}

/** The reminder: no `text` when nothing is overdue or due before the call (then there is nothing to send). */
export interface Reminder {
  items: ReminderItem[];
  /** The next call (or the horizon when no call day is agreed), ISO day. */
  nextCall: string;
  subject: string;
  /** The message, plain text; empty when there are no items. */
  text: string;
  /** Names, addresses or secrets the redactor took out of project.yaml's values. */
  redactions: number;
}

/** Writes the reminder for the client tasks not done that are overdue or due by the next call. */
export function draftReminder(input: ReminderInput): Reminder {
  const { project } = input;
  const language = input.language ?? project.project.language;
  const p = phrasesFor(language).reminder;
  const locale = localeOf(language);
  const today = toIsoDay(input.today);
  const call = nextCall({ communication: project.communication, lastStatus: input.lastUpdate, today });
  const redact = projectRedactor(project, phrasesFor(language).team);
  let redactions = 0;
  const clean = (value: string) => {
    const r = redact(oneLine(value));
    redactions += r.redactions + r.findings.length;
    return oneLine(r.text);
  };
  const tasks = tasksDueBy(project, call.day);
  const items = tasks.map((t) => ({ id: t.id, due: t.due, overdue: dayNumber(t.due) < dayNumber(today) }));
  const subject = p.subject(clean(project.project.name));
  if (tasks.length === 0) return { items, nextCall: call.day, subject, text: '', redactions };
  const lines = tasks.map((t) => {
    const date = formatDate(t.due, locale);
    return `- ${dayNumber(t.due) < dayNumber(today) ? p.wasDue(clean(t.title), date) : p.due(clean(t.title), date)}`;
  });
  const contact = project.communication?.contact;
  const text = [
    p.greeting(contact === undefined ? undefined : clean(contact)),
    '',
    p.intro(call.agreed ? formatDate(call.day, locale) : undefined),
    '',
    ...lines,
    '',
    p.closing,
    '',
    p.signature(clean(project.project.name)),
  ].join('\n');
  return { items, nextCall: call.day, subject, text: `${text}\n`, redactions };
}
