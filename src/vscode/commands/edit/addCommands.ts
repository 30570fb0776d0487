import * as vscode from 'vscode';
import { addDecision, addFlag, addTask, isIsoDate, newId, type EditResult } from '../../../core/edits/actions';
import type { ProjectFile, Severity } from '../../../core/model/schema';
import { SEVERITIES } from '../../../core/model/vocabulary';
import type { OutlineNode } from '../../../core/outline';
import { Commands } from '../../constants';
import type { Logger } from '../../logger';
import type { ProjectStore } from '../../projectStore';
import type { ProjectTree } from '../../projectTree';
import { uiWords } from '../../uiWords';
import type { Command } from '../command';
import { applyProjectEdit } from './applyProjectEdit';
import { askDate, askText, pickValue } from './inputs';
import { projectOf } from './pickItem';

/** The answers of an add command, given as its second argument (a keybinding's or a test's) or asked. */
type Answers = Record<string, string | string[] | undefined>;

interface AddSpec {
  id: string;
  list: 'client_tasks' | 'decisions' | 'red_flags';
  ask: (file: ProjectFile) => Promise<Answers | undefined>;
  edit: (text: string, id: string, answers: Answers) => EditResult;
  /** The answer the new item's id is made from. */
  titleKey: string;
}

/** Adds an item from a section's `+` (or the palette): a few questions, then one edit appending the item. */
class AddItemCommand implements Command {
  readonly id: string;

  constructor(
    private readonly spec: AddSpec,
    private readonly store: ProjectStore,
    private readonly tree: ProjectTree,
    private readonly log: Logger,
  ) {
    this.id = spec.id;
  }

  async execute(node?: OutlineNode, given?: Answers): Promise<boolean> {
    const state = await projectOf(this.store, this.tree, node);
    if (!state?.result.ok) return false;
    const file = state.result.value.file;
    // From a tree menu the second argument is the selected rows: only a plain object holds answers.
    const answers = isAnswers(given) ? given : await this.spec.ask(file);
    const title = answers?.[this.spec.titleKey];
    if (!answers || typeof title !== 'string' || !title.trim()) return false;
    const id = newId(title, new Set(file[this.spec.list].map((i) => i.id)), this.spec.list.replace(/s$/, ''));
    this.log.info(`${this.id} ${id}`);
    return applyProjectEdit(this.store, state, (text) => this.spec.edit(text, id, answers), this.log);
  }
}

const isAnswers = (value: unknown): value is Answers =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (a: Answers, key: string) => (typeof a[key] === 'string' && a[key] ? (a[key] as string) : undefined);
const date = (a: Answers, key: string) => (text(a, key) && isIsoDate(text(a, key)!) ? text(a, key) : undefined);

/** A pick among the client's contacts; `many` allows several. Undefined when cancelled, [] when none is chosen. */
async function pickContacts(file: ProjectFile, placeHolder: string, many: boolean): Promise<string[] | undefined> {
  const names = file.client.contacts.map((c) => ({ label: c.name, description: c.role }));
  if (names.length === 0) return [];
  if (many) return (await vscode.window.showQuickPick(names, { placeHolder, canPickMany: true }))?.map((n) => n.label);
  const nobody = { label: vscode.l10n.t('Nobody yet'), description: '' };
  const picked = await vscode.window.showQuickPick([...names, nobody], { placeHolder });
  return picked === undefined ? undefined : picked === nobody ? [] : [picked.label];
}

const task: AddSpec = {
  id: Commands.addClientTask,
  list: 'client_tasks',
  titleKey: 'title',
  ask: async (file) => {
    const title = await askText(vscode.l10n.t('What does the client owe? (the new client task)'));
    if (!title) return undefined;
    const owner = await pickContacts(file, vscode.l10n.t('Who at the client is responsible?'), false);
    if (!owner) return undefined;
    const due = await askDate(vscode.l10n.t('Due date (optional)'), undefined, true);
    return due === undefined ? undefined : { title, owner: owner[0], due };
  },
  edit: (t, id, a) => addTask(t, { id, title: text(a, 'title')!, owner: text(a, 'owner'), due: date(a, 'due') }),
};

const decision: AddSpec = {
  id: Commands.addDecision,
  list: 'decisions',
  titleKey: 'question',
  ask: async (file) => {
    const question = await askText(vscode.l10n.t('Which decision must the client take?'));
    if (!question) return undefined;
    const needs = await pickContacts(file, vscode.l10n.t('Whose approval does it need?'), true);
    if (!needs) return undefined;
    const due = await askDate(vscode.l10n.t('Needed by (optional)'), undefined, true);
    return due === undefined ? undefined : { question, needs, due };
  },
  edit: (t, id, a) =>
    addDecision(t, {
      id,
      question: text(a, 'question')!,
      needs: Array.isArray(a.needs) ? a.needs : undefined,
      due: date(a, 'due'),
    }),
};

const flag: AddSpec = {
  id: Commands.addRedFlag,
  list: 'red_flags',
  titleKey: 'title',
  ask: async () => {
    const title = await askText(vscode.l10n.t('What is fragile? (the new red flag, in one line)'));
    if (!title) return undefined;
    const severity = await pickSeverity();
    if (!severity) return undefined;
    const mitigation = await askText(vscode.l10n.t('The solution brought with it (optional)'), undefined, true);
    return mitigation === undefined ? undefined : { title, severity, mitigation };
  },
  edit: (t, id, a) =>
    addFlag(t, {
      id,
      title: text(a, 'title')!,
      severity: (SEVERITIES as readonly string[]).includes(text(a, 'severity') ?? '')
        ? (text(a, 'severity') as Severity)
        : undefined,
      mitigation: text(a, 'mitigation'),
      paths: Array.isArray(a.paths) ? a.paths : undefined,
    }),
};

/** The severity of a new red flag, medium pre-selected. */
export function pickSeverity(): Promise<Severity | undefined> {
  const { values } = uiWords();
  const ordered = ['medium', ...SEVERITIES.filter((s) => s !== 'medium')] as Severity[];
  return pickValue(vscode.l10n.t('How severe is it?'), ordered, (s) => values.severity[s]);
}

/** Add a client task, a decision or a red flag from the section's `+`. */
export function addCommands(store: ProjectStore, tree: ProjectTree, log: Logger): Command[] {
  return [task, decision, flag].map((spec) => new AddItemCommand(spec, store, tree, log));
}
