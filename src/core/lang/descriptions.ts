/**
 * What each key of project.yaml is for, in every language, in a file of its own: the hover's bundle (complete)
 * carries these catalogs and no other family of the packs (see index.ts).
 */
import type { KeyDescriptions } from '../model/descriptions';
import type { Language } from '../model/vocabulary';
import { de } from './de/descriptions';
import { en } from './en/descriptions';
import { es } from './es/descriptions';
import { fr } from './fr/descriptions';

/** What each key of project.yaml is for (the hover in project.yaml). */
export const DESCRIPTIONS: Readonly<Record<Language, KeyDescriptions>> = { en, fr, es, de };
