import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateCandor, closeAllEditors, waitFor, WAIT_MS, waitForRow, workspaceFolder } from './helpers';

const UPDATE = `# Point d'avancement

## Livré

- Tunnel de commande : étape paiement, reprise par Paul Martin
`;

/** The tab of the client page's preview, if one is open. */
function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('candor.clientPage'));
}

describe('the client page (Candor: Build Client Page)', () => {
  const root = () => workspaceFolder().uri.fsPath;

  before(async () => {
    await activateCandor();
    // An earlier suite may have swapped project.yaml and put it back: wait until the example is loaded again.
    await waitForRow((n) => n.label === 'Portail Acme', 'the example project in the tree');
  });

  after(async () => {
    await closeAllEditors();
    fs.rmSync(path.join(root(), 'site'), { recursive: true, force: true });
    fs.rmSync(path.join(root(), 'status'), { recursive: true, force: true });
  });

  it('builds the example’s site into site/ and opens its preview beside the editor', async () => {
    const site = await vscode.commands.executeCommand<string>('candor.buildClientPage', {
      folder: workspaceFolder().uri.toString(),
    });
    assert.strictEqual(site, path.join(root(), 'site'));
    const html = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /<h1>Portail Acme : avancement<\/h1>/);
    assert.ok(!/Paul Martin|Sophie Garnier|lumen\.example/.test(html), 'no team name on the page');
    const tab = await waitFor(async () => previewTab(), WAIT_MS, { message: 'the client page preview tab' });
    assert.ok(tab.label.endsWith(workspaceFolder().name), tab.label);
  });

  it('rebuilds the page when an update is saved to the history', async () => {
    // Saved as a tech lead saves it: written in VS Code, then saved.
    fs.mkdirSync(path.join(root(), 'status'), { recursive: true });
    const file = path.join(root(), 'status', '2026-11-26.md');
    fs.writeFileSync(file, '');
    const document = await vscode.workspace.openTextDocument(file);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), UPDATE);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the update was written');
    assert.ok(await document.save(), 'the update was saved');
    const index = path.join(root(), 'site', 'index.html');
    const page = path.join(root(), 'site', 'updates', '2026-11-26.html');
    // The empty file's creation may rebuild the page first: wait for the build of the saved text.
    await waitFor(
      async () =>
        fs.existsSync(index) &&
        fs.readFileSync(index, 'utf8').includes('updates/2026-11-26.html') &&
        fs.existsSync(page) &&
        fs.readFileSync(page, 'utf8').includes('reprise par l’équipe'),
      WAIT_MS,
      { message: 'the page rebuilt with the new update' },
    );
    assert.ok(previewTab(), 'the preview is still open');
  });
});
