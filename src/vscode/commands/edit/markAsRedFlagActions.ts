import * as vscode from 'vscode';
import { canMarkIn } from '../../../core/edits/marker';
import { Commands } from '../../constants';

/** Offers "Mark as Red Flag" on a selection in a file whose comment syntax Candor knows (the command is lazy). */
export class MarkAsRedFlagActions implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.Refactor.append('candor.markAsRedFlag');

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (range.isEmpty || !canMarkIn(document.languageId)) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Mark as Red Flag'), MarkAsRedFlagActions.kind);
    action.command = {
      command: Commands.markAsRedFlag,
      title: vscode.l10n.t('Mark as Red Flag'),
      arguments: [document.uri, range],
    };
    return [action];
  }
}
