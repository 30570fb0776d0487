/**
 * The CLI's words in the terminal's language (`LC_ALL`, `LC_MESSAGES`, `LANG`; unknown → English). What scripts
 * read stays as it is in every language: the `file:line:col: severity:` form of problem lines (their message is
 * in the language, from `words.problems`), `--json`, the options and the values of project.yaml. Each command
 * picks its messages when it runs, from the environment it runs in.
 */
import { wordsFor, type Words } from '../core/i18n';
import { pickLanguage } from '../core/locale';
import { CLI } from '../core/lang';
import type { CliMessages } from '../core/lang/cliMessages';
import type { Language } from '../core/model/schema';

export type { CliMessages, CommandName } from '../core/lang/cliMessages';

/** The terminal's language: the first of LC_ALL, LC_MESSAGES and LANG that is set, as pickLanguage reads it. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  return pickLanguage(env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en');
}

/** The CLI's messages and the core's words (coverage notes) in the terminal's language. */
export function cliMessages(env: NodeJS.ProcessEnv = process.env): { m: CliMessages; words: Words } {
  const language = cliLanguage(env);
  return { m: CLI[language], words: wordsFor(language) };
}

/** Every catalog, for the tests. */
export const cliCatalogs: Readonly<Record<Language, CliMessages>> = CLI;
