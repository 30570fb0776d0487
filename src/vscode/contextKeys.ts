import * as vscode from 'vscode';

const current = new Map<string, unknown>();

/** Sets a `when`-clause context key, skipping the round trip when the value is unchanged. */
export function setContext(key: string, value: unknown): void {
  if (current.get(key) === value) return;
  current.set(key, value);
  void vscode.commands.executeCommand('setContext', key, value);
}

/** The value last set for a context key (VS Code offers no way to read one back): for the tests' API. */
export function contextValue(key: string): unknown {
  return current.get(key);
}
