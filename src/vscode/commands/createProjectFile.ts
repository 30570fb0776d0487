import * as vscode from 'vscode';
import { LANGUAGES, type Language } from '../../core/model/vocabulary';
import { pickLanguage } from '../../core/locale';
import { starterProject } from '../../core/starter';
import { Commands, PROJECT_FILE, Settings } from '../constants';
import { projectUri } from '../projectStore';
import type { Command } from './command';

/** Candor: Create project.yaml — a commented starter in the client's language, opened for editing. */
export class CreateProjectFileCommand implements Command {
  readonly id = Commands.createProjectFile;

  async execute(): Promise<vscode.Uri | undefined> {
    const folder = await pickFolder();
    if (!folder) return undefined;
    const uri = projectUri(folder);
    if (await exists(uri)) {
      // Not awaited: the command is done; the offer stays until the user answers or dismisses it.
      const open = vscode.l10n.t('Open it');
      void vscode.window
        .showInformationMessage(vscode.l10n.t('{0} already has a {1}.', folder.name, PROJECT_FILE), open)
        .then(async (answer) => {
          if (answer === open) await vscode.window.showTextDocument(uri);
        });
      return undefined;
    }
    const language = configuredLanguage() ?? pickLanguage(vscode.env.language);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(starterProject(language, { name: folder.name })));
    await vscode.window.showTextDocument(uri);
    return uri;
  }
}

function configuredLanguage(): Language | undefined {
  const value = vscode.workspace.getConfiguration('candor').get<string>(Settings.language);
  return LANGUAGES.find((l) => l === value);
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Open a folder first: project.yaml lives at the root of a workspace folder.'),
    );
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({
    placeHolder: vscode.l10n.t('Where should {0} be created?', PROJECT_FILE),
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
