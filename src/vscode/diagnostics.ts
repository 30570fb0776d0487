import * as vscode from 'vscode';
import type { Issue } from '../core/result';
import { Disposable } from './disposable';
import type { ProjectStore } from './projectStore';

/** Puts project.yaml's YAML and schema problems in the Problems panel, on their exact line and column. */
export class ProjectDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('candor'));

  constructor(store: ProjectStore) {
    super();
    this.register(
      store.onDidChange(() => {
        this.collection.clear();
        for (const p of store.projects()) this.collection.set(p.uri, p.result.issues.map(toDiagnostic));
      }),
    );
  }
}

/** A core issue (1-based) as a VS Code diagnostic (0-based). */
export function toDiagnostic(issue: Issue): vscode.Diagnostic {
  const start = new vscode.Position(issue.line - 1, issue.column - 1);
  const end = new vscode.Position(issue.endLine - 1, issue.endColumn - 1);
  const range = end.isAfter(start) ? new vscode.Range(start, end) : new vscode.Range(start, start.translate(0, 1));
  const severity = issue.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(range, issue.message, severity);
  diagnostic.source = 'Candor';
  return diagnostic;
}
