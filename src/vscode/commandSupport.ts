import * as vscode from 'vscode';
import type { ProjectState, ProjectStore } from './projectStore';
import { oneLine } from '../core/safeText';

/** Words of the project pick, which say what the command is about to do. */
export interface ProjectPickWords {
  placeHolder: string;
  /** Shown when the picked project.yaml has problems; `{0}` is the folder's name. */
  invalid: (folder: string) => string;
}

/**
 * The project a command works on: the one named by `folder`, else the only one, else the user's pick. Says why
 * when there is none, and when the picked one has problems (it is still returned, so callers can stop quietly).
 */
export async function pickProject(
  store: ProjectStore,
  folder: string | undefined,
  words: ProjectPickWords,
): Promise<ProjectState | undefined> {
  await store.ready();
  if (folder) return store.get(folder);
  const projects = store.projects();
  if (projects.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('There is no project.yaml in this workspace: run "Candor: Create project.yaml" first.'),
    );
    return undefined;
  }
  const picked =
    projects.length === 1
      ? projects[0]
      : (
          await vscode.window.showQuickPick(
            projects.map((p) => ({ label: p.folder.name, project: p })),
            { placeHolder: words.placeHolder },
          )
        )?.project;
  if (picked && !picked.result.ok) void vscode.window.showErrorMessage(words.invalid(oneLine(picked.folder.name)));
  return picked;
}

/** Runs long work under a cancellable notification; the work sees cancellation as an aborted signal. */
export function withCancellableProgress<T>(title: string, work: (signal: AbortSignal) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (_, token) => {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      return work(controller.signal);
    },
  );
}
