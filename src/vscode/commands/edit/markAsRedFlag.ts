import * as vscode from 'vscode';
import { addFlag, newId } from '../../../core/edits/actions';
import { canMarkIn, markerEdit } from '../../../core/edits/marker';
import type { Severity } from '../../../core/model/schema';
import { Commands } from '../../constants';
import type { Logger } from '../../logger';
import { projectUri, type ProjectStore } from '../../projectStore';
import type { Command } from '../command';
import { pickSeverity } from './addCommands';
import { applyProjectEdit } from './applyProjectEdit';
import { askText } from './inputs';

/** What a test or a keybinding can give instead of being asked. */
interface Given {
  title?: string;
  severity?: Severity;
}

/**
 * Marks the selected code as a red flag: writes `RED-FLAG(<id>): <why>` in the file's comment syntax above the
 * selection and adds the flag, with the file as its path, to project.yaml: one workspace edit, one undo step.
 */
export class MarkAsRedFlagCommand implements Command {
  readonly id = Commands.markAsRedFlag;

  constructor(
    private readonly store: ProjectStore,
    private readonly log: Logger,
  ) {}

  async execute(uri?: unknown, range?: unknown, given?: Given): Promise<boolean> {
    // The code action gives the document and the range; the editor menu gives the document only.
    const editor = vscode.window.activeTextEditor;
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    const line = (range instanceof vscode.Range ? range : editor?.selection)?.start.line;
    if (!document || line === undefined) return false;
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    await this.store.ready();
    const state = folder && this.store.get(folder.uri.toString());
    if (!folder || !state?.result.ok || document.uri.toString() === projectUri(folder).toString()) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Mark as Red Flag works on a file of a workspace folder that has a valid project.yaml.'),
      );
      return false;
    }
    if (!canMarkIn(document.languageId)) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Candor does not know how to write a comment in {0} files.', document.languageId),
      );
      return false;
    }
    const title = given?.title ?? (await askText(vscode.l10n.t('What is fragile here? (the red flag, in one line)')));
    if (!title) return false;
    const severity = given?.severity ?? (await pickSeverity());
    if (!severity) return false;
    const id = newId(title, new Set(state.result.value.file.red_flags.map((f) => f.id)), 'flag');
    const marker = markerEdit(document.getText(), line, document.languageId, id, title);
    if (!marker) return false;
    const path = vscode.workspace.asRelativePath(document.uri, false);
    this.log.info(`marked ${path}:${line + 1} as red flag ${id}`);
    return applyProjectEdit(
      this.store,
      state,
      (text) => addFlag(text, { id, title, severity, paths: [path] }),
      this.log,
      { document, edits: [marker] },
    );
  }
}

/** Offers "Mark as Red Flag" on a non-empty selection in a language Candor can comment in. */
