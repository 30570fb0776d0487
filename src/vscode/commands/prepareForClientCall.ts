import path from 'node:path';
import * as vscode from 'vscode';
import { briefFromFolder } from '../../node/briefData';
import { draftOptions, historyFolderOf } from '../draft/settings';
import { pickProject, withCancellableProgress } from '../commandSupport';
import { Commands, Settings } from '../constants';
import type { Logger } from '../logger';
import type { ProjectStore } from '../projectStore';
import { uiLanguage } from '../uiWords';
import type { Command } from './command';

/** Arguments for callers that already know the project (tests, a tree item): no pick is shown. */
export interface BriefRequest {
  /** The workspace folder, as a URI string; default: the only project, or a pick. */
  folder?: string;
}

/**
 * Candor: Prepare for Client Call — builds the internal brief (what changed, client tasks, decisions, red flags,
 * milestones at risk, departments, checklist) and opens it as an untitled Markdown document whose first line
 * says it is not for the client. Git runs only in a trusted workspace; in Restricted Mode the brief says what
 * it leaves out.
 */
export class PrepareForClientCallCommand implements Command {
  readonly id = Commands.prepareForClientCall;

  constructor(
    private readonly store: ProjectStore,
    private readonly log: Logger,
  ) {}

  async execute(request: BriefRequest = {}): Promise<vscode.TextDocument | undefined> {
    const project = await pickProject(this.store, request.folder, {
      placeHolder: vscode.l10n.t('Prepare the call of which project?'),
      invalid: (name) =>
        vscode.l10n.t(
          '{0}/project.yaml has problems: fix them (see the Problems panel) before preparing the brief.',
          name,
        ),
    });
    const loaded = project?.result;
    if (!project || !loaded?.ok) return undefined;
    const git = vscode.workspace.isTrusted;
    const root = project.folder.uri.fsPath;
    const folder = historyFolderOf(project.folder);
    const config = vscode.workspace.getConfiguration('candor', project.folder.uri);
    const settings = draftOptions(project.folder);
    let brief;
    try {
      brief = await withCancellableProgress(vscode.l10n.t('Candor: preparing the call brief'), (signal) =>
        briefFromFolder(root, loaded.value.file, {
          git,
          today: new Date(),
          historyFolder: folder ? path.relative(root, folder) || '.' : undefined,
          reports: config.get<string[]>(Settings.coverageReports, []),
          noiseTypes: settings.noiseTypes,
          ticketPatterns: settings.ticketPatterns?.filter((p): p is string => typeof p === 'string'),
          signal,
          language: uiLanguage(),
        }),
      );
    } catch (error) {
      // Cancelling is a choice, not a failure: nothing to show.
      if ((error as { name?: unknown } | undefined)?.name === 'AbortError') return undefined;
      this.log.error('brief failed', error);
      void vscode.window.showErrorMessage(vscode.l10n.t('Candor could not prepare the brief: see the Candor log.'));
      return undefined;
    }
    this.log.info(
      `brief for ${project.folder.name}${git ? '' : ' (Restricted Mode: git not read)'}${brief.secrets > 0 ? `, ${brief.secrets} secret(s) left out` : ''}`,
    );
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: brief.markdown });
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
  }
}
