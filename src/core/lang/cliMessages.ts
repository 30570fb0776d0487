/** The contract of the CLI's family in a language pack (src/core/lang/<language>/cli.ts). */

/** The sub-commands, for their one-line help. */
export type CommandName = 'init' | 'check' | 'flags' | 'status' | 'brief' | 'report' | 'reminder';

/** Everything the CLI says in words, in one language. */
export interface CliMessages {
  /** "usage" in `usage: candor check [dir] …`; the syntax after it is not translated. */
  usage: string;
  commandPlaceholder: string;
  help: Record<CommandName, string>;
  unknownCommand: (name: string) => string;
  unexpected: (arg: string) => string;
  check: {
    problems: (n: number) => string;
    valid: string;
    failOnValue: (value: string | undefined) => string;
    minCoverageRange: string;
    minCoverageAlone: string;
    under: (min: number) => string;
    cannotShow: (min: number) => string;
    flagLine: (id: string, severity: string, coverage: string, why: string) => string;
    allCovered: (min: number) => string;
  };
  flags: {
    noReport: string;
    unmapped: (n: number) => string;
    malformed: (n: number) => string;
    /** Coverage lines past the end of the file they name, left out. */
    clipped: (n: number) => string;
    reports: (list: string, extra: string) => string;
    coverage: string;
    guess: (files: string) => string;
    marker: string;
    files: string;
    uncovered: string;
    none: string;
    andMore: (n: number) => string;
  };
  /** Why a command line is refused (src/cli/args.ts), in any sub-command. */
  args: {
    unknownOption: (arg: string) => string;
    givenTwice: (option: string) => string;
    noValue: (option: string) => string;
    needsValue: (option: string) => string;
    unknownLanguage: (lang: string, list: string) => string;
  };
  init: {
    exists: string;
    cannotWrite: (code: string) => string;
    written: (file: string, lang: string, check: string) => string;
  };
  status: {
    format: (value: string) => string;
    /** `--since` is a day after the range's end (`--until` or today). */
    reversed: (since: string, end: string) => string;
    note: string;
    review: string;
  };
  reminder: {
    /** Nothing overdue or due by `day` (the next call, or a week on when no call day is agreed): no message. */
    nothing: (day: string) => string;
    subject: string;
  };
  report: {
    written: (folder: string, pages: number) => string;
    pdf: (file: string) => string;
    noPdf: string;
    publicNote: string;
  };
}
