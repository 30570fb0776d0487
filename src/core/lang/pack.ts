/**
 * The contract of a language pack: everything Candor says or recognises in one language. Each language is a
 * folder (`en/`, `fr/`, …) with one file per family; `index.ts` in the folder names them. English is the
 * reference: a new language starts as a copy of `en/`, and the compiler lists what is missing (see ./index.ts).
 * One family is not named in the folder's `index.ts`: `descriptions.ts` (what each key of project.yaml is for, for
 * the hover), read only through ./descriptions.ts, whose `Record<Language, KeyDescriptions>` checks it the same
 * way. Named there, the four catalogs would travel in every bundle that reads ./index.ts (esbuild keeps them).
 */
import type { BriefWords } from '../brief/words';
import type { CoverageWords } from '../coverage/words';
import type { Phrases } from '../draft/phrases';
import type { GitWords } from '../git/words';
import type { ReviewPhrases } from '../draft/reviewPhrases';
import type { Words } from '../i18n/words';
import type { StarterText } from '../starter';
import type { CliMessages } from './cliMessages';
import type { LanguageRules } from './rules';

/** How a language writes calendar dates: the `Intl` tag, and what `Intl` does not do (French "1er"). */
export interface DateLocale {
  /** The tag given to `Intl.DateTimeFormat`: a region too, so the order of day and month is fixed. */
  tag: string;
  /** The written date (day first) with the first of the month as the language writes it. */
  firstOfMonth: (date: string) => string;
}

/** Everything a language needs; each family is read through ./index.ts, one bundle carrying only what it uses. */
export interface LanguagePack {
  /** The client draft (and the cadence reminder). */
  draft: Phrases;
  /** The review points and `--explain`: for the tech lead, never in the draft. */
  review: ReviewPhrases;
  /** The UI's words: the tree, coverage notes, problems in project.yaml, the client page, git and history notes. */
  words: Words;
  /** The `candor` CLI's messages. */
  cli: CliMessages;
  /** The call brief (internal, for the tech lead). */
  brief: BriefWords;
  /** The starter project.yaml's comments and placeholders. */
  starter: StarterText;
  /** Why git was not run or did not answer: refused values, git's failures, a log that could not be read. */
  git: GitWords;
  /** The problems of a coverage report (finding, reading, parsing it). */
  coverage: CoverageWords;
  /** How commit messages written in the language are read. */
  rules: LanguageRules;
  /** Dates. */
  locale: DateLocale;
}
