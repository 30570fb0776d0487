import type { Commit } from '../git/commit';
import type { FlagLink } from '../flags/link';
import type { Language, ProjectFile } from '../model/schema';
import type { ProjectChange } from './projectDiff';

/** What changed in project.yaml since the last update, read from git by src/node/sinceUpdate.ts. */
export interface BriefSince {
  /** ISO day of the update compared against; undefined when there is none (the first update was just saved). */
  from?: string;
  /** The changes; undefined when project.yaml was not in git at that update. */
  changes?: readonly ProjectChange[];
  /** Set right after saving an update (no commit since): its day and what it told the client, line by line. */
  justSaved?: { day: string; told: readonly string[] };
}

/** What git said for the brief: the commits since the last update, or why they could not be read. */
export type BriefGit =
  | {
      read: true;
      commits: readonly Commit[];
      /** First ISO day the commits cover. */ since: string;
      /** Shallow clone, cut history… */ notes?: readonly string[];
      /** The range was chosen (`--since`), not "since the last update". */ ranged?: boolean;
    }
  | { read: false; /** Why git was not read, e.g. Restricted Mode. */ reason: string };

/** The input of `buildBrief`: data in, no clock, no I/O. */
export interface BriefInput {
  project: ProjectFile;
  /** The day of the brief (an ISO date or a Date); core never reads the clock. */
  today: Date | string;
  /** ISO day of the newest update in the status history; undefined when none was saved. */
  lastUpdate?: string;
  /** ISO day of the commit that saved the last update, when later than its file's day: the range starts there. */
  lastUpdateCommitted?: string;
  /** project.yaml then and now; undefined when git was not read or no update was saved. */
  since?: BriefSince;
  git: BriefGit;
  /** Red flags linked to code and coverage (`analyzeFlags`); undefined when the analysis was not run. */
  flags?: readonly FlagLink[];
  /** Draft-style cleaning of commit subjects; defaults are the draft's. */
  noiseTypes?: readonly string[];
  ticketPatterns?: readonly (string | RegExp)[];
  /** The brief's language: the UI's (VS Code's display language, the CLI's locale), not the client's; default English. */
  language?: Language;
}

/** The ids of the brief's sections, in the order they are printed. */
export type BriefSectionId =
  | 'changes'
  | 'client-tasks'
  | 'decisions'
  | 'red-flags'
  | 'no-mitigation'
  | 'milestones-at-risk'
  | 'departments'
  | 'checklist'
  | 'agenda';

/** A list under an optional sub-heading (a milestone in "what changed"). */
export interface BriefGroup {
  title?: string;
  items: string[];
}

/** One section of the brief: its heading, a note under it (why it is empty, what is missing) and its lists. */
export interface BriefSection {
  id: BriefSectionId;
  title: string;
  note?: string;
  groups: BriefGroup[];
  /** Numbered in the Markdown: the order is the point (the call agenda). */
  ordered?: boolean;
}

/** What `buildBrief` returns: the Markdown document and the same content as data, for tests and other views. */
export interface Brief {
  markdown: string;
  /** The document's title line (without `# `): it says the brief is internal. */
  title: string;
  sections: BriefSection[];
  /** The next call (the next update date from the cadence), an ISO day; the horizon of "due before the call"
   * when project.yaml agrees no call day. */
  nextCall: string;
  /** Things that looked like secrets and were left out of the brief. */
  secrets: number;
}
