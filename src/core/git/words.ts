/**
 * Why git was not run or did not answer, in one language (the language pack's `git` family): the refusals of
 * values.ts and range.ts, the gateway's own rules and failures (src/node/git/run.ts), and what a failed log read
 * means (src/node/git/log.ts). Each function of those modules takes these words and defaults to English.
 */

/** The kinds of user value checked before they reach git. */
export type GitValueKind = 'tag' | 'revision' | 'date' | 'path';

/** Why a value was refused; `quoted` is the value as JSON, `subject` one of `subjects`. */
export interface RefusalWords {
  /** How a sentence names each kind of value ("The tag name"). */
  subjects: Record<GitValueKind, string>;
  empty: (subject: string) => string;
  tooLong: (subject: string, max: number) => string;
  nul: (subject: string, quoted: string) => string;
  lineBreak: (subject: string, quoted: string) => string;
  control: (subject: string, quoted: string) => string;
  dash: (subject: string, quoted: string) => string;
  transport: (subject: string, quoted: string) => string;
  option: (subject: string, quoted: string, option: string) => string;
  configOverride: (subject: string, quoted: string) => string;
  space: (subject: string, quoted: string) => string;
  tagChars: (quoted: string) => string;
  tagDotDot: (quoted: string) => string;
  tagReflog: (quoted: string) => string;
  tagEmptyComponent: (quoted: string) => string;
  tagDotComponent: (quoted: string) => string;
  tagEndsWithDot: (quoted: string) => string;
  revisionReflog: (quoted: string) => string;
  revisionColon: (quoted: string) => string;
  revisionSymmetric: (quoted: string) => string;
  revisionSideDash: (quoted: string) => string;
  revisionGlob: (quoted: string) => string;
  revisionNotRef: (quoted: string) => string;
  dateNotIso: (quoted: string) => string;
  dateMissing: (quoted: string) => string;
  pathAbsolute: (quoted: string) => string;
  pathMagic: (quoted: string) => string;
  pathLeaves: (quoted: string) => string;
  days: (max: number) => string;
  notAHash: (value: string) => string;
  folderNotAbsolute: (quoted: string) => string;
  subcommand: (subcommand: string) => string;
  driver: (option: string) => string;
  diffStats: string;
}

/** Everything Candor says about git in one language. */
export interface GitWords {
  refused: RefusalWords;
  /** A refusal, then that git was not started. */
  notRun: (refusal: string) => string;
  /** Why a call ended without output (src/node/git/run.ts). */
  run: {
    cancelledBeforeStart: string;
    cancelled: string;
    noFolder: (folder: string) => string;
    timeout: (seconds: number) => string;
    /** Stands in for stderr when git exits non-zero in silence. */
    exitCode: (code: number | null) => string;
    noGit: string;
    dubiousOwnership: (folder: string) => string;
    notARepo: (folder: string) => string;
    /** Git's own first line of stderr (English, or the user's git locale) after a lead-in. */
    failed: (first: string) => string;
    failedSilently: string;
  };
  /** What a failed commit read means (the reasons Candor recognises in git's answer). */
  log: {
    noSuchTag: (tag: string) => string;
    noCommits: string;
    partialClone: string;
    unreadableObjects: string;
  };
}
