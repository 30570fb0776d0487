/**
 * The words of the tree and of the coverage notes, per language (the UI's language, not the client's): written
 * natively, not word by word. The functions of outline.ts, flags/rows.ts and dates.ts take them as a parameter
 * and default to English, so that nothing here is global state.
 */
import type {
  FLAG_KINDS,
  MILESTONE_STATUSES,
  SEVERITIES,
  TASK_STATUSES,
  CADENCES,
  WEEKDAYS,
} from '../model/vocabulary';

type Names<T extends readonly string[]> = Record<T[number], string>;

/** "due today", "3 days overdue", "18 days left": how far a date is. */
import type { LogNoteWords } from '../git/logNotes';
import type { HistoryNoteWords } from '../statusHistory';

export interface DateWords {
  dueToday: string;
  dueTomorrow: string;
  dueIn: (days: number) => string;
  overdue: (days: number) => string;
  today: string;
  daysLeft: (days: number) => string;
  daysLate: (days: number) => string;
  /** A milestone moved against its first due date (`baseline`): `days` > 0 when it slipped. */
  againstPlan: (days: number) => string;
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
  /** Beside the project's name while the tree shows the last readable project.yaml. */
  stale: string;
  staleTip: string;
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
  /** project.yaml completion and hover: a closed list of values, a date's format, an id used in code only. */
  oneOf: (values: string) => string;
  dateFormat: string;
  markerNotDeclared: (where: string) => string;
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

/** The types a field of project.yaml can be expected to hold, as `mustBe` names them. */
export type ValueType = 'array' | 'object' | 'string' | 'number' | 'boolean';

/**
 * The problems found in project.yaml, in red-flag globs and markers, and when ticking an item: the Problems panel,
 * the tree's problem rows and the CLI's `file:line:col:` lines. Fields are named as written (`red_flags[2].paths`).
 */
export interface ProblemWords {
  /** A file size: `256 KB`, `2.0 MB`. */
  size: (bytes: number) => string;
  tooLarge: (size: string, max: string) => string;
  slow: (size: string, max: string) => string;
  nestedTooDeeply: string;
  nestedMoreThan: (levels: number) => string;
  binary: string;
  /** The YAML library's own message (English), with a lead-in where the language needs one. */
  syntax: (message: string) => string;
  secondDocument: string;
  /** The first YAML syntax error in plain words (the parser's own message is English and cascades). */
  syntaxIndent: string;
  syntaxTab: string;
  syntaxUnclosed: string;
  syntaxQuote: string;
  syntaxColon: string;
  syntaxNoColon: string;
  /** Appended to the first syntax error: how many of the parser's messages were folded into it. */
  syntaxFollowOn: (count: number) => string;
  unknownAlias: (name: string) => string;
  couldNotRead: (message: string) => string;
  empty: string;
  duplicateId: (id: string) => string;
  unknownPhase: (phase: string, known: string) => string;
  noPhasesDefined: string;
  noProjectFile: string;
  cannotReadFile: (code: string) => string;
  /** Too many nodes to be a project file (lines plus commas over `max`). */
  tooManyNodes: (max: number) => string;
  /** Problems past the listed ones, counted. */
  moreProblems: (count: number) => string;
  complexKey: string;
  duplicateKey: (key: string) => string;
  tooManyAliases: (max: number) => string;
  /** project.yaml names something other than a regular file: a folder, a FIFO, a socket, a device. */
  notAFile: (kind: 'directory' | 'fifo' | 'socket' | 'device' | 'other') => string;
  theFile: string;
  unknownKey: (key: string, where: string | undefined) => string;
  missing: (field: string, where: string | undefined) => string;
  mustBe: (field: string, what: string) => string;
  valueType: Record<ValueType, string>;
  otherType: (type: string) => string;
  mustEqual: (field: string, value: string) => string;
  oneOf: (field: string, values: string) => string;
  date: (field: string) => string;
  idChars: (field: string) => string;
  format: (field: string) => string;
  notEmpty: (field: string) => string;
  invalid: (field: string) => string;
  unknownMarker: (id: string) => string;
  badGlob: (glob: string, why: string) => string;
  globOutside: (glob: string) => string;
  globEmpty: string;
  globNul: string;
  globAbsolute: string;
  globWindows: string;
  globTilde: string;
  globDotDot: string;
  toggleSyntax: string;
  toggleGone: (item: string, phase: string) => string;
  toggleShared: (item: string) => string;
  toggleChanged: string;
  toggleNoPlace: (item: string) => string;
  /** Coverage lines past the end of the files they name, left out: how many, the first file, its length, others. */
  coverageClipped: (lines: number, file: string, length: number, otherFiles: number) => string;
}

/** The client's progress page (`candor report`): its own labels; the headings it shares with the draft come from the draft's phrases. */
export interface ReportWords {
  pageTitle: (project: string) => string;
  client: string;
  phase: string;
  lastUpdate: string;
  nextUpdate: string;
  noUpdateYet: string;
  milestones: string;
  noMilestones: string;
  timeline: string;
  milestone: string;
  planned: string;
  current: string;
  slip: string;
  status: string;
  onPlan: string;
  slipLate: (days: number) => string;
  slipEarly: (days: number) => string;
  today: string;
  task: string;
  owner: string;
  due: string;
  decision: string;
  approvers: string;
  neededBy: string;
  decisionsTaken: string;
  outcome: string;
  decided: string;
  dropped: string;
  noDecisionsTaken: string;
  phases: string;
  noPhases: string;
  progress: (done: number, total: number) => string;
  history: string;
  latest: string;
  updateOf: (date: string) => string;
  permalink: string;
  back: string;
  /** Beside the current phase's bar, in brackets (German keeps its capital: not `phase.toLowerCase()`). */
  currentPhase: string;
  noHistory: string;
  generated: (date: string) => string;
}

/** All the core's user-facing words in one language. */
export interface Words {
  dates: DateWords;
  flags: FlagWords;
  outline: OutlineWords;
  problems: ProblemWords;
  values: ValueWords;
  report: ReportWords;
  /** Notes on the status history folder (stray or future-dated files, a linked folder, an uncommitted update). */
  history: HistoryNoteWords;
  /** Notes on how a range's commits were read (detached HEAD, shallow clone, a cut, an empty range). */
  log: LogNoteWords;
}
