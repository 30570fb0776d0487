import { isoDay } from '../../../core/dates';
import type { EditResult } from '../../../core/edits/actions';
import type { ItemList } from '../../../core/edits/yamlEdit';
import type { ProjectFile } from '../../../core/model/schema';
import type { OutlineNode } from '../../../core/outline';
import type { Logger } from '../../logger';
import type { ProjectStore } from '../../projectStore';
import type { ProjectTree } from '../../projectTree';
import type { Command } from '../command';
import { applyProjectEdit } from './applyProjectEdit';
import { pickItem, type ItemPick } from './pickItem';

/** One action on an item of project.yaml: which items it applies to, what it asks, the edit it makes. */
export interface ItemAction<L extends ItemList, V> {
  id: string;
  /** Built when the command runs, so that its words are in the current display language. */
  pick: () => ItemPick<L>;
  /**
   * The value to write: `given` holds the command's extra arguments (a keybinding's or a test's answer), else
   * the user is asked. Undefined when the user cancels.
   */
  ask: (item: ProjectFile[L][number], given: unknown[], today: string) => Promise<V | undefined>;
  edit: (text: string, id: string, value: V) => EditResult;
}

/**
 * Runs an item action from a tree row (`node`) or from the palette (a pick of the items it applies to), then
 * writes the edit into the open project.yaml.
 */
export class ItemEditCommand<L extends ItemList, V> implements Command {
  readonly id: string;

  constructor(
    private readonly action: ItemAction<L, V>,
    private readonly store: ProjectStore,
    private readonly tree: ProjectTree,
    private readonly log: Logger,
  ) {
    this.id = action.id;
  }

  async execute(node?: OutlineNode, ...given: unknown[]): Promise<boolean> {
    const target = await pickItem(this.store, this.tree, node, this.action.pick());
    if (!target) return false;
    const value = await this.action.ask(target.item, given, isoDay(new Date()));
    if (value === undefined) return false;
    this.log.info(`${this.id} ${target.item.id}`);
    return applyProjectEdit(
      this.store,
      target.state,
      (text) => this.action.edit(text, target.item.id, value),
      this.log,
    );
  }
}

/** The first extra argument when it is a string that `valid` accepts. */
export function givenText(given: unknown[], valid: (text: string) => boolean = () => true): string | undefined {
  const first = given[0];
  return typeof first === 'string' && valid(first) ? first : undefined;
}
