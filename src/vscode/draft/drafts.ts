import * as vscode from 'vscode';
import { ContextKeys } from '../constants';
import { setContext } from '../contextKeys';
import { Disposable } from '../disposable';

/** The drafts Candor opened, and the project folder each belongs to; sets `candor.draftActive` for the toolbar. */
export class Drafts extends Disposable {
  private readonly folders = new Map<string, vscode.WorkspaceFolder>();

  constructor() {
    super();
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.folders.delete(d.uri.toString())));
  }

  add(document: vscode.TextDocument, folder: vscode.WorkspaceFolder): void {
    this.folders.set(document.uri.toString(), folder);
    this.updateContext();
  }

  /** The draft to act on: the given document, else the active editor's, else the last draft opened. */
  find(uri?: vscode.Uri): { document: vscode.TextDocument; folder: vscode.WorkspaceFolder } | undefined {
    const candidates = [uri?.toString(), vscode.window.activeTextEditor?.document.uri.toString(), [...this.folders.keys()].at(-1)];
    for (const key of candidates) {
      const folder = key && this.folders.get(key);
      const document = folder && vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (folder && document) return { document, folder };
    }
    return undefined;
  }

  private updateContext(): void {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    setContext(ContextKeys.draftActive, active !== undefined && this.folders.has(active));
  }
}
