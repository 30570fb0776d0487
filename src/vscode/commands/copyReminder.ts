import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { Command } from './command';

/**
 * Copies a reminder as edited (the Copy button of Draft Client Reminder) and says what it copied, as the draft's
 * Copy does. Hidden from the palette: it acts on the reminder document it is given, else the active editor's.
 */
export class CopyReminderCommand implements Command {
  readonly id = Commands.copyReminder;

  async execute(uri?: vscode.Uri): Promise<string | undefined> {
    const key = (uri ?? vscode.window.activeTextEditor?.document.uri)?.toString();
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!document) return undefined;
    const text = document.getText();
    await vscode.env.clipboard.writeText(text);
    const lines = text.trimEnd().split('\n').length;
    void vscode.window.showInformationMessage(
      lines === 1
        ? vscode.l10n.t('Copied the reminder: 1 line.')
        : vscode.l10n.t('Copied the reminder: {0} lines.', lines),
    );
    return text;
  }
}
