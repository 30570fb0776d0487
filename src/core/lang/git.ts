/**
 * The git family of every language, in a file of its own (like words.ts): a bundle that needs only it (the
 * coverage worker, the CLI's range options) does not carry the other families of the packs (see index.ts).
 */
import type { GitWords } from '../git/words';
import type { Language } from '../model/vocabulary';
import { de } from './de/git';
import { en } from './en/git';
import { es } from './es/git';
import { fr } from './fr/git';

/** Why git was not run or did not answer (the CLI, the draft, the brief and the tree's "since" section). */
export const GIT: Readonly<Record<Language, GitWords>> = { en, fr, es, de };
