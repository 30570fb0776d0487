import { LANGUAGES, type Language } from './model/vocabulary';

/**
 * The starter language for a locale tag: VS Code's display language (`fr-CA`, `de`, `pt-br`) or a POSIX locale
 * from `LANG`/`LC_ALL` (`es_ES.UTF-8`). Only the primary subtag counts; anything else falls back to English.
 */
export function pickLanguage(vscodeDisplayLanguage: string): Language {
  const primary =
    vscodeDisplayLanguage
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? '';
  return LANGUAGES.find((l) => l === primary) ?? 'en';
}
