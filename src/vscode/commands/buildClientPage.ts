import * as vscode from 'vscode';
import { pickProject } from '../commandSupport';
import { Commands } from '../constants';
import type { Logger } from '../logger';
import type { ProjectStore } from '../projectStore';
import type { ClientPage } from '../report/clientPage';
import type { Command } from './command';

/** Arguments for callers that already know the project (tests): no pick is shown. */
export interface ClientPageRequest {
  /** The workspace folder, as a URI string; default: the only project, or a pick. */
  folder?: string;
}

/**
 * Candor: Build Client Page — writes the client's progress page (`candor.report.folder`, default `site/`) and
 * opens its preview beside the editor. Nothing is published: the folder is the site.
 */
export class BuildClientPageCommand implements Command {
  readonly id = Commands.buildClientPage;

  constructor(
    private readonly store: ProjectStore,
    private readonly preview: ClientPage,
    private readonly log: Logger,
  ) {}

  async execute(request: ClientPageRequest = {}): Promise<string | undefined> {
    const project = await pickProject(this.store, request.folder, {
      placeHolder: vscode.l10n.t('Build the client page of which project?'),
      invalid: (name) =>
        vscode.l10n.t(
          '{0}/project.yaml has problems: fix them (see the Problems panel) before building the client page.',
          name,
        ),
    });
    if (!project?.result.ok) return undefined;
    try {
      const built = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Candor: building the client page') },
        () => this.preview.open().build(project.folder),
      );
      if (!built) return undefined;
      await this.preview.open().show(built);
      return built.site;
    } catch (error) {
      this.log.error('client page failed', error);
      void vscode.window.showErrorMessage(vscode.l10n.t('Candor could not build the client page: see the Candor log.'));
      return undefined;
    }
  }
}
