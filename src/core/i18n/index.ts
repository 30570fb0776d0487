import type { Language } from '../model/schema';
import { de } from './lang/de';
import { en } from './lang/en';
import { es } from './lang/es';
import { fr } from './lang/fr';
import type { Words } from './words';

export type { Words } from './words';
export { en } from './lang/en';

/** The tree's words in a language (the UI's, from pickLanguage). */
export function wordsFor(language: Language): Words {
  return { en, fr, es, de }[language];
}
