import * as vscode from 'vscode';
import type * as Draft from '../../lazy/draft';
import { Commands } from '../constants';
import type { Drafts } from '../draft/drafts';
import { loadLazy } from '../lazy';
import type { Command } from './command';

/**
 * Candor: Copy Draft as Markdown / as Plain Text — the draft as edited, for a wiki or an email, and says what it
 * copied. The review points are beside the draft, never in it, so they are never copied.
 */
export class CopyDraftCommand implements Command {
  readonly id: string;

  constructor(
    private readonly drafts: Drafts,
    private readonly format: 'markdown' | 'text',
  ) {
    this.id = format === 'markdown' ? Commands.copyDraftMarkdown : Commands.copyDraftText;
  }

  async execute(uri?: vscode.Uri): Promise<string | undefined> {
    const draft = this.drafts.findOrExplain(uri);
    if (!draft) return undefined;
    const markdown = draft.document.getText();
    const text = this.format === 'markdown' ? markdown : loadLazy<typeof Draft>('draft').markdownToPlainText(markdown);
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(this.confirmation(text.trimEnd().split('\n').length));
    return text;
  }

  private confirmation(lines: number): string {
    if (this.format === 'markdown') {
      return lines === 1
        ? vscode.l10n.t('Copied the draft as Markdown: 1 line.')
        : vscode.l10n.t('Copied the draft as Markdown: {0} lines.', lines);
    }
    return lines === 1
      ? vscode.l10n.t('Copied the draft as plain text: 1 line.')
      : vscode.l10n.t('Copied the draft as plain text: {0} lines.', lines);
  }
}
