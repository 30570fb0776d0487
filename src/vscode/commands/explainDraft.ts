import * as vscode from 'vscode';
import { Commands } from '../constants';
import { ExplainDocuments } from '../draft/draftReview';
import type { Drafts } from '../draft/drafts';
import type { Command } from './command';

/**
 * Candor: Explain Draft — opens beside the draft, read-only, what became of each commit of the range: a line of
 * the draft, merged into one, left out by the cap, or hidden and why, with the words removed from it.
 */
export class ExplainDraftCommand implements Command {
  readonly id = Commands.explainDraft;
  constructor(private readonly drafts: Drafts) {}

  async execute(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    const draft = this.drafts.findOrExplain(uri);
    if (!draft) return undefined;
    const document = await vscode.workspace.openTextDocument(ExplainDocuments.uriFor(draft.document.uri));
    await vscode.window.showTextDocument(document, {
      viewColumn: vscode.ViewColumn.Beside,
      preview: true,
      preserveFocus: true,
    });
    return document;
  }
}
