import * as vscode from 'vscode';
import { loadProject, MAX_BYTES, tooLarge, type LoadedProject } from '../core/model/load';
import { fileIssue, type Result } from '../core/result';
import { Disposable } from './disposable';
import { PROJECT_FILE, RELOAD_DELAY_MS } from './constants';
import type { Logger } from './logger';
import { uiWords } from './uiWords';
import { oneLine } from '../core/safeText';

/** What is known of one workspace folder's project.yaml. */
export interface ProjectState {
  folder: vscode.WorkspaceFolder;
  uri: vscode.Uri;
  /** The text that was loaded: the open editor's, unsaved edits included, else the file's. */
  text: string;
  result: Result<LoadedProject>;
  /** The last readable state of the file, kept while a typo makes it unreadable: the tree shows it greyed. */
  lastGood?: LoadedProject;
}

/**
 * The one source of project state: loads each folder's project.yaml, reloads after edits (saved or not) have
 * been quiet for a moment, drops results that a newer load has overtaken, and fires one change per reload.
 */
export class ProjectStore extends Disposable {
  private readonly states = new Map<string, ProjectState>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  private firstLoad: Promise<void> | undefined;

  /** Fires after any project was (re)loaded, added or removed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Logger) {
    super();
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(`**/${PROJECT_FILE}`));
    const onDisk = (uri: vscode.Uri) => this.scheduleFor(uri);
    this.register(watcher.onDidCreate(onDisk));
    this.register(watcher.onDidChange(onDisk));
    this.register(watcher.onDidDelete(onDisk));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.scheduleFor(e.document.uri)));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.scheduleFor(d.uri)));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadAll()));
  }

  /** Resolves once every folder has been loaded at least once. */
  ready(): Promise<void> {
    this.firstLoad ??= this.reloadAll();
    return this.firstLoad;
  }

  /** Projects in workspace-folder order. */
  projects(): ProjectState[] {
    return [...this.states.values()].sort((a, b) => a.folder.index - b.folder.index);
  }

  get(folderUri: string): ProjectState | undefined {
    return this.states.get(folderUri);
  }

  /** Reloads every folder now. */
  async reloadAll(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const keys = new Set(folders.map((f) => f.uri.toString()));
    for (const key of this.states.keys()) if (!keys.has(key)) this.states.delete(key);
    await Promise.all(folders.map((f) => this.load(f)));
    this.changed.fire();
  }

  /** Reloads one folder now. */
  async reload(folder: vscode.WorkspaceFolder): Promise<void> {
    if (await this.load(folder)) this.changed.fire();
  }

  private scheduleFor(uri: vscode.Uri): void {
    if (uri.scheme !== 'file' && uri.scheme !== 'vscode-remote') return;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || uri.toString() !== projectUri(folder).toString()) return;
    const key = folder.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => void this.reload(folder), RELOAD_DELAY_MS),
    );
  }

  /** Loads one folder; returns false when a newer load overtook this one and its result was dropped. */
  private async load(folder: vscode.WorkspaceFolder): Promise<boolean> {
    const key = folder.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const uri = projectUri(folder);
    const loaded = await readProject(uri);
    if (this.generations.get(key) !== generation) return false;
    if (loaded === undefined) {
      this.states.delete(key);
    } else {
      const lastGood = loaded.result.ok ? loaded.result.value : this.states.get(key)?.lastGood;
      this.states.set(key, { folder, uri, ...loaded, lastGood });
      const problems = loaded.result.issues.length;
      this.log.info(
        `loaded ${uri.fsPath}: ${loaded.result.ok ? 'valid' : 'invalid'}${problems ? `, ${problems} issue(s)` : ''}`,
      );
    }
    return true;
  }

  override dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    super.dispose();
  }
}

/** The project.yaml of a workspace folder. */
export function projectUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, PROJECT_FILE);
}

/**
 * The open document's text when there is one (unsaved edits count), else the file's; undefined when the file is
 * absent, even while an editor still shows it: a project.yaml deleted outside VS Code is no project.
 */
async function readProject(uri: vscode.Uri): Promise<Pick<ProjectState, 'text' | 'result'> | undefined> {
  const { problems } = uiWords();
  const cannotRead = (error: unknown) => ({
    text: '',
    result: {
      ok: false as const,
      issues: [fileIssue(vscode.l10n.t('project.yaml cannot be read: {0}', oneLine(String(error))))],
    },
  });
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    return cannotRead(error);
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open && !open.isClosed) return { text: open.getText(), result: loadProject(open.getText(), problems) };
  // A FIFO or a device reports no File bit: reading it could hang or never end.
  if ((stat.type & vscode.FileType.File) === 0) {
    const kind = stat.type & vscode.FileType.Directory ? 'directory' : 'other';
    return { text: '', result: { ok: false, issues: [fileIssue(problems.notAFile(kind))] } };
  }
  if (stat.size > MAX_BYTES) return { text: '', result: { ok: false, issues: [tooLarge(stat.size, problems)] } };
  try {
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    return { text, result: loadProject(text, problems) };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    return cannotRead(error);
  }
}
