import path from 'node:path';
import * as vscode from 'vscode';
import { isoDay } from '../../core/dates';
import { DEFAULT_HISTORY_FOLDER } from '../../core/model/vocabulary';
import type * as Draft from '../../lazy/draft';
import { buildSite } from '../../node/report';
import { CLIENT_PAGE_VIEW, PROJECT_FILE, Settings } from '../constants';
import { Disposable } from '../disposable';
import { draftLanguage, draftOptions, historyFolderOf } from '../draft/settings';
import { loadLazy } from '../lazy';
import type { Logger } from '../logger';
import type { ProjectStore } from '../projectStore';

/** A site built for a workspace folder: where it is and its index. */
export interface BuiltSite {
  folder: vscode.WorkspaceFolder;
  site: string;
  index: string;
}

/** The site folder of a workspace folder from `candor.report.folder` (inside the workspace), or undefined. */
export function siteFolderOf(folder: vscode.WorkspaceFolder): string | undefined {
  const configured =
    vscode.workspace.getConfiguration('candor', folder.uri).get<string>(Settings.reportFolder) || 'site';
  const root = path.resolve(folder.uri.fsPath);
  const resolved = path.resolve(root, configured);
  const rel = path.relative(root, resolved);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? undefined : resolved;
}

/**
 * Builds the client page of a folder from project.yaml (as the store holds it) and the history, and shows it in one
 * webview beside the editor (no script, the page's own CSP, resources limited to the site folder). Saving
 * project.yaml or a history file rebuilds it after a short quiet; a newer build overtakes an older one.
 */
export class ClientPagePreview extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: BuiltSite | undefined;
  private watch: vscode.Disposable | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor(
    private readonly store: ProjectStore,
    private readonly log: Logger,
  ) {
    super();
  }

  /** The site on show, for "Open in Browser" and "Reveal Folder". */
  current(): BuiltSite | undefined {
    return this.shown;
  }

  /**
   * Builds the folder's site; undefined when project.yaml cannot be used, said in a message (or, for a rebuild
   * on save, only in the log: the Problems panel already shows what is wrong).
   */
  async build(folder: vscode.WorkspaceFolder, quiet = false): Promise<BuiltSite | undefined> {
    const tell = (message: string) => (quiet ? this.log.warn(message) : void vscode.window.showErrorMessage(message));
    const site = siteFolderOf(folder);
    if (!site) {
      tell(vscode.l10n.t('The setting candor.report.folder must name a folder inside the workspace folder.'));
      return undefined;
    }
    const root = folder.uri.fsPath;
    await this.store.ready();
    const loaded = this.store.get(folder.uri.toString())?.result;
    if (!loaded?.ok) {
      tell(
        vscode.l10n.t(
          '{0}/project.yaml has problems: fix them (see the Problems panel) before building the client page.',
          folder.name,
        ),
      );
      return undefined;
    }
    const history = historyFolderOf(folder) ?? path.join(root, DEFAULT_HISTORY_FOLDER);
    // The same names as a draft's: .mailmap's people are redacted too (read by the drafting bundle).
    const mailmap = await loadLazy<typeof Draft>('draft').readMailmap(root);
    const { files } = await buildSite(loaded.value.file, {
      extraNames: [...mailmap.names, ...mailmap.emails],
      historyFolder: history,
      outFolder: site,
      today: isoDay(new Date()),
      language: draftLanguage(folder),
      allowedHosts: draftOptions(folder).allowedHosts,
    });
    this.log.info(`client page of ${folder.name}: ${files.length} file(s) in ${site}`);
    return { folder, site, index: path.join(site, 'index.html') };
  }

  /** Shows a built site beside the editor and keeps it fresh. */
  async show(built: BuiltSite): Promise<vscode.WebviewPanel> {
    const root = vscode.Uri.file(built.site);
    if (!this.panel || this.shown?.site !== built.site) {
      this.panel?.dispose();
      this.panel = vscode.window.createWebviewPanel(
        CLIENT_PAGE_VIEW,
        vscode.l10n.t('Client Page: {0}', built.folder.name),
        vscode.ViewColumn.Beside,
        {
          enableScripts: false,
          enableForms: false,
          localResourceRoots: [root],
        },
      );
      this.panel.onDidDispose(() => this.closed());
    }
    this.shown = built;
    this.watchFolder(built);
    await this.render();
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    return this.panel;
  }

  private async render(): Promise<void> {
    if (!this.panel || !this.shown) return;
    // The built index carries its own CSP meta tag (nothing but inline styles and data: images).
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.file(this.shown.index));
    this.panel.webview.html = new TextDecoder().decode(bytes);
  }

  private watchFolder(built: BuiltSite): void {
    this.watch?.dispose();
    const history = path
      .relative(built.folder.uri.fsPath, historyFolderOf(built.folder) ?? DEFAULT_HISTORY_FOLDER)
      .split(path.sep)
      .join('/');
    const watcher = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(built.folder, `{${PROJECT_FILE},${history}/*.md}`),
    );
    const changed = () => this.schedule();
    // A save in VS Code is seen at once; the watcher catches changes made elsewhere (git pull, another editor), and
    // may be late for a folder created a moment before.
    const historyPrefix = `${path.join(built.folder.uri.fsPath, history)}${path.sep}`;
    const saved = vscode.workspace.onDidSaveTextDocument((document) => {
      const file = document.uri.fsPath;
      if (
        file === path.join(built.folder.uri.fsPath, PROJECT_FILE) ||
        (file.startsWith(historyPrefix) && file.endsWith('.md'))
      )
        changed();
    });
    this.watch = vscode.Disposable.from(
      watcher,
      saved,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
    );
  }

  // Saves come in bursts (format on save, save all): one rebuild after 300 ms of quiet.
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 300);
  }

  private async refresh(): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    const generation = ++this.generation;
    try {
      const built = await this.build(shown.folder, true);
      if (built && generation === this.generation && this.shown === shown) await this.render();
    } catch (error) {
      this.log.error('client page refresh failed', error);
    }
  }

  private closed(): void {
    clearTimeout(this.timer);
    this.watch?.dispose();
    this.watch = undefined;
    this.panel = undefined;
    this.shown = undefined;
  }

  override dispose(): void {
    this.panel?.dispose();
    this.closed();
    super.dispose();
  }
}
