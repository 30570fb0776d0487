// Loaded only when VS Code's display language is not English: the tree's French, Spanish and German words stay
// out of the activation bundle (see src/vscode/lazy.ts and src/vscode/uiWords.ts).
import { de } from '../core/i18n/lang/de';
import { es } from '../core/i18n/lang/es';
import { fr } from '../core/i18n/lang/fr';
import type { Words } from '../core/i18n/words';

export const words: Record<'fr' | 'es' | 'de', Words> = { fr, es, de };
