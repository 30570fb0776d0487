/**
 * The UI's words of every language (the tree, coverage notes, problems in project.yaml, the client page's labels,
 * git notes), in a file of their own: a bundle that needs only them (the tree's, for a display language other than
 * English) does not carry the other families of the packs (see index.ts).
 */
import type { Words } from '../i18n/words';
import type { Language } from '../model/vocabulary';
import { de } from './de/words';
import { en } from './en/words';
import { es } from './es/words';
import { fr } from './fr/words';

/** The UI's words: the tree, coverage notes, problems in project.yaml, the client page's labels, git notes. */
export const WORDS: Readonly<Record<Language, Words>> = { en, fr, es, de };
