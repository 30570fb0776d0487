import * as vscode from 'vscode';
import type { ItemList } from '../../../core/edits/yamlEdit';
import type { ProjectFile } from '../../../core/model/schema';
import type { OutlineNode } from '../../../core/outline';
import { pickProject } from '../../commandSupport';
import { refusalMessage } from './applyProjectEdit';
import type { ProjectState, ProjectStore } from '../../projectStore';
import type { ProjectTree } from '../../projectTree';

/** An item of project.yaml to act on: its project and its id. */
export interface ItemTarget<L extends ItemList> {
  state: ProjectState;
  item: ProjectFile[L][number];
}

/** What the pick says: its prompt and the row shown for each item. */
export interface ItemPick<L extends ItemList> {
  list: L;
  placeHolder: string;
  /** Which items the command applies to (a task not yet done, an open decision…). */
  applies: (item: ProjectFile[L][number]) => boolean;
  /** Shown when none applies. */
  none: string;
  describe: (item: ProjectFile[L][number]) => { label: string; description?: string };
}

/** The project of a tree row (its root's id) or, from the palette, the one the user picks. */
export async function projectOf(
  store: ProjectStore,
  tree: ProjectTree,
  node: OutlineNode | undefined,
): Promise<ProjectState | undefined> {
  const state = node
    ? store.get(tree.folderOf(node))
    : await pickProject(store, undefined, {
        placeHolder: vscode.l10n.t('Which project?'),
        invalid: (folder) => vscode.l10n.t('project.yaml in {0} has problems: fix them first.', folder),
      });
  return state?.result.ok ? state : undefined;
}

/**
 * The item a command acts on: the tree row's when it was run from the tree (its id is the row id's last part),
 * else the user's pick among the items it applies to, keyboard only.
 */
export async function pickItem<L extends ItemList>(
  store: ProjectStore,
  tree: ProjectTree,
  node: OutlineNode | undefined,
  pick: ItemPick<L>,
): Promise<ItemTarget<L> | undefined> {
  const fromRow = node && isItemRow(node, pick.list) ? node : undefined;
  const state = await projectOf(store, tree, fromRow);
  if (!state?.result.ok) return undefined;
  const items = state.result.value.file[pick.list] as Array<ProjectFile[L][number]>;
  if (fromRow) {
    const id = fromRow.id.slice(fromRow.id.lastIndexOf('/') + 1);
    const item = items.find((i) => i.id === id);
    if (item) return { state, item };
    void vscode.window.showWarningMessage(refusalMessage({ reason: 'gone', id }));
    await store.reload(state.folder);
    return undefined;
  }
  const candidates = items.filter(pick.applies);
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(pick.none);
    return undefined;
  }
  const chosen = await vscode.window.showQuickPick(
    candidates.map((item) => ({ ...pick.describe(item), item })),
    { placeHolder: pick.placeHolder, matchOnDescription: true },
  );
  return chosen && { state, item: chosen.item };
}

const ROW_KIND: Record<ItemList, OutlineNode['kind']> = {
  client_tasks: 'clientTask',
  decisions: 'decision',
  milestones: 'milestone',
  red_flags: 'redFlag',
};

/** Whether a tree row is an item of `list` (its rows' ids end with `/<list>/<id>`). */
export function isItemRow(node: OutlineNode, list: ItemList): boolean {
  return node.kind === ROW_KIND[list] && node.id.slice(0, node.id.lastIndexOf('/')).endsWith(`/${list}`);
}
