import * as vscode from 'vscode';
import { Disposable } from '../disposable';
import type { FlagStore } from './flagStore';

/**
 * Warnings from the red-flag analysis: a marker whose id is not in project.yaml, on the marker's line. A glob
 * refused for leaving the workspace is the project.yaml loader's warning, at the glob's own column: not repeated.
 */
export class FlagDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('candor-flags'));

  constructor(flags: FlagStore) {
    super();
    this.register(flags.onDidChange(() => this.update(flags)));
  }

  private update(flags: FlagStore): void {
    const byFile = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    const add = (uri: vscode.Uri, diagnostic: vscode.Diagnostic) => {
      diagnostic.source = 'Candor';
      const entry = byFile.get(uri.toString()) ?? { uri, diagnostics: [] };
      entry.diagnostics.push(diagnostic);
      byFile.set(uri.toString(), entry);
    };
    for (const { project, analysis } of flags.all()) {
      for (const w of analysis.warnings) {
        const start = new vscode.Position(w.line - 1, w.column - 1);
        const range = new vscode.Range(start, start.translate(0, 'RED-FLAG'.length));
        add(
          vscode.Uri.joinPath(project.folder.uri, w.file),
          new vscode.Diagnostic(range, w.message, vscode.DiagnosticSeverity.Warning),
        );
      }
    }
    this.collection.clear();
    for (const { uri, diagnostics } of byFile.values()) this.collection.set(uri, diagnostics);
  }
}
