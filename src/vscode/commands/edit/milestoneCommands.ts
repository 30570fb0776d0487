import * as vscode from 'vscode';
import { daysUntil } from '../../../core/dates';
import { isIsoDate, moveMilestone, setMilestoneStatus } from '../../../core/edits/actions';
import type { Milestone } from '../../../core/model/schema';
import { MILESTONE_STATUSES } from '../../../core/model/vocabulary';
import { Commands } from '../../constants';
import type { Logger } from '../../logger';
import type { ProjectStore } from '../../projectStore';
import type { ProjectTree } from '../../projectTree';
import { uiWords } from '../../uiWords';
import type { Command } from '../command';
import { askDate, pickValue } from './inputs';
import { givenText, ItemEditCommand, type ItemAction } from './itemEditCommand';
import type { ItemPick } from './pickItem';

type Status = Milestone['status'];

function milestonePick(placeHolder: string): ItemPick<'milestones'> {
  const { values } = uiWords();
  return {
    list: 'milestones',
    placeHolder,
    applies: () => true,
    none: vscode.l10n.t('There is no milestone in project.yaml.'),
    describe: (m) => ({ label: m.title, description: `${m.due} · ${values.milestone[m.status]}` }),
  };
}

const setStatus: ItemAction<'milestones', Status> = {
  id: Commands.setMilestoneStatus,
  pick: () => milestonePick(vscode.l10n.t('Which milestone?')),
  ask: async (m, given) =>
    (givenText(given, (s) => (MILESTONE_STATUSES as readonly string[]).includes(s)) as Status | undefined) ??
    pickValue(
      vscode.l10n.t('Status of "{0}"', m.title),
      MILESTONE_STATUSES,
      (s) => uiWords().values.milestone[s],
      m.status,
    ),
  edit: (text, id, status) => setMilestoneStatus(text, id, status),
};

const move: ItemAction<'milestones', string> = {
  id: Commands.moveMilestone,
  pick: () => milestonePick(vscode.l10n.t('Which milestone moves?')),
  ask: async (m, given) => {
    const plan = m.baseline ?? m.due;
    const prompt =
      plan === m.due
        ? vscode.l10n.t('New due date of "{0}" (planned for {1}: the plan is kept as baseline)', m.title, plan)
        : vscode.l10n.t(
            'New due date of "{0}" (planned for {1}, now {2} days against plan)',
            m.title,
            plan,
            signed(daysUntil(plan, m.due)),
          );
    return givenText(given, isIsoDate) ?? askDate(prompt, m.due);
  },
  edit: (text, id, due) => moveMilestone(text, id, due),
};

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Set a milestone's status; move its due date, the first one kept as `baseline`. */
export function milestoneCommands(store: ProjectStore, tree: ProjectTree, log: Logger): Command[] {
  return [new ItemEditCommand(setStatus, store, tree, log), new ItemEditCommand(move, store, tree, log)];
}
