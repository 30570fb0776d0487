import type { FlagLink } from '../flags/link';
import type { Words } from '../i18n/words';
import type { ProjectFile } from '../model/schema';
import type { ChangeSummary } from './changes';
import type { BriefWords } from './words';

/** What every section is written from; built once by `buildBrief`. */
export interface BriefContext {
  project: ProjectFile;
  /** ISO days. */
  today: string;
  nextCall: string;
  /** False when project.yaml agrees no call day: `nextCall` is then only a horizon. */
  callAgreed: boolean;
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
  /** The brief's words and the core's (dates, coverage, project.yaml values), in the brief's language. */
  w: BriefWords;
  words: Words;
}
