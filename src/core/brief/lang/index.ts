import type { Language } from '../../model/schema';
import type { BriefWords } from '../words';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

const CATALOGS: Record<Language, BriefWords> = { en, fr, es, de };

/** The brief's words in a language (the UI's, not the client's). */
export function briefWordsFor(language: Language): BriefWords {
  return CATALOGS[language];
}

/** Every catalog, for the tests. */
export const briefCatalogs: Readonly<Record<Language, BriefWords>> = CATALOGS;
