import * as vscode from 'vscode';
import { LANGUAGES, type Language } from '../../core/model/vocabulary';
import { starterProject } from '../../core/starter';
import { Commands, PROJECT_FILE, Settings } from '../constants';
import { projectUri } from '../projectStore';
import { uiLanguage } from '../uiWords';
import type { Command } from './command';

/** What the command can be told instead of asking (a test, a script, a link with arguments). */
export interface CreateProjectRequest {
  language?: Language;
  client?: string;
}

/**
 * Candor: Create project.yaml — asks the client's language (pre-selected: the setting, else VS Code's display
 * language) and name, then writes a commented starter in that language and opens it. Escape at either question
 * writes nothing.
 */
export class CreateProjectFileCommand implements Command {
  readonly id = Commands.createProjectFile;

  async execute(request: CreateProjectRequest = {}): Promise<vscode.Uri | undefined> {
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
    const language = request.language ?? (await askLanguage(configuredLanguage() ?? uiLanguage()));
    if (!language) return undefined;
    const client = request.client ?? (await askClient());
    if (client === undefined) return undefined;
    const text = starterProject(language, { name: folder.name, client });
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(uri);
    return uri;
  }
}

// Each language in its own name: the user picks the client's language, whatever the UI's.
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français', es: 'Español', de: 'Deutsch' };

/** A pick of the four languages with `preselected` active, so Enter takes it. */
function askLanguage(preselected: Language): Promise<Language | undefined> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { language: Language }>();
  pick.title = vscode.l10n.t('Create project.yaml (1/2)');
  pick.placeholder = vscode.l10n.t('In which language does the client read your updates?');
  pick.items = LANGUAGES.map((language) => ({ label: LANGUAGE_NAMES[language], description: language, language }));
  pick.activeItems = pick.items.filter((i) => i.language === preselected);
  return new Promise((resolve) => {
    pick.onDidAccept(() => (resolve(pick.selectedItems[0]?.language ?? pick.activeItems[0]?.language), pick.hide()));
    pick.onDidHide(() => (resolve(undefined), pick.dispose()));
    pick.show();
  });
}

/** The client's name; empty keeps the starter's placeholder, Escape cancels. */
async function askClient(): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Create project.yaml (2/2)'),
    prompt: vscode.l10n.t('The client’s name, as your updates address it (empty: fill it in later).'),
    placeHolder: vscode.l10n.t('e.g. Acme Corp'),
    ignoreFocusOut: true,
  });
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
