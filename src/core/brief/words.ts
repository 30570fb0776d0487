/**
 * The brief's words, per language. The brief is internal (for the tech lead), so it follows the UI's language
 * (VS Code's display language, the CLI's locale), not the client's. Written natively, not word by word.
 */

/** Every heading and phrase of the call brief, in one language. */
export interface BriefWords {
  /** The first words of the title: the brief must never be mistaken for a client update. */
  internalMark: string;
  title: (mark: string, project: string) => string;
  /** An ISO day as the brief prints it (English keeps ISO days; the others use Intl). */
  day: (iso: string) => string;
  sinceLastUpdate: string;
  sinceDay: (day: string) => string;
  sinceRangeStart: string;
  prepared: (today: string, client: string, project: string, nextCall: string) => string;
  lastUpdate: (day: string) => string;
  /** The last update's file is dated before the commit that saved it: what changed is counted from the commit. */
  lastUpdateCommitted: (day: string, committed: string) => string;
  /** The header when project.yaml agrees no call day (`communication.day`): tasks are listed up to `horizon`. */
  preparedNoCall: (today: string, client: string, project: string, horizon: string) => string;
  noUpdate: string;
  commitsRead: (n: number, since: string, lastUpdate: string | undefined) => string;
  gitNotRead: (reason: string) => string;
  /** Why git was not read in Restricted Mode or with --no-git (a whole sentence, for gitNotRead). */
  restricted: string;
  note: (note: string) => string;
  secrets: (n: number) => string;
  changes: {
    title: string;
    notAvailable: (reason: string | undefined) => string;
    otherWork: string;
    noChange: (commits: number) => string;
    more: (n: number) => string;
    hidden: (n: number) => string;
    invalidPatterns: (list: string) => string;
    breaking: string;
    fix: string;
    /** "Fix: " before a line: the kinds ("Breaking, Fix") and the language's colon. */
    kinds: (kinds: string) => string;
  };
  /** What changed in project.yaml since the last update: the brief's first section and the tree's section. */
  since: {
    /** The tree section's label. */
    title: string;
    taskDone: (title: string) => string;
    decided: (question: string, outcome: string | undefined) => string;
    decisionDropped: (question: string) => string;
    /** `days` is the signed slip: positive when the milestone moved later. */
    moved: (title: string, from: string, to: string, days: number) => string;
    milestoneStatus: (title: string, from: string, to: string) => string;
    flagOpened: (title: string) => string;
    flagClosed: (title: string) => string;
    flagMitigated: (title: string, mitigation: string | undefined) => string;
    /** The tree section's description: commits and project.yaml changes. */
    summary: (commits: number, changes: number) => string;
    projectGroup: string;
    noProjectChange: string;
    /** project.yaml was not in git at the update's commit: its changes cannot be listed. */
    notInGit: (day: string) => string;
    justSaved: (last: string, previous: string) => string;
    justSavedFirst: (last: string) => string;
    told: (day: string) => string;
    /** The tree's description when the update was just saved: what it covers is the one before. */
    sinceUpdate: (day: string) => string;
  };
  /** The call agenda: the brief's last section, in the order of the call. */
  agenda: {
    title: string;
    decide: (question: string, approvers: string) => string;
    ask: (title: string, when: string) => string;
    risk: (title: string, mitigation: string) => string;
    riskNoSolution: (title: string) => string;
    nextMilestone: (title: string, due: string, left: string) => string;
    none: string;
  };
  tasks: {
    title: string;
    noOwner: string;
    blocked: string;
    overdue: string;
    dueByCall: (day: string) => string;
    others: (n: number) => string;
    noneSoon: string;
  };
  decisions: {
    title: string;
    neededBy: (day: string, label: string) => string;
    noDate: string;
    none: string;
    approves: (levels: string) => string;
    notAContact: (name: string) => string;
    byLevel: (contacts: string) => string;
    noApprover: string;
    alsoApprovedBy: (contacts: string) => string;
    approval: (contacts: string) => string;
  };
  departments: {
    title: string;
    noUpcoming: string;
    neverNotified: string;
    notifiedBefore: (notified: string, day: string, milestone: string) => string;
    allNotified: string;
    withoutGit: string;
  };
  checklist: {
    title: string;
    noPhase: string;
    unknownPhase: (id: string) => string;
    allDone: (phase: string) => string;
    open: (phase: string, open: number, total: number) => string;
  };
  flags: {
    title: string;
    clientVisible: string;
    internal: string;
    mitigation: (text: string) => string;
    noMitigation: string;
    none: string;
    coverageNotAnalysed: string;
    notLinked: string;
    guess: (files: number) => string;
    changesUnknown: string;
    unchanged: (since: string) => string;
    changed: (since: string, commits: number) => string;
  };
  unmitigated: {
    title: string;
    clientSees: string;
    none: string;
  };
  milestones: {
    title: string;
    marked: (status: string) => string;
    pastDue: string;
    openItems: (n: number, phase: string) => string;
    weakCode: (flag: string, percent: number) => string;
    line: (title: string, due: string, left: string, reasons: string) => string;
    none: string;
    coverageNotAnalysed: string;
  };
}
