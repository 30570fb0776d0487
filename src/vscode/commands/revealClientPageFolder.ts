import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { ClientPage } from '../report/clientPage';
import type { Command } from './command';

/** Shows the previewed client page's folder in the system's file manager, ready to upload anywhere. */
export class RevealClientPageFolderCommand implements Command {
  readonly id = Commands.revealClientPageFolder;

  constructor(private readonly preview: ClientPage) {}

  async execute(): Promise<void> {
    const shown = this.preview.current();
    if (!shown) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Build the client page first (Candor: Build Client Page).'),
      );
      return;
    }
    await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(shown.index));
  }
}
