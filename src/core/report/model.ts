/**
 * The client's progress page as data: what project.yaml and the status history say, cut down to what the client
 * may read (client-visible red flags only, no coverage, paths, team or internal ids) and passed through the
 * draft's redactor. Pure: "today" comes in; the renderer (html.ts) turns it into strings.
 */
import { nextUpdate } from '../cadence';
import { dayNumber } from '../dates';
import type { DateLocale } from '../lang/pack';
import { localeOf, phrasesFor, type Health, type Phrases } from '../draft/phrases';
import { createRedactor, redactionNames } from '../draft/redact';
import { wordsFor, type Words } from '../i18n';
import type { Language, Milestone, ProjectFile } from '../model/schema';
import { entryDay } from '../statusHistory';

/** One saved update of the status history: its file name (`2026-11-26.md`) and its Markdown. */
export interface HistoryEntry {
  name: string;
  markdown: string;
}

/** A milestone on the timeline: the date first planned, the date now expected, and how far it moved. */
export interface PageMilestone {
  title: string;
  planned: string;
  due: string;
  slipDays: number;
  status: Health;
  label: string;
}

export interface PageTask {
  title: string;
  owner?: string;
  due?: string;
  overdueDays: number;
  status: 'open' | 'blocked' | 'done';
  label: string;
}

export interface PageDecision {
  question: string;
  approvers: string[];
  due?: string;
  overdueDays: number;
}

export interface TakenDecision {
  question: string;
  outcome?: string;
  label: string;
}

export interface PageRisk {
  title: string;
  mitigation: string;
}

export interface PagePhase {
  title: string;
  done: number;
  total: number;
  current: boolean;
}

/** A saved update: its day, its slug (the file name without `.md`, the permalink's name) and its redacted Markdown. */
export interface PageUpdate {
  date: string;
  slug: string;
  markdown: string;
}

/** Everything the client's page shows, already redacted, in the client's language. */
export interface ClientPage {
  language: Language;
  locale: DateLocale;
  today: string;
  words: Words['report'];
  phrases: Phrases;
  header: { project: string; client: string; phase?: string; lastUpdate?: string; nextUpdate: string };
  milestones: PageMilestone[];
  tasks: PageTask[];
  decisionsOpen: PageDecision[];
  decisionsTaken: TakenDecision[];
  risks: PageRisk[];
  phases: PagePhase[];
  updates: PageUpdate[];
}

/** What the page is built from; `language` overrides project.yaml's, `allowedHosts` are the links that may stay. */
export interface PageInput {
  project: ProjectFile;
  history: readonly HistoryEntry[];
  today: string;
  language?: Language;
  allowedHosts?: readonly string[];
  /** Extra names to redact (git authors, .mailmap): project.yaml's team is always redacted. */
  extraNames?: readonly string[];
}

// With the bidi overrides and isolates: a title must not reorder what the client reads (safeText.ts).
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uE000-\uF8FF]/g;

/** Builds the page's data from project.yaml and the status history, as the client may read it. */
export function buildClientPage(input: PageInput): ClientPage {
  const { project, today } = input;
  const language = input.language ?? project.project.language;
  const phrases = phrasesFor(language);
  const words = wordsFor(language);
  const clean = cleaner(input, phrases.team);
  const line = (text: string) => clean(text).replace(/\s+/g, ' ').trim();
  const updates = historyUpdates(input.history, clean);
  const phase = project.phases.find((p) => p.id === project.project.phase);
  return {
    language,
    locale: localeOf(language),
    today,
    words: words.report,
    phrases,
    header: {
      project: line(project.project.name),
      client: line(project.project.client),
      phase: phase && line(phase.title),
      lastUpdate: updates[0]?.date,
      nextUpdate: nextUpdate({ communication: project.communication, lastStatus: updates[0]?.date, today, language })
        .due,
    },
    milestones: project.milestones.map((m) => pageMilestone(m, phrases, line)),
    tasks: pageTasks(project, today, words, line),
    // The soonest needed first (the most overdue leads), undated last.
    decisionsOpen: project.decisions
      .filter((d) => d.status === 'open')
      .map((d) => ({
        question: line(d.question),
        approvers: (d.needs ?? []).map(line),
        due: d.due,
        overdueDays: overdue(today, d.due),
      }))
      .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999')),
    decisionsTaken: project.decisions
      .filter((d) => d.status !== 'open')
      .map((d) => ({
        question: line(d.question),
        outcome: d.outcome && line(d.outcome),
        label: d.status === 'decided' ? words.report.decided : words.report.dropped,
      })),
    risks: project.red_flags
      .filter((f) => f.client_visible && f.status !== 'closed')
      .map((f) => ({ title: line(f.title), mitigation: line(f.mitigation ?? phrases.noMitigation) })),
    phases: project.phases.map((p) => ({
      title: line(p.title),
      done: p.checklist.filter((i) => i.done).length,
      total: p.checklist.length,
      current: p === phase,
    })),
    updates,
  };
}

// One redactor for the whole page, as for a draft: team names, aliases, emails, handles and URLs go; client
// contacts stay; control characters never reach the HTML.
function cleaner(input: PageInput, team: string): (text: string) => string {
  const { names, nameParts } = redactionNames(input.project, [], [...(input.extraNames ?? [])]);
  const redact = createRedactor({
    names,
    nameParts,
    keep: input.project.client.contacts.map((c) => c.name),
    allowedHosts: input.allowedHosts,
    team,
  });
  return (text) => redact(text.replace(/\r\n?/g, '\n').replace(CONTROL, '')).text.replace(CONTROL, '');
}

function pageMilestone(m: Milestone, phrases: Phrases, line: (s: string) => string): PageMilestone {
  // `baseline` is the first due date, kept when a milestone slips; without it the milestone is on plan.
  const planned = m.baseline ?? m.due;
  return {
    title: line(m.title),
    planned,
    due: m.due,
    slipDays: dayNumber(m.due) - dayNumber(planned),
    status: m.status,
    label: phrases.health[m.status],
  };
}

// What the client owes: open and blocked first, the most overdue first; done ones last (struck through).
function pageTasks(project: ProjectFile, today: string, words: Words, line: (s: string) => string): PageTask[] {
  const tasks = project.client_tasks.map((t) => ({
    title: line(t.title),
    owner: t.owner && line(t.owner),
    due: t.due,
    overdueDays: t.status === 'done' ? 0 : overdue(today, t.due),
    status: t.status,
    label: words.values.task[t.status],
  }));
  const rank = (t: PageTask) => (t.status === 'done' ? 2 : t.overdueDays > 0 ? 0 : 1);
  return tasks.sort(
    (a, b) => rank(a) - rank(b) || b.overdueDays - a.overdueDays || (a.due ?? '9999').localeCompare(b.due ?? '9999'),
  );
}

function overdue(today: string, due: string | undefined): number {
  return due ? Math.max(0, dayNumber(today) - dayNumber(due)) : 0;
}

// Newest first; a file whose name is not a history entry's (`2026-11-26.md`, `2026-11-26-2.md`) is left out.
function historyUpdates(history: readonly HistoryEntry[], clean: (s: string) => string): PageUpdate[] {
  return history
    .flatMap((e) => {
      const date = entryDay(e.name);
      return date ? [{ date, slug: e.name.slice(0, -3), markdown: cleanMarkdown(e.markdown, clean) }] : [];
    })
    .sort((a, b) => b.slug.localeCompare(a.slug, 'en', { numeric: true }));
}

// Line by line, so that a list's or a code block's indentation survives the redactor (which tidies spaces).
function cleanMarkdown(markdown: string, clean: (s: string) => string): string {
  return markdown
    .split(/\r\n?|\n/)
    .map((row) => {
      const indent = /^[ \t]*/.exec(row)?.[0] ?? '';
      return row.trim() === '' ? '' : indent + clean(row.slice(indent.length));
    })
    .join('\n');
}
