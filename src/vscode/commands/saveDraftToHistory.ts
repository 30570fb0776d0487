import path from 'node:path';
import * as vscode from 'vscode';
import { isoDay } from '../../core/dates';
import { Commands } from '../constants';
import type { Drafts } from '../draft/drafts';
import { historyFolderOf } from '../draft/settings';
import { saveToHistory } from '../../node/statusHistory';
import type { Command } from './command';
import { oneLine } from '../../core/safeText';

/**
 * Candor: Save Draft to Status History — writes the draft, as edited, to `status/YYYY-MM-DD.md`. Committed with
 * the code, that file is how the whole team knows when the last update went out. Never overwrites.
 */
export class SaveDraftToHistoryCommand implements Command {
  readonly id = Commands.saveDraftToHistory;
  constructor(private readonly drafts: Drafts) {}

  async execute(uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const draft = this.drafts.findOrExplain(uri);
    if (!draft) return undefined;
    const folder = historyFolderOf(draft.folder);
    if (!folder) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'The setting candor.status.historyFolder points outside the workspace folder: the draft was not saved.',
        ),
      );
      return undefined;
    }
    const file = await saveToHistory(folder, isoDay(new Date()), draft.document.getText());
    const saved = vscode.Uri.file(file);
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Saved to {0}: commit it so the whole team knows when the last update went out.',
        oneLine(path.relative(draft.folder.uri.fsPath, file)),
      ),
    );
    return saved;
  }
}
