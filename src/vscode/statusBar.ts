import * as vscode from 'vscode';
import { isoDay } from '../core/dates';
import { pickLanguage } from '../core/locale';
import { Commands, Settings } from './constants';
import { Disposable } from './disposable';
import { historyFolderOf } from './draft/settings';
import { loadLazy } from './lazy';
import type { ProjectStore } from './projectStore';
import type * as AfterPaint from '../lazy/afterPaint';
import { oneLine } from '../core/safeText';

const HOUR_MS = 3_600_000;

/**
 * "Client update due Thursday" / "Client update overdue by 3 days" in the status bar, from the first project's
 * communication plan and its status history; clicking it drafts the update.
 */
export class UpdateReminder extends Disposable {
  private readonly item = this.register(
    vscode.window.createStatusBarItem('candor.nextUpdate', vscode.StatusBarAlignment.Left, 50),
  );
  private generation = 0;

  constructor(private readonly store: ProjectStore) {
    super();
    this.item.name = vscode.l10n.t('Candor: next client update');
    this.item.command = Commands.draftStatusUpdate;
    const history = this.register(vscode.workspace.createFileSystemWatcher('**/*.md', false, true, false));
    this.register(history.onDidCreate(() => void this.update()));
    this.register(history.onDidDelete(() => void this.update()));
    this.register(store.onDidChange(() => void this.update()));
    this.register(
      vscode.workspace.onDidChangeConfiguration(
        (e) => e.affectsConfiguration(`candor.${Settings.historyFolder}`) && void this.update(),
      ),
    );
    // The label counts days: refresh it now and then so that "due tomorrow" becomes "due today".
    const timer = setInterval(() => void this.update(), HOUR_MS);
    this.register({ dispose: () => clearInterval(timer) });
  }

  /** The item's current text, for tests. */
  get text(): string {
    return this.item.text;
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    const project = this.store.projects().find((p) => p.result.ok && p.result.value.file.communication);
    if (!project?.result.ok) {
      this.item.hide();
      return;
    }
    const folder = historyFolderOf(project.folder);
    const { readLastUpdate, nextUpdate } = loadLazy<typeof AfterPaint>('afterPaint');
    const last = folder ? await readLastUpdate(folder) : undefined;
    if (generation !== this.generation) return;
    const next = nextUpdate({
      communication: project.result.value.file.communication,
      lastStatus: last,
      today: isoDay(new Date()),
      language: pickLanguage(vscode.env.language),
    });
    this.item.text = `$(megaphone) ${next.label}`;
    const name = oneLine(project.result.value.file.project.name);
    this.item.tooltip = last
      ? vscode.l10n.t('{0}: next client update due {1} (last saved {2}). Click to draft it.', name, next.due, last)
      : vscode.l10n.t('{0}: next client update due {1} (none saved yet). Click to draft it.', name, next.due);
    this.item.backgroundColor =
      next.overdueDays > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }
}
