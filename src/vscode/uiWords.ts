import * as vscode from 'vscode';
import { en } from '../core/i18n/lang/en';
import type { Words } from '../core/i18n/words';
import { pickLanguage } from '../core/locale';
import type * as LazyWords from '../lazy/words';
import { loadLazy } from './lazy';

/** The core's words (tree rows, coverage notes, due dates) in VS Code's display language; English is built in. */
export function uiWords(): Words {
  const language = pickLanguage(vscode.env.language);
  return language === 'en' ? en : loadLazy<typeof LazyWords>('words').words[language];
}
