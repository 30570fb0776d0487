import type { FlagLink } from '../flags/link';
import type { ProjectFile } from '../model/schema';
import type { ChangeSummary } from './changes';

/** What every section is written from; built once by `buildBrief`. */
export interface BriefContext {
  project: ProjectFile;
  /** ISO days. */
  today: string;
  nextCall: string;
  lastUpdate: string | undefined;
  /** "since the last update", or "since 2026-11-20" when none was saved. */
  sinceWords: string;
  /** The range's work; undefined when git was not read (`gitReason` says why). */
  changes: ChangeSummary | undefined;
  gitReason: string | undefined;
  /** Red flags joined to code, in risk order; undefined when the analysis was not run. */
  flags: readonly FlagLink[] | undefined;
  /** Commits of the range that touched each flag's files; undefined without git. */
  touched: ReadonlyMap<string, number> | undefined;
}

/** "1 task", "2 tasks". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
