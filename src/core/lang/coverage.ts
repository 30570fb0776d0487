/**
 * The coverage family of every language, in a file of its own (like words.ts): a bundle that needs only it (the
 * coverage worker, the CLI's range options) does not carry the other families of the packs (see index.ts).
 */
import type { CoverageWords } from '../coverage/words';
import type { Language } from '../model/vocabulary';
import { de } from './de/coverage';
import { en } from './en/coverage';
import { es } from './es/coverage';
import { fr } from './fr/coverage';

/** The problems of a coverage report (the red-flag analysis, in the worker too). */
export const COVERAGE: Readonly<Record<Language, CoverageWords>> = { en, fr, es, de };
