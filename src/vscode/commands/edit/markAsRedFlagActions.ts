import * as vscode from 'vscode';
import type * as Edit from '../../../lazy/edit';
import { Commands } from '../../constants';
import { loadLazy } from '../../lazy';

/**
 * Offers "Mark as Red Flag" on a selection in a file whose comment syntax Candor knows. The syntaxes come with the
 * command, in the edit bundle, loaded on the first non-empty selection.
 */
export class MarkAsRedFlagActions implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.Refactor.append('candor.markAsRedFlag');

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (range.isEmpty || !loadLazy<typeof Edit>('edit').canMarkIn(document.languageId)) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Mark as Red Flag'), MarkAsRedFlagActions.kind);
    action.command = {
      command: Commands.markAsRedFlag,
      title: vscode.l10n.t('Mark as Red Flag'),
      arguments: [document.uri, range],
    };
    return [action];
  }
}
