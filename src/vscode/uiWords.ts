import * as vscode from 'vscode';
import { en } from '../core/lang/en/words';
import type { Words } from '../core/i18n/words';
import { pickLanguage } from '../core/locale';
import type { Language } from '../core/model/schema';
import type * as LazyWords from '../lazy/words';
import { loadLazy } from './lazy';

/** The UI's language: VS Code's display language, as pickLanguage reads it (the brief follows it too). */
export function uiLanguage(): Language {
  return pickLanguage(vscode.env.language);
}

/** The core's words (tree rows, coverage notes, due dates) in VS Code's display language; English is built in. */
export function uiWords(): Words {
  const language = uiLanguage();
  return language === 'en' ? en : loadLazy<typeof LazyWords>('words').words[language];
}
