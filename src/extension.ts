// Composition root: builds the adapters, registers them and returns. No I/O here (activation budget: 5 ms).
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Wired in the next commits.
}

export function deactivate(): void {}
