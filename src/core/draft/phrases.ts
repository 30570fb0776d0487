import { DRAFT, LOCALE, type DateLocale } from '../lang';
import type { Language } from '../model/schema';

/** Kinds of secret the redactor recognises; named in the review points, never quoted. */
export type SecretKind = 'aws-key' | 'github-token' | 'private-key' | 'password' | 'jwt' | 'api-token' | 'high-entropy';

/** Milestone health as the client reads it. */
export type Health = 'planned' | 'on-track' | 'at-risk' | 'late' | 'done';

/** Everything the draft says in words, per language: written natively, not translated word by word. */
export interface Phrases {
  title: (project: string, date: string) => string;
  period: (from: string, to: string) => string;
  phase: (phase: string) => string;
  headings: {
    summary: string;
    delivered: string;
    fixed: string;
    next: string;
    risks: string;
    waiting: string;
    decisions: string;
    other: string;
  };
  health: Record<Health, string>;
  milestoneLine: (title: string, due: string, health: string) => string;
  /** A milestone moved from its first due date: "+5 days against plan". */
  againstPlan: (days: number) => string;
  dueOn: (date: string) => string;
  overdueBy: (days: number) => string;
  neededBy: (date: string) => string;
  approvers: (names: string) => string;
  owner: (name: string) => string;
  smaller: (n: number) => string;
  breaking: string;
  workThisPeriod: (n: number) => string;
  mitigation: (text: string) => string;
  noMitigation: string;
  touched: string;
  empty: { delivered: string; fixed: string; next: string; risks: string; waiting: string; decisions: string };
  /** Stands in for a team member's name: the team did it, nobody in particular. */
  team: string;
  /** The polite reminder of what the client owes (`draftReminder`): no blame, no internal name. */
  reminder: {
    subject: (project: string) => string;
    greeting: (contact: string | undefined) => string;
    intro: (call: string | undefined) => string;
    wasDue: (title: string, date: string) => string;
    due: (title: string, date: string) => string;
    closing: string;
    signature: (project: string) => string;
  };
  cadence: {
    due: (weekday: string) => string;
    dueToday: string;
    dueTomorrow: string;
    dueOn: (date: string) => string;
    overdue: (days: number) => string;
    /** The reminder paused until a day (`communication.paused_until`). */
    pausedUntil: (date: string) => string;
  };
}

/** The draft's phrases in a language (see src/core/lang). */
export function phrasesFor(language: Language): Phrases {
  return DRAFT[language];
}

/** How a draft language writes dates: the `Intl` tag and its own rules. */
export function localeOf(language: Language): DateLocale {
  return LOCALE[language];
}
