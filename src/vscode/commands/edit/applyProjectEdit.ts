import * as vscode from 'vscode';
import type { EditRefusal, EditResult } from '../../../core/edits/yamlEdit';
import type { TextEdit } from '../../../core/model/toggle';
import type { Logger } from '../../logger';
import type { ProjectState, ProjectStore } from '../../projectStore';

/** Another document's edits that go into the same workspace edit (one undo step for both). */
export interface ExtraEdit {
  document: vscode.TextDocument;
  edits: readonly TextEdit[];
}

/**
 * Applies the edits that `compute` makes from project.yaml's text to the open document, like a tick in the tree:
 * unsaved edits are kept, undo works, a file that was clean before is saved after. Nothing is written when the
 * document no longer holds the text the tree was drawn from, or when the edit is refused: the user is told why
 * and the tree is refreshed.
 */
export async function applyProjectEdit(
  store: ProjectStore,
  state: ProjectState,
  compute: (text: string) => EditResult,
  log: Logger,
  extra?: ExtraEdit,
): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(state.uri);
  const text = document.getText();
  const result = text === state.text ? compute(text) : undefined;
  if (!result?.ok) {
    const why = refusalMessage(result ?? { reason: 'changed' });
    log.warn(`edit refused: ${why}`);
    void vscode.window.showWarningMessage(why);
    await store.reload(state.folder);
    return false;
  }
  if (result.edits.length === 0 && !extra) return true;
  const documents = extra ? [document, extra.document] : [document];
  const wasDirty = documents.map((d) => d.isDirty);
  const workspaceEdit = new vscode.WorkspaceEdit();
  addEdits(workspaceEdit, document, result.edits);
  if (extra) addEdits(workspaceEdit, extra.document, extra.edits);
  if (!(await vscode.workspace.applyEdit(workspaceEdit))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Candor could not edit project.yaml (is it read-only?).'));
    return false;
  }
  await Promise.all(documents.map((d, i) => (wasDirty[i] || d.isUntitled ? true : d.save())));
  // The tree shows the change at once, and a next action starts from the text just written.
  await store.reload(state.folder);
  return true;
}

function addEdits(workspaceEdit: vscode.WorkspaceEdit, document: vscode.TextDocument, edits: readonly TextEdit[]) {
  for (const { offset, length, text } of edits) {
    const range = new vscode.Range(document.positionAt(offset), document.positionAt(offset + length));
    workspaceEdit.replace(document.uri, range, text);
  }
}

/** Why an edit was not made, in the user's language. */
export function refusalMessage(refusal: EditRefusal | { reason: 'changed' }): string {
  switch (refusal.reason) {
    case 'syntax':
      return vscode.l10n.t('project.yaml has a syntax error: fix it first, then try again.');
    case 'gone':
      return vscode.l10n.t('"{0}" is no longer in project.yaml: the tree has been refreshed.', refusal.id);
    case 'exists':
      return vscode.l10n.t('The id "{0}" is already used in project.yaml: choose another one.', refusal.id);
    case 'shared':
      return vscode.l10n.t(
        '"{0}" is shared with other places of project.yaml (an anchor or an alias): edit it there by hand.',
        refusal.key,
      );
    case 'noPlace':
      return vscode.l10n.t('Candor cannot write "{0}" where it stands in project.yaml: edit it by hand.', refusal.key);
    case 'changed':
      return vscode.l10n.t('project.yaml changed since the tree was drawn: the tree has been refreshed, try again.');
  }
}
