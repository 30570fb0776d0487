import * as vscode from 'vscode';
import { isIsoDate, setTaskDue, setTaskStatus } from '../../../core/edits/actions';
import type { ClientTask } from '../../../core/model/schema';
import { Commands } from '../../constants';
import { uiWords } from '../../uiWords';
import { askDate } from './inputs';
import type { Logger } from '../../logger';
import type { ProjectStore } from '../../projectStore';
import type { ProjectTree } from '../../projectTree';
import type { Command } from '../command';
import { givenText, ItemEditCommand, type ItemAction } from './itemEditCommand';
import type { ItemPick } from './pickItem';

type TaskStatus = ClientTask['status'];

function taskPick(placeHolder: string, applies: (t: ClientTask) => boolean): ItemPick<'client_tasks'> {
  const { values } = uiWords();
  return {
    list: 'client_tasks',
    placeHolder,
    applies,
    none: vscode.l10n.t('No client task to change.'),
    describe: (t) => ({
      label: t.title,
      description: [values.task[t.status], t.owner, t.due].filter(Boolean).join(' · '),
    }),
  };
}

function statusAction(
  id: string,
  status: TaskStatus,
  placeHolder: () => string,
): ItemAction<'client_tasks', TaskStatus> {
  return {
    id,
    pick: () => taskPick(placeHolder(), (t) => t.status !== status),
    ask: async () => status,
    edit: (text, task, value) => setTaskStatus(text, task, value),
  };
}

const setDue: ItemAction<'client_tasks', string> = {
  id: Commands.setTaskDue,
  pick: () => taskPick(vscode.l10n.t('Which client task gets a new due date?'), (t) => t.status !== 'done'),
  ask: async (task, given) =>
    givenText(given, isIsoDate) ?? askDate(vscode.l10n.t('New due date of "{0}"', task.title), task.due),
  edit: (text, task, due) => setTaskDue(text, task, due),
};

/** Mark done, mark blocked, open again, change the due date: what the tree does to a client task. */
export function taskCommands(store: ProjectStore, tree: ProjectTree, log: Logger): Command[] {
  return [
    new ItemEditCommand(
      statusAction(Commands.markTaskDone, 'done', () => vscode.l10n.t('Which client task is done?')),
      store,
      tree,
      log,
    ),
    new ItemEditCommand(
      statusAction(Commands.markTaskBlocked, 'blocked', () => vscode.l10n.t('Which client task is blocked?')),
      store,
      tree,
      log,
    ),
    new ItemEditCommand(
      statusAction(Commands.reopenTask, 'open', () => vscode.l10n.t('Which client task is open again?')),
      store,
      tree,
      log,
    ),
    new ItemEditCommand(setDue, store, tree, log),
  ];
}
