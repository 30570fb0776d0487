// Helpers for integration tests that run inside VS Code. Tests wait on events, never on sleeps: the only timer
// here is waitFor's bounded poll, for state that fires no event (an extension becoming active, a tree refresh).
// Every wait has one budget, WAIT_MS, sized for a loaded 2-core machine: a passing wait returns as soon as its
// condition holds, so only a failure costs the whole budget, and its error says what was seen instead.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { isoDay } from '../../src/core/dates';
import type { OutlineNode } from '../../src/core/outline';
import type { CandorApi } from '../../src/extension';

/** The extension under test, as package.json names it (publisher.name). */
export const EXTENSION_ID = 'candor.candor';

/** The budget of every wait. The suite's mocha timeout (index.ts) is larger, so a wait fails with its own message. */
export const WAIT_MS = 60_000;

/** The Candor extension, activated (activation errors surface here, not as a later timeout). */
export async function activateCandor(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found: is engines.vscode newer than the VS Code under test?`);
  await ext.activate();
  return ext;
}

/** The first workspace folder: the copy of the fixture workspace the run opened. */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run has no workspace folder');
  return folder;
}

/** Opens `project.yaml` (or another workspace-relative file) in an editor and returns the editor. */
export async function openProjectFile(
  relativePath = 'project.yaml',
  folder = workspaceFolder(),
): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(folder.uri, relativePath);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Closes every editor, reverting nothing: call after a test that opened files, so the next starts clean. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export interface WaitOptions {
  /** Events after which the predicate is checked again, besides the poll. */
  events?: vscode.Event<unknown>[];
  /** Poll interval for state that fires no event. */
  intervalMs?: number;
  /** Said in the error when the deadline passes. */
  message?: string;
  /** What was there instead, added to the error when the deadline passes. */
  saw?: () => unknown;
}

/**
 * Resolves with the predicate's first truthy value, checked now, after each of `events`, and every `intervalMs`;
 * rejects once `timeoutMs` has passed. The predicate may be async; a throw inside it is a failure, not a retry.
 */
export function waitFor<T>(
  predicate: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = WAIT_MS,
  { events = [], intervalMs = 50, message = 'condition', saw }: WaitOptions = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    let poll: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    let checking = false;
    const finish = (settle: () => void): void => {
      done = true;
      clearTimeout(poll);
      clearTimeout(deadline);
      for (const s of subscriptions) s.dispose();
      settle();
    };
    const check = async (): Promise<void> => {
      if (done || checking) return;
      checking = true;
      try {
        const value = await predicate();
        if (value && !done) finish(() => resolve(value));
      } catch (e) {
        if (!done) finish(() => reject(e instanceof Error ? e : new Error(String(e))));
      } finally {
        checking = false;
      }
      if (!done) {
        clearTimeout(poll);
        poll = setTimeout(() => void check(), intervalMs);
      }
    };
    const deadline = setTimeout(() => {
      void Promise.resolve()
        .then(saw)
        .then(
          (seen) => (saw ? `; saw: ${typeof seen === 'string' ? seen : JSON.stringify(seen)}` : ''),
          (e: unknown) => `; saw: (${String(e)})`,
        )
        .then((seen) => {
          if (!done) finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${message}${seen}`)));
        });
    }, timeoutMs);
    for (const event of events) subscriptions.push(event(() => void check()));
    void check();
  });
}

/** Waits until the diagnostics of `uri` satisfy `predicate` (e.g. `(d) => d.length === 2`); returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = WAIT_MS,
): Promise<readonly vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    timeoutMs,
    {
      events: [vscode.languages.onDidChangeDiagnostics],
      message: `diagnostics on ${uri.fsPath}`,
      saw: () =>
        vscode.languages
          .getDiagnostics(uri)
          .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`),
    },
  );
}

/** Replaces the whole text of an open document (unsaved), as a user's edit would. */
export async function replaceDocumentText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), `could not edit ${document.uri.fsPath}`);
}

/**
 * Puts project.yaml back to `original` at the end of a suite, on disk and in VS Code's copy: the file is written,
 * a copy with unsaved changes is reverted to it, and the wait lasts until the open copy reads it (the store reads
 * an open copy before the disk, and a save of a stale copy fails or writes it back). Then the editors close.
 */
export async function restoreProjectFile(document: vscode.TextDocument, original: Uint8Array | string): Promise<void> {
  const bytes = typeof original === 'string' ? new TextEncoder().encode(original) : original;
  const text = new TextDecoder().decode(bytes);
  await vscode.workspace.fs.writeFile(document.uri, bytes);
  if (!document.isClosed) {
    if (document.isDirty) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitFor(() => document.isClosed || (!document.isDirty && document.getText() === text), WAIT_MS, {
      message: 'VS Code read the restored project.yaml',
      saw: () => `dirty: ${document.isDirty}; text: ${document.getText().slice(0, 200)}`,
    });
  }
  await closeAllEditors();
}

/** The first row of Candor's tree, depth first, that matches `predicate`. */
export function findRow(
  nodes: readonly OutlineNode[],
  predicate: (n: OutlineNode) => boolean,
): OutlineNode | undefined {
  for (const n of nodes) {
    if (predicate(n)) return n;
    const hit = findRow(n.children, predicate);
    if (hit) return hit;
  }
  return undefined;
}

/** Waits until Candor's tree shows a row matching `predicate`, and returns it. */
export async function waitForRow(
  predicate: (n: OutlineNode) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<OutlineNode> {
  const candor = (await activateCandor()).exports as CandorApi;
  return waitFor(async () => findRow(await candor.outline(), predicate), timeoutMs, {
    message: what,
    saw: async () => rowsOf(await candor.outline()),
  });
}

/** The tree's rows, one `kind label · description` per line, indented by depth: what a failed wait saw. */
function rowsOf(nodes: readonly OutlineNode[], depth = 0): string {
  return nodes
    .map(
      (n) =>
        `\n${'  '.repeat(depth)}${n.kind} ${n.label}${n.description ? ` · ${n.description}` : ''}${rowsOf(n.children, depth + 1)}`,
    )
    .join('')
    .slice(0, 4000);
}

/** The local calendar day `days` before today, as YYYY-MM-DD: the day the extension (isoDay) calls today. */
export function isoDaysAgo(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() - days);
  return isoDay(day);
}

/** One commit of a temporary history: the files it writes, what it stages (default: those files), its age. */
export interface TempCommit {
  message: string;
  files?: Record<string, string>;
  add?: string[];
  daysAgo?: number;
}

/**
 * Makes the test workspace a git repository whose project.yaml is `project` and whose history is `commits`
 * (one author, fixed dates), after writing `loose` files that stay uncommitted. Returns what undoes it all.
 */
export function useTempHistory(project: string, commits: TempCommit[], loose: Record<string, string> = {}): () => void {
  const root = workspaceFolder().uri.fsPath;
  const projectFile = path.join(root, 'project.yaml');
  const original = fs.readFileSync(projectFile);
  const written: string[] = [];
  const write = (files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
      written.push(file);
    }
  };
  const git = (args: string[], date: string) =>
    execFileSync('git', args, {
      cwd: root,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Paul Martin',
        GIT_AUTHOR_EMAIL: 'paul@example.dev',
        GIT_COMMITTER_NAME: 'Paul Martin',
        GIT_COMMITTER_EMAIL: 'paul@example.dev',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
  fs.writeFileSync(projectFile, project);
  write(loose);
  git(['init', '-q'], new Date().toISOString());
  for (const commit of commits) {
    write(commit.files ?? {});
    const add = commit.add ?? Object.keys(commit.files ?? {});
    const date = `${isoDaysAgo(commit.daysAgo ?? 2)}T10:00:00`;
    if (add.length > 0) git(['add', '--', ...add], date);
    git(['commit', '-q', '--allow-empty', '-m', commit.message], date);
  }
  return () => {
    fs.rmSync(path.join(root, '.git'), { recursive: true, force: true });
    fs.rmSync(path.join(root, 'status'), { recursive: true, force: true });
    for (const file of written) fs.rmSync(path.join(root, file), { force: true });
    // Last: a commit may have written project.yaml itself (its state at an earlier update).
    fs.writeFileSync(projectFile, original);
  };
}

/**
 * Writes a marker whose id is not in project.yaml (the example has none: it is what a first view shows), checks
 * that VS Code warns on its line, then removes it. With or without Workspace Trust, the same warning.
 */
export async function checkUnknownMarkerWarning(): Promise<void> {
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'src/auth/fallback.js');
  const text = "'use strict';\n// RED-FLAG(sso-fallback): no fallback if the chosen SSO is down\n";
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  try {
    await vscode.commands.executeCommand('candor.refresh');
    const diagnostics = await waitForDiagnostics(uri, (d) => d.length > 0);
    assert.strictEqual(diagnostics.length, 1);
    assert.strictEqual(diagnostics[0]!.range.start.line, 1);
    assert.strictEqual(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostics[0]!.message, /Unknown red flag "sso-fallback"/);
  } finally {
    await vscode.workspace.fs.delete(uri);
    await vscode.commands.executeCommand('candor.refresh');
  }
}
