import { LANGUAGES, type Language } from './model/vocabulary';

/** Whether Candor has a language pack of that exact name (`fr`; not `fr-CA`, not `it`): for `--lang` and the like. */
export function isLanguage(value: string | undefined): value is Language {
  return LANGUAGES.some((l) => l === value);
}

/**
 * The language pack for a locale tag: VS Code's display language (`fr-CA`, `de`, `pt-br`) or a POSIX locale from
 * `LANG`/`LC_ALL` (`es_ES.UTF-8`). Only the primary subtag counts. `undefined` when Candor has no pack for it:
 * the caller decides what happens then.
 */
export function languageOf(tag: string): Language | undefined {
  const primary =
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? '';
  return isLanguage(primary) ? primary : undefined;
}

/**
 * The UI's language (VS Code, the terminal, the starter): the tag's pack, or English when Candor has none for it,
 * as VS Code itself shows English for a display language whose pack is not installed.
 */
export function pickLanguage(tag: string): Language {
  return languageOf(tag) ?? 'en';
}
