import * as vscode from 'vscode';
import { isoDay } from '../../core/dates';
import { draftReminder } from '../../core/reminder';
import { readLastUpdate } from '../../node/statusHistory';
import { pickProject } from '../commandSupport';
import { Commands } from '../constants';
import { draftLanguage, historyFolderOf } from '../draft/settings';
import type { ProjectStore } from '../projectStore';
import type { Command } from './command';

/** Arguments for callers that already know the project (tests, a tree item): no pick is shown. */
export interface ReminderRequest {
  /** The workspace folder, as a URI string; default: the only project, or a pick. */
  folder?: string;
}

/**
 * Candor: Draft Client Reminder — a short, polite message in the client's language listing the client tasks
 * overdue or due before the next call, with their dates; no blame, no team name. It opens as an editable
 * untitled document with a Copy button (nothing is sent). With nothing owed it says so and opens nothing.
 */
export class DraftClientReminderCommand implements Command {
  readonly id = Commands.draftClientReminder;

  constructor(private readonly store: ProjectStore) {}

  async execute(request: ReminderRequest = {}): Promise<vscode.TextDocument | undefined> {
    const project = await pickProject(this.store, request.folder, {
      placeHolder: vscode.l10n.t('Remind the client of which project?'),
      invalid: (name) =>
        vscode.l10n.t(
          '{0}/project.yaml has problems: fix them (see the Problems panel) before drafting a reminder.',
          name,
        ),
    });
    const loaded = project?.result;
    if (!project || !loaded?.ok) return undefined;
    // File names only: the reminder needs the last update's day, never git, so it works in Restricted Mode too.
    const folder = historyFolderOf(project.folder);
    const today = new Date();
    const lastUpdate = folder ? await readLastUpdate(folder, today) : undefined;
    const reminder = draftReminder({
      project: loaded.value.file,
      today: isoDay(today),
      lastUpdate,
      language: draftLanguage(project.folder),
    });
    if (reminder.text === '') {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Nothing is overdue or due before the next call ({0}): no reminder to send.', reminder.nextCall),
      );
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: reminder.text });
    await vscode.window.showTextDocument(document, { preview: false });
    const copy = vscode.l10n.t('Copy');
    const summary =
      reminder.items.length === 1
        ? vscode.l10n.t('Reminder of 1 client task: edit it, then copy it. Nothing is sent.')
        : vscode.l10n.t('Reminder of {0} client tasks: edit it, then copy it. Nothing is sent.', reminder.items.length);
    void vscode.window.showInformationMessage(summary, copy).then(async (answer) => {
      if (answer === copy) await vscode.commands.executeCommand(Commands.copyReminder, document.uri);
    });
    return document;
  }
}
