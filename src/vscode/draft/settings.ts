import path from 'node:path';
import * as vscode from 'vscode';
import type { DraftOptions } from '../../core/draft';
import { LANGUAGES, type Language } from '../../core/model/vocabulary';
import { DEFAULT_HISTORY_FOLDER } from '../../core/model/vocabulary';
import { Settings } from '../constants';
import { uiLanguage } from '../uiWords';

/** The status history folder of a workspace folder (absolute), or undefined when the setting leaves it. */
export function historyFolderOf(folder: vscode.WorkspaceFolder): string | undefined {
  const configured =
    vscode.workspace.getConfiguration('candor', folder.uri).get<string>(Settings.historyFolder) ||
    DEFAULT_HISTORY_FOLDER;
  const root = path.resolve(folder.uri.fsPath);
  const resolved = path.resolve(root, configured);
  const rel = path.relative(root, resolved);
  return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : resolved;
}

/** The draft language from the settings; undefined means project.yaml's. */
export function draftLanguage(folder: vscode.WorkspaceFolder): Language | undefined {
  const value = vscode.workspace.getConfiguration('candor', folder.uri).get<string>(Settings.draftLanguage);
  return LANGUAGES.find((l) => l === value);
}

/** The drafting settings of a workspace folder. */
export function draftOptions(folder: vscode.WorkspaceFolder): DraftOptions {
  const config = vscode.workspace.getConfiguration('candor', folder.uri);
  return {
    noiseTypes: config.get<string[]>(Settings.noiseTypes),
    ticketPatterns: config.get<string[]>(Settings.ticketPatterns),
    allowedHosts: config.get<string[]>(Settings.allowedHosts),
    // The review points and the explanation are for the tech lead: in VS Code's language, not the client's.
    reviewLanguage: uiLanguage(),
  };
}
