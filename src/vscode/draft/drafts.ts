import * as vscode from 'vscode';
import type { DraftWarning, ExplainEntry } from '../../core/draft/types';
import { ContextKeys } from '../constants';
import { setContext } from '../contextKeys';
import { Disposable } from '../disposable';
import { DraftHover, ExplainDocuments, reviewDiagnostics } from './draftReview';

/** What the tech lead reads beside a draft, never in it: the review points and why each line is there. */
export interface DraftReview {
  warnings: readonly DraftWarning[];
  explain: readonly ExplainEntry[];
  /** The explanation as text, in the UI's language (the Explain Draft view). */
  explainText: string;
}

/** A draft Candor opened: its document, project folder and review. */
export interface OpenDraft {
  document: vscode.TextDocument;
  folder: vscode.WorkspaceFolder;
  review: DraftReview;
}

/**
 * The drafts Candor opened, the project folder of each and its review; sets `candor.draftActive` for the toolbar.
 * Owns what shows the review beside the draft: diagnostics on its lines, a hover listing the commits behind each
 * line, and the read-only explanation documents. All of it is dropped when the draft closes.
 */
export class Drafts extends Disposable {
  private readonly drafts = new Map<string, { folder: vscode.WorkspaceFolder; review: DraftReview }>();
  private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('candor-draft'));

  constructor() {
    super();
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)));
    const reviewOf = (uri: string) => this.drafts.get(uri)?.review;
    this.register(
      vscode.workspace.registerTextDocumentContentProvider(ExplainDocuments.scheme, new ExplainDocuments(reviewOf)),
    );
    this.register(
      vscode.languages.registerHoverProvider({ scheme: 'untitled', language: 'markdown' }, new DraftHover(reviewOf)),
    );
  }

  add(document: vscode.TextDocument, folder: vscode.WorkspaceFolder, review: DraftReview): void {
    this.drafts.set(document.uri.toString(), { folder, review });
    this.diagnostics.set(document.uri, reviewDiagnostics(document, review.warnings));
    this.updateContext();
  }

  /** The draft to act on: the given document, else the active editor's, else the last draft opened. */
  find(uri?: vscode.Uri): OpenDraft | undefined {
    const candidates = [
      uri?.toString(),
      vscode.window.activeTextEditor?.document.uri.toString(),
      [...this.drafts.keys()].at(-1),
    ];
    for (const key of candidates) {
      const draft = key && this.drafts.get(key);
      const document = draft && vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (draft && document) return { document, ...draft };
    }
    return undefined;
  }

  /** `find`, or, when there is no draft to act on, a message that says how to make one. */
  findOrExplain(uri?: vscode.Uri): OpenDraft | undefined {
    const draft = this.find(uri);
    if (!draft)
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Draft a client status update first (Candor: Draft Client Status Update).'),
      );
    return draft;
  }

  private forget(uri: vscode.Uri): void {
    if (!this.drafts.delete(uri.toString())) return;
    this.diagnostics.delete(uri);
    this.updateContext();
  }

  private updateContext(): void {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    setContext(ContextKeys.draftActive, active !== undefined && this.drafts.has(active));
  }
}
