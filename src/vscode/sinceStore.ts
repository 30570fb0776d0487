import path from 'node:path';
import * as vscode from 'vscode';
import type { OutlineNode } from '../core/outline';
import type * as AfterPaint from '../lazy/afterPaint';
import { BackgroundRun } from './backgroundRun';
import { Settings } from './constants';
import { Disposable } from './disposable';
import { historyFolderOf } from './draft/settings';
import { loadLazy } from './lazy';
import type { Logger } from './logger';
import type { ProjectStore } from './projectStore';
import { uiLanguage, uiWords } from './uiWords';

/**
 * "Since the last update" for every project: project.yaml at the commit that saved the last update against now,
 * and the commits since, off the project store. Re-reads after a quiet moment when project.yaml, the history
 * folder or trust changes; a newer run aborts an older one; no git process starts in Restricted Mode.
 */
export class SinceStore extends Disposable {
  private readonly views = new Map<string, Parameters<typeof AfterPaint.sinceOutline>[1]>();
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  private readonly run = this.register(
    new BackgroundRun(
      (signal) => this.readAll(signal),
      (error) => this.log.error('reading what changed since the last update failed', error),
    ),
  );

  /** Fires after a read finished. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly projects: ProjectStore,
    private readonly log: Logger,
  ) {
    super();
    const soon = () => this.run.schedule();
    const history = this.register(vscode.workspace.createFileSystemWatcher('**/*.md', false, true, false));
    this.register(history.onDidCreate(soon));
    this.register(history.onDidDelete(soon));
    this.register(projects.onDidChange(soon));
    this.register(vscode.workspace.onDidSaveTextDocument(soon));
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(soon));
    this.register(
      vscode.workspace.onDidChangeConfiguration(
        (e) => e.affectsConfiguration(`candor.${Settings.historyFolder}`) && soon(),
      ),
    );
  }

  /** The tree's section for a project, or undefined before the first read; its rows open their entries. */
  section(folderKey: string): OutlineNode | undefined {
    const view = this.views.get(folderKey);
    if (!view) return undefined;
    const call = loadLazy<typeof AfterPaint>('afterPaint');
    const project = this.projects.projects().find((p) => p.folder.uri.toString() === folderKey)?.result;
    return call.sinceOutline(
      folderKey,
      view,
      call.briefWordsFor(uiLanguage()),
      uiWords(),
      project?.ok ? project.value : undefined,
    );
  }

  /** Resolves when the read that is running, or scheduled, has finished. */
  async settled(): Promise<void> {
    await this.projects.ready();
    if (this.run.scheduled || this.views.size === 0) this.run.runNow();
    await this.run.done;
  }

  private async readAll(signal: AbortSignal): Promise<void> {
    const call = loadLazy<typeof AfterPaint>('afterPaint');
    const git = vscode.workspace.isTrusted;
    const next = new Map<string, Parameters<typeof AfterPaint.sinceOutline>[1]>();
    for (const project of this.projects.projects()) {
      if (!project.result.ok || project.folder.uri.scheme !== 'file') continue;
      const root = project.folder.uri.fsPath;
      const folder = historyFolderOf(project.folder);
      const view = await call.readSinceView(root, folder && path.resolve(folder), project.result.value.file, {
        git,
        noGitReason: call.briefWordsFor(uiLanguage()).restricted,
        words: call.GIT[uiLanguage()],
        signal,
      });
      next.set(project.folder.uri.toString(), view);
    }
    if (signal.aborted) return;
    this.views.clear();
    for (const [key, view] of next) this.views.set(key, view);
    this.changed.fire();
  }
}
