// The commands that act on project.yaml from the tree and the palette, each writing the smallest edit.
import type { Logger } from '../../logger';
import type { ProjectStore } from '../../projectStore';
import type { ProjectTree } from '../../projectTree';
import type { Command } from '../command';
import { addCommands } from './addCommands';
import { decisionCommands } from './decisionCommands';
import { flagCommands } from './flagCommands';
import { MarkAsRedFlagCommand } from './markAsRedFlag';
import { milestoneCommands } from './milestoneCommands';
import { PauseReminderCommand } from './pauseReminder';
import { taskCommands } from './taskCommands';

/** Every edit command, built over the store and the tree. */
export function editCommands(store: ProjectStore, tree: ProjectTree, log: Logger): Command[] {
  return [
    ...taskCommands(store, tree, log),
    ...decisionCommands(store, tree, log),
    ...milestoneCommands(store, tree, log),
    ...flagCommands(store, tree, log),
    ...addCommands(store, tree, log),
    new PauseReminderCommand(store, tree, log),
    new MarkAsRedFlagCommand(store, log),
  ];
}
