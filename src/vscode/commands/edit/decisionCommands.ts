import * as vscode from 'vscode';
import { isIsoDate, recordDecision, type DecisionOutcome } from '../../../core/edits/actions';
import { Commands } from '../../constants';
import type { Logger } from '../../logger';
import type { ProjectStore } from '../../projectStore';
import type { ProjectTree } from '../../projectTree';
import type { Command } from '../command';
import { askDate, askText, pickValue } from './inputs';
import { ItemEditCommand, type ItemAction } from './itemEditCommand';

interface Outcome {
  status: DecisionOutcome;
  text?: string;
  on: string;
}

const OUTCOMES: readonly DecisionOutcome[] = ['decided', 'dropped'];

/** The outcome from the command's arguments (`decided|dropped`, text, date) or asked: a pick, a text, a date. */
async function askOutcome(question: string, given: unknown[], today: string): Promise<Outcome | undefined> {
  const [status, text, on] = given;
  if (typeof status === 'string' && OUTCOMES.includes(status as DecisionOutcome)) {
    const day = typeof on === 'string' && isIsoDate(on) ? on : today;
    return { status: status as DecisionOutcome, text: typeof text === 'string' ? text : undefined, on: day };
  }
  const picked = await pickValue(vscode.l10n.t('Outcome of "{0}"', question), OUTCOMES, (o) =>
    o === 'decided' ? vscode.l10n.t('Decided') : vscode.l10n.t('Dropped'),
  );
  if (!picked) return undefined;
  const said = await askText(
    picked === 'decided' ? vscode.l10n.t('What was decided?') : vscode.l10n.t('Why was it dropped? (optional)'),
    undefined,
    picked === 'dropped',
  );
  if (said === undefined) return undefined;
  const day = await askDate(vscode.l10n.t('When? (decided_on)'), today);
  return day === undefined ? undefined : { status: picked, text: said || undefined, on: day };
}

const record: ItemAction<'decisions', Outcome> = {
  id: Commands.recordDecision,
  pick: () => ({
    list: 'decisions',
    placeHolder: vscode.l10n.t('Which decision was taken?'),
    applies: (d) => d.status === 'open',
    none: vscode.l10n.t('No open decision.'),
    describe: (d) => ({ label: d.question, description: [d.needs?.join(', '), d.due].filter(Boolean).join(' · ') }),
  }),
  ask: (decision, given, today) => askOutcome(decision.question, given, today),
  edit: (text, id, outcome) => recordDecision(text, id, outcome),
};

/** Record a decision's outcome: decided or dropped, what was decided, the day. */
export function decisionCommands(store: ProjectStore, tree: ProjectTree, log: Logger): Command[] {
  return [new ItemEditCommand(record, store, tree, log)];
}
