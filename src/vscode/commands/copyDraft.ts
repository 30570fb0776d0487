import * as vscode from 'vscode';
import type * as Draft from '../../lazy/draft';
import { Commands } from '../constants';
import type { Drafts } from '../draft/drafts';
import { loadLazy } from '../lazy';
import type { Command } from './command';

/** Candor: Copy Draft as Markdown / as Plain Text — the draft as edited, for a wiki or an email. */
export class CopyDraftCommand implements Command {
  readonly id: string;

  constructor(private readonly drafts: Drafts, private readonly format: 'markdown' | 'text') {
    this.id = format === 'markdown' ? Commands.copyDraftMarkdown : Commands.copyDraftText;
  }

  async execute(uri?: vscode.Uri): Promise<string | undefined> {
    const draft = this.drafts.find(uri);
    if (!draft) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Draft a client status update first (Candor: Draft Client Status Update).'));
      return undefined;
    }
    const markdown = draft.document.getText();
    const text = this.format === 'markdown' ? markdown : loadLazy<typeof Draft>('draft').markdownToPlainText(markdown);
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(this.format === 'markdown' ? vscode.l10n.t('Candor: draft copied as Markdown') : vscode.l10n.t('Candor: draft copied as plain text'), 3000);
    return text;
  }
}
