import * as vscode from 'vscode';
import { toggleChecklistEdit } from '../../core/model/toggle';
import type { OutlineNode } from '../../core/outline';
import { Commands } from '../constants';
import type { Logger } from '../logger';
import type { ProjectStore } from '../projectStore';
import type { ProjectTree } from '../projectTree';
import { uiWords } from '../uiWords';
import type { Command } from './command';

/**
 * Ticks or unticks a checklist item. The edit goes into the open document (unsaved edits kept, undo works) and
 * changes only that item's `done`; a file left clean before the tick is saved after it. If the document no
 * longer matches what the tree shows, nothing is written and the tree is refreshed.
 */
export class ToggleChecklistItemCommand implements Command {
  readonly id = Commands.toggleChecklistItem;

  constructor(
    private readonly store: ProjectStore,
    private readonly tree: ProjectTree,
    private readonly log: Logger,
  ) {}

  async execute(node?: OutlineNode): Promise<boolean> {
    const target = node ?? this.tree.view.selection[0];
    // The Space key reaches here for any row; only checklist items toggle.
    if (!target?.target || target.checked === undefined) return false;
    const state = this.store.get(this.tree.folderOf(target));
    if (!state) return false;
    const document = await vscode.workspace.openTextDocument(state.uri);
    const text = document.getText();
    const edit =
      text === state.text
        ? toggleChecklistEdit(text, { ...target.target, seen: target.checked }, uiWords().problems)
        : undefined;
    if (!edit?.ok) {
      const why =
        edit?.issues[0]?.message ??
        vscode.l10n.t('project.yaml changed since the tree was drawn: the tree has been refreshed, try again.');
      this.log.warn(`toggle ${target.target.item} refused: ${why}`);
      void vscode.window.showWarningMessage(why);
      await this.store.reload(state.folder);
      return false;
    }
    const wasDirty = document.isDirty;
    const { offset, length, text: replacement } = edit.value;
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(
      state.uri,
      new vscode.Range(document.positionAt(offset), document.positionAt(offset + length)),
      replacement,
    );
    if (!(await vscode.workspace.applyEdit(workspaceEdit))) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Candor could not edit project.yaml (is it read-only?).'));
      return false;
    }
    if (!wasDirty) await document.save();
    return true;
  }
}
