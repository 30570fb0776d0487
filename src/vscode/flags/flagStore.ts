import * as vscode from 'vscode';
import type * as AfterPaint from '../../lazy/afterPaint';
import { REPORT_WATCH_GLOB } from '../../node/coverage/reportNames';
import type { FlagAnalysis } from '../../node/flagAnalysis';
import { BackgroundRun } from '../backgroundRun';
import { Settings } from '../constants';
import { Disposable } from '../disposable';
import { loadLazy } from '../lazy';
import type { Logger } from '../logger';
import type { ProjectState, ProjectStore } from '../projectStore';
import { uiLanguage, uiWords } from '../uiWords';

/** The red-flag analysis of one project: links, markers and coverage. */
export interface FlagState {
  project: ProjectState;
  analysis: FlagAnalysis;
}

/**
 * Links every project's red flags to markers, files and coverage, off the project store. Re-runs when
 * project.yaml, a saved file or a coverage report changes (after a quiet moment), aborts a run that a newer one
 * overtakes, and never starts git in Restricted Mode.
 */
export class FlagStore extends Disposable {
  private readonly states = new Map<string, FlagState>();
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  private readonly run = this.register(
    new BackgroundRun(
      (signal) => this.analyzeAll(signal),
      (error) => this.log.error('red-flag analysis failed', error),
    ),
  );

  /** Fires after an analysis finished. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly projects: ProjectStore,
    private readonly log: Logger,
  ) {
    super();
    const reports = this.register(vscode.workspace.createFileSystemWatcher(REPORT_WATCH_GLOB));
    const soon = () => this.run.schedule();
    this.register(reports.onDidChange(soon));
    this.register(reports.onDidCreate(soon));
    this.register(reports.onDidDelete(soon));
    this.register(projects.onDidChange(soon));
    this.register(vscode.workspace.onDidSaveTextDocument(soon));
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(soon));
    this.register(
      vscode.workspace.onDidChangeConfiguration(
        (e) => e.affectsConfiguration(`candor.${Settings.coverageReports}`) && soon(),
      ),
    );
  }

  get(folderKey: string): FlagState | undefined {
    return this.states.get(folderKey);
  }

  all(): FlagState[] {
    return [...this.states.values()];
  }

  /** Resolves when the analysis that is running, or scheduled, has finished. */
  async settled(): Promise<void> {
    await this.projects.ready();
    if (this.run.scheduled || this.states.size === 0) this.run.runNow();
    await this.run.done;
  }

  private async analyzeAll(signal: AbortSignal): Promise<void> {
    const { analyzeFlags } = loadLazy<typeof AfterPaint>('afterPaint');
    const git = vscode.workspace.isTrusted;
    const next = new Map<string, FlagState>();
    for (const project of this.projects.projects()) {
      if (!project.result.ok || project.folder.uri.scheme !== 'file') continue;
      const started = Date.now();
      const reports = vscode.workspace
        .getConfiguration('candor', project.folder.uri)
        .get<string[]>(Settings.coverageReports, []);
      const analysis = await analyzeFlags(project.folder.uri.fsPath, project.result.value.file.red_flags, {
        git,
        reports,
        signal,
        words: uiWords().problems,
        language: uiLanguage(),
      });
      next.set(project.folder.uri.toString(), { project, analysis });
      this.log.info(
        `${project.folder.name}: ${analysis.fileList.files.length} files (${analysis.fileList.via}), ${analysis.search.markers.length} markers (${analysis.search.via}${analysis.search.fallbackReason ? `: ${analysis.search.fallbackReason}` : ''}), coverage from ${analysis.coverage.reports.join(', ') || 'no report'}, in ${Date.now() - started} ms`,
      );
      for (const issue of analysis.coverage.issues) this.log.warn(`${project.folder.name}: ${issue.message}`);
    }
    if (signal.aborted) return;
    this.states.clear();
    for (const [key, state] of next) this.states.set(key, state);
    this.changed.fire();
  }
}
