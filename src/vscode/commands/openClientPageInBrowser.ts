import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { ClientPage } from '../report/clientPage';
import type { Command } from './command';

/** Opens the previewed client page's index.html in the default browser (a file: URI, nothing is uploaded). */
export class OpenClientPageInBrowserCommand implements Command {
  readonly id = Commands.openClientPageInBrowser;

  constructor(private readonly preview: ClientPage) {}

  async execute(): Promise<boolean> {
    const shown = this.preview.current();
    if (!shown) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Build the client page first (Candor: Build Client Page).'),
      );
      return false;
    }
    return vscode.env.openExternal(vscode.Uri.file(shown.index));
  }
}
