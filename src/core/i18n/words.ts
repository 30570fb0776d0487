/**
 * The words of the tree and of the coverage notes, per language (the UI's language, not the client's): written
 * natively, not word by word. The functions of outline.ts, flags/rows.ts and dates.ts take them as a parameter
 * and default to English, so that nothing here is global state.
 */
import type { FLAG_KINDS, MILESTONE_STATUSES, SEVERITIES, TASK_STATUSES, CADENCES, WEEKDAYS } from '../model/schema';

type Names<T extends readonly string[]> = Record<T[number], string>;

/** "due today", "3 days overdue", "18 days left": how far a date is. */
export interface DateWords {
  dueToday: string;
  dueTomorrow: string;
  dueIn: (days: number) => string;
  overdue: (days: number) => string;
  today: string;
  daysLeft: (days: number) => string;
  daysLate: (days: number) => string;
}

/** A red flag's coverage and the rows under it. */
export interface FlagWords {
  noInstrumentedLines: string;
  percentOfLines: (percent: number, total: number) => string;
  percentCovered: (percent: number) => string;
  noReport: string;
  notInReport: string;
  unlinked: string;
  unlinkedTip: string;
  guess: (files: number) => string;
  guessTip: string;
  markers: (n: number) => string;
  files: (n: number) => string;
  uncovered: (lines: number) => string;
  lines: (n: number) => string;
}

/** The sections, rows and tooltips of the project tree. */
export interface OutlineWords {
  cannotRead: string;
  errors: (n: number) => string;
  warnings: (n: number) => string;
  line: (n: number) => string;
  updatesLanguage: (language: string) => string;
  currentPhase: (phase: string) => string;
  nextMilestone: (title: string, due: string, left: string) => string;
  updates: (cadence: string, day: string | undefined, contact: string | undefined) => string;
  phases: string;
  phasesDone: (done: number, total: number) => string;
  current: string;
  noPhases: string;
  clientTasks: string;
  tasksSummary: (open: number, overdue: number) => string;
  owner: (name: string) => string;
  dueOn: (date: string) => string;
  status: (status: string) => string;
  noTasks: string;
  redFlags: string;
  flagsSummary: (open: number, unmitigated: number) => string;
  severityKind: (severity: string, kind: string) => string;
  mitigation: (text: string) => string;
  noSolution: string;
  noSolutionLong: string;
  visibleToClient: string;
  internal: string;
  noFlags: string;
  milestones: string;
  nextShort: (title: string) => string;
  noMilestones: string;
  decisions: string;
  needs: (names: string) => string;
  openCount: (n: number) => string;
  noDecisions: string;
}

/** The values of project.yaml's fixed vocabularies as the tree shows them (English shows them as written). */
export interface ValueWords {
  severity: Names<typeof SEVERITIES>;
  kind: Names<typeof FLAG_KINDS>;
  milestone: Names<typeof MILESTONE_STATUSES>;
  task: Names<typeof TASK_STATUSES>;
  flagMitigated: string;
  cadence: Names<typeof CADENCES>;
  weekday: Names<typeof WEEKDAYS>;
}

/** All the core's user-facing words in one language. */
export interface Words {
  dates: DateWords;
  flags: FlagWords;
  outline: OutlineWords;
  values: ValueWords;
}
