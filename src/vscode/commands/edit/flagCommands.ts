import * as vscode from 'vscode';
import { setFlagMitigation, setFlagSeverity, setFlagStatus } from '../../../core/edits/actions';
import type { RedFlag, Severity } from '../../../core/model/schema';
import { FLAG_STATUSES, SEVERITIES } from '../../../core/model/vocabulary';
import { Commands } from '../../constants';
import type { Logger } from '../../logger';
import type { ProjectStore } from '../../projectStore';
import type { ProjectTree } from '../../projectTree';
import { uiWords } from '../../uiWords';
import type { Command } from '../command';
import { askText, pickValue } from './inputs';
import { givenText, ItemEditCommand, type ItemAction } from './itemEditCommand';
import type { ItemPick } from './pickItem';

type Status = RedFlag['status'];

function flagPick(placeHolder: string, applies: (f: RedFlag) => boolean = () => true): ItemPick<'red_flags'> {
  const { values } = uiWords();
  return {
    list: 'red_flags',
    placeHolder,
    applies,
    none: vscode.l10n.t('No red flag to change.'),
    describe: (f) => ({ label: f.title, description: `${values.severity[f.severity]} · ${statusLabel(f.status)}` }),
  };
}

function statusLabel(status: Status): string {
  if (status === 'open') return vscode.l10n.t('open');
  return status === 'mitigated' ? vscode.l10n.t('mitigated') : vscode.l10n.t('closed');
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (text: string): boolean =>
    (values as readonly string[]).includes(text);

const setStatus: ItemAction<'red_flags', Status> = {
  id: Commands.setFlagStatus,
  pick: () => flagPick(vscode.l10n.t('Which red flag?')),
  ask: async (f, given) =>
    (givenText(given, oneOf(FLAG_STATUSES)) as Status | undefined) ??
    pickValue(vscode.l10n.t('Status of "{0}"', f.title), FLAG_STATUSES, statusLabel, f.status),
  edit: (text, id, status) => setFlagStatus(text, id, status),
};

const setSeverity: ItemAction<'red_flags', Severity> = {
  id: Commands.setFlagSeverity,
  pick: () => flagPick(vscode.l10n.t('Which red flag?')),
  ask: async (f, given) =>
    (givenText(given, oneOf(SEVERITIES)) as Severity | undefined) ??
    pickValue(vscode.l10n.t('Severity of "{0}"', f.title), SEVERITIES, (s) => uiWords().values.severity[s], f.severity),
  edit: (text, id, severity) => setFlagSeverity(text, id, severity),
};

const writeMitigation: ItemAction<'red_flags', string> = {
  id: Commands.writeMitigation,
  pick: () => flagPick(vscode.l10n.t('Which red flag gets its solution?'), (f) => !f.mitigation),
  ask: async (f, given) =>
    givenText(given, (s) => s.trim() !== '') ??
    askText(vscode.l10n.t('The solution brought with "{0}" (mitigation)', f.title), f.mitigation),
  edit: (text, id, mitigation) => setFlagMitigation(text, id, mitigation),
};

/** Change a red flag's status or severity; write its mitigation. */
export function flagCommands(store: ProjectStore, tree: ProjectTree, log: Logger): Command[] {
  return [
    new ItemEditCommand(setStatus, store, tree, log),
    new ItemEditCommand(setSeverity, store, tree, log),
    new ItemEditCommand(writeMitigation, store, tree, log),
  ];
}
