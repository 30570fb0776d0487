import * as vscode from 'vscode';
import { isoDay } from '../core/dates';
import type { CompletionContext, Suggestion } from '../core/edit/complete';
import type * as Complete from '../lazy/complete';
import { PROJECT_FILE } from './constants';
import { Disposable } from './disposable';
import type { FlagStore } from './flags/flagStore';
import { loadLazy } from './lazy';
import type { ProjectStore } from './projectStore';
import { uiLanguage, uiWords } from './uiWords';

const KINDS: Record<Suggestion['kind'], vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  id: vscode.CompletionItemKind.Reference,
  date: vscode.CompletionItemKind.Value,
};

/**
 * Candor's own completion and hover in project.yaml, with or without a YAML extension: keys, enum values, phase
 * ids, the ids that RED-FLAG markers use in code, dates. What fits where is decided in core/edit, loaded on the
 * first request (src/lazy/complete.ts).
 */
export class ProjectCompletion extends Disposable {
  constructor(
    private readonly store: ProjectStore,
    private readonly flags: FlagStore,
  ) {
    super();
    const selector: vscode.DocumentSelector = { scheme: 'file', pattern: `**/${PROJECT_FILE}` };
    this.register(
      vscode.languages.registerCompletionItemProvider(
        selector,
        { provideCompletionItems: (d, p) => this.complete(d, p) },
        ' ',
      ),
    );
    this.register(vscode.languages.registerHoverProvider(selector, { provideHover: (d, p) => this.hover(d, p) }));
  }

  private complete(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const context = this.contextFor(document);
    if (!context) return [];
    const word = document.getWordRangeAtPosition(position, /[\w.-]+/);
    const range = new vscode.Range(word?.start ?? position, position);
    const { completionsAt } = loadLazy<typeof Complete>('complete');
    return completionsAt(document.getText(), position.line, position.character, context).map((s, i) => {
      const item = new vscode.CompletionItem(s.label, KINDS[s.kind]);
      item.insertText = s.insert;
      item.detail = s.detail;
      item.range = range;
      // The format's order (low, medium, high, critical; today first), not the alphabet's.
      item.sortText = String(i).padStart(3, '0');
      if (s.kind === 'key') item.command = { command: 'editor.action.triggerSuggest', title: '' };
      return item;
    });
  }

  private hover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const context = this.contextFor(document);
    const lines =
      context &&
      loadLazy<typeof Complete>('complete').hoverAt(document.getText(), position.line, position.character, context);
    if (!lines?.length) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(lines.join('\n\n')));
  }

  /** The project of the document's folder, only for a folder's own project.yaml. */
  private contextFor(document: vscode.TextDocument): CompletionContext | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder || vscode.Uri.joinPath(folder.uri, PROJECT_FILE).toString() !== document.uri.toString())
      return undefined;
    const key = folder.uri.toString();
    const markers = this.flags.get(key)?.analysis.search.markers ?? [];
    const project = this.store.get(key)?.lastGood;
    return { today: isoDay(new Date()), project, markers, words: uiWords(), language: uiLanguage() };
  }
}
