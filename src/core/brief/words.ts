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
