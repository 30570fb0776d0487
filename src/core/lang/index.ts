/**
 * The language packs, by family. Every table is a `Record<Language, …>`: adding a language to LANGUAGES
 * (model/schema.ts) without its pack is a compile error here, naming each family it lacks. A bundle that imports
 * this file carries every table in it: a family that a small bundle needs alone has its own file (words.ts,
 * git.ts, coverage.ts, and descriptions.ts, the hover's, which is not in the packs' index: see ./pack.ts), which
 * its users import directly.
 */
import type { BriefWords } from '../brief/words';
import type { Phrases } from '../draft/phrases';
import type { ReviewPhrases } from '../draft/reviewPhrases';
import type { Language } from '../model/vocabulary';
import type { StarterText } from '../starter';
import type { CliMessages } from './cliMessages';
import type { LanguageRules } from './rules';
import * as de from './de';
import * as en from './en';
import * as es from './es';
import * as fr from './fr';
import type { DateLocale, LanguagePack } from './pack';

export type { DateLocale, LanguagePack } from './pack';

// The compiler checks every folder against the contract: a family missing from a pack is an error here.
type Complete<T extends Record<Language, LanguagePack>> = T;
export type Packs = Complete<{ en: typeof en; fr: typeof fr; es: typeof es; de: typeof de }>;

/** The client draft's phrases. */
export const DRAFT: Readonly<Record<Language, Phrases>> = { en: en.draft, fr: fr.draft, es: es.draft, de: de.draft };
/** The tech lead's review points and explanation. */
export const REVIEW: Readonly<Record<Language, ReviewPhrases>> = {
  en: en.review,
  fr: fr.review,
  es: es.review,
  de: de.review,
};
/** How each language writes dates. */
export const LOCALE: Readonly<Record<Language, DateLocale>> = {
  en: en.locale,
  fr: fr.locale,
  es: es.locale,
  de: de.locale,
};
/** The UI's words: the tree, coverage notes, problems in project.yaml, the client page's labels, git notes. */
export { WORDS } from './words';
/** The CLI's messages (its diagnostics and notes; what scripts parse stays as it is). */
export const CLI: Readonly<Record<Language, CliMessages>> = { en: en.cli, fr: fr.cli, es: es.cli, de: de.cli };
/** The tech lead's call brief (internal). */
export const BRIEF: Readonly<Record<Language, BriefWords>> = { en: en.brief, fr: fr.brief, es: es.brief, de: de.brief };
/** The starter project.yaml (`candor init`, the "Create project.yaml" command). */
export const STARTER: Readonly<Record<Language, StarterText>> = {
  en: en.starter,
  fr: fr.starter,
  es: es.starter,
  de: de.starter,
};
/** What commit messages in each language are read with (blame rewrites, words left dangling by a removal). */
export const RULES: Readonly<Record<Language, LanguageRules>> = {
  en: en.rules,
  fr: fr.rules,
  es: es.rules,
  de: de.rules,
};
/** Why git was not run or did not answer (its own file: see git.ts). */
export { GIT } from './git';
/** The problems of a coverage report (its own file: see coverage.ts). */
export { COVERAGE } from './coverage';
