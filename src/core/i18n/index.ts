import { WORDS } from '../lang/words';
import type { Language } from '../model/schema';
import type { Words } from './words';

export type { Words } from './words';
export { en } from '../lang/en/words';

/** The tree's words in a language (the UI's, from pickLanguage; see src/core/lang). */
export function wordsFor(language: Language): Words {
  return WORDS[language];
}
