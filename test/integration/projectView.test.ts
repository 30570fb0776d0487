import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CandorApi } from '../../src/extension';
import {
  activateCandor,
  closeAllEditors,
  restoreProjectFile,
  openProjectFile,
  replaceDocumentText,
  WAIT_MS,
  waitFor,
  waitForDiagnostics,
  waitForRow,
  workspaceFolder,
} from './helpers';

const PROJECT = `version: 1
# The client's own words matter: keep this file readable.
project: { name: Integration Portal, client: Testing Corp, language: en, phase: delivery }
phases:
  - id: delivery
    title: Delivery
    checklist:
      - id: checkins
        text: Weekly check-ins held   # since week 2
        done: false
      - { id: demo, text: Demo to the client }
client_tasks:
  - { id: keys, title: Provide API keys, owner: Ada, due: 2020-01-01 }
red_flags:
  - { id: retries, title: Payment retries untested, severity: high, kind: untested }
milestones:
  - { id: beta, title: Beta, due: 2099-01-01 }
decisions:
  - { id: sso, question: Which SSO provider?, needs: [Ada] }
`;

async function api(): Promise<CandorApi> {
  return (await activateCandor()).exports as CandorApi;
}

describe('the project view', () => {
  let document: vscode.TextDocument;
  let original: string;

  before(async () => {
    document = (await openProjectFile()).document;
    original = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri)); // the disk's, not a copy's
    await replaceDocumentText(document, PROJECT);
    await document.save();
  });

  // Written to disk, not through the document: a test above replaced the file behind it.
  after(() => restoreProjectFile(document, original));

  it('shows the header, every section and their rows from project.yaml', async () => {
    await waitForRow((n) => n.kind === 'project' && n.label === 'Integration Portal', 'the project row');
    // The flag rows carry what the red-flag analysis found: wait for the run that the new file started.
    await (await api()).flagsSettled();
    // And the comparison with the last update, which adds the last section.
    await (await api()).sinceSettled();
    const root = await waitForRow((n) => n.kind === 'project' && n.label === 'Integration Portal', 'the project row');
    assert.match(root.description ?? '', /^Testing Corp · Delivery · Beta: \d+ days left$/);
    assert.deepStrictEqual(
      root.children.map((s) => s.label),
      ['Phases', 'Client tasks', 'Red flags', 'Milestones', 'Decisions awaiting the client', 'Since the last update'],
    );
    const [phases, tasks, flags] = root.children;
    assert.strictEqual(phases!.description, '0/2 done');
    assert.match(tasks!.children[0]!.description ?? '', /^\d+ days overdue · Ada$/);
    assert.strictEqual(
      flags!.children[0]!.description,
      'high · no solution proposed yet · no marker and no matching path · untested',
    );
  });

  it('refreshes the tree from unsaved edits', async () => {
    await replaceDocumentText(document, PROJECT.replace('Integration Portal', 'Renamed Portal'));
    await waitForRow((n) => n.kind === 'project' && n.label === 'Renamed Portal', 'the renamed project');
    assert.ok(document.isDirty, 'the edit is still unsaved');
    await replaceDocumentText(document, PROJECT);
    await document.save();
    await waitForRow((n) => n.kind === 'project' && n.label === 'Integration Portal', 'the original name');
  });

  it("warns once about a red-flag glob that leaves the workspace, on the glob's line", async () => {
    const bad = PROJECT.replace('kind: untested }', 'kind: untested, paths: ["../secrets/**"] }');
    await replaceDocumentText(document, bad);
    await document.save();
    const line = bad.split('\n').findIndex((text) => text.includes('../secrets'));
    await waitForDiagnostics(document.uri, (all) => all.some((d) => d.message.includes('../secrets')));
    // Both the loader and the red-flag analysis have seen the file: a second warning would be there by now.
    await (await api()).flagsSettled();
    const warnings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.message.includes('../secrets'));
    assert.strictEqual(warnings.length, 1, warnings.map((d) => d.message).join('\n'));
    assert.strictEqual(warnings[0]!.range.start.line, line);
    await replaceDocumentText(document, PROJECT);
    await document.save();
    // The next test ticks against the store's text: wait until the store has read the restored file.
    await waitForDiagnostics(document.uri, (all) => !all.some((d) => d.message.includes('../secrets')));
  });

  it('ticks a checklist item by editing only its value in the document, and undo restores it', async () => {
    const item = await waitForRow((n) => n.target?.item === 'checkins' && n.checked === false, 'the unticked item');
    const ticked = await vscode.commands.executeCommand<boolean>('candor.toggleChecklistItem', item);
    assert.strictEqual(ticked, true);
    assert.strictEqual(document.getText(), PROJECT.replace('        done: false', '        done: true'));
    assert.ok(!document.isDirty, 'a file that was clean is saved after the tick');
    await waitForRow((n) => n.target?.item === 'checkins' && n.checked === true, 'the ticked item');

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), PROJECT);
    await document.save();
    await waitForRow((n) => n.target?.item === 'checkins' && n.checked === false, 'the item unticked by undo');
  });

  it('keeps unsaved changes when ticking, and adds done to an item that had none', async () => {
    const edited = PROJECT.replace('text: Weekly check-ins held', 'text: Weekly check-ins held (unsaved)');
    await replaceDocumentText(document, edited);
    await waitForRow((n) => n.label === 'Weekly check-ins held (unsaved)', 'the reload of the unsaved edit');
    const demo = await waitForRow((n) => n.target?.item === 'demo' && n.checked === false, 'the demo item');
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('candor.toggleChecklistItem', demo), true);
    assert.strictEqual(
      document.getText(),
      edited.replace('{ id: demo, text: Demo to the client }', '{ id: demo, text: Demo to the client, done: true }'),
    );
    assert.ok(document.isDirty, 'a document with unsaved changes stays unsaved');
    await replaceDocumentText(document, PROJECT);
    await document.save();
  });

  it('refuses a tick when the file changed under the tree, and writes nothing', async () => {
    const item = await waitForRow((n) => n.target?.item === 'checkins' && n.checked === false, 'the unticked item');
    const stale = { ...item, checked: true };
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('candor.toggleChecklistItem', stale), false);
    assert.strictEqual(document.getText(), PROJECT);
  });

  it('puts YAML and schema errors on their line in the Problems panel and says so at the top of the tree', async () => {
    await replaceDocumentText(
      document,
      PROJECT.replace('severity: high', 'severity: urgent').replace('due: 2099-01-01', 'due: 2099-02-30'),
    );
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 2);
    assert.deepStrictEqual(
      diagnostics.map((d) => d.range.start.line + 1),
      [15, 17],
    );
    assert.match(diagnostics[0]!.message, /severity must be one of: low, medium, high, critical/);
    assert.strictEqual(diagnostics[0]!.source, 'Candor');
    await waitForRow((n) => n.kind === 'problems' && n.label === 'project.yaml has 2 problems', 'the problems row');
    await replaceDocumentText(document, PROJECT);
    await document.save();
    await waitForDiagnostics(document.uri, (d) => d.length === 0);
  });

  it('offers to open the existing file instead of overwriting it on Create project.yaml', async () => {
    const before = (await vscode.workspace.fs.readFile(document.uri)).toString();
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('candor.createProjectFile');
    assert.strictEqual(created, undefined);
    assert.strictEqual((await vscode.workspace.fs.readFile(document.uri)).toString(), before);
  });

  it('asks the language, pre-selected from the setting, and the client, then writes the starter in that language', async () => {
    const folder = workspaceFolder();
    const saved = await vscode.workspace.fs.readFile(document.uri);
    await vscode.workspace.getConfiguration('candor').update('language', 'fr', vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
    await vscode.workspace.fs.delete(document.uri);
    try {
      // The real prompts: Enter on the language pick (the pre-selected one), then Enter on the client's name.
      let created: vscode.Uri | undefined | 'pending' = 'pending';
      void Promise.resolve(vscode.commands.executeCommand<vscode.Uri>('candor.createProjectFile')).then(
        (uri) => (created = uri),
      );
      await waitFor(
        async () => {
          if (created !== 'pending') return true;
          await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
          return false;
        },
        WAIT_MS,
        { intervalMs: 200, message: 'Create project.yaml to finish after two Enters' },
      );
      assert.strictEqual(String(created), vscode.Uri.joinPath(folder.uri, 'project.yaml').toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
      assert.match(text, /language: fr/);
      assert.match(text, /client: Nom du client \(exemple\)/);
      await waitForRow(
        (n) => n.kind === 'section' && n.label === 'Phases' && n.children.length >= 4,
        'the starter phases',
      );

      // Told instead of asked: the client's name and language go into the file.
      await closeAllEditors();
      await vscode.workspace.fs.delete(document.uri);
      await vscode.commands.executeCommand('candor.createProjectFile', { language: 'es', client: 'Grupo Acme' });
      const spanish = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
      assert.match(spanish, /client: Grupo Acme/);
      assert.match(spanish, /language: es/);
    } finally {
      await vscode.workspace
        .getConfiguration('candor')
        .update('language', undefined, vscode.ConfigurationTarget.Workspace);
      await closeAllEditors();
      await vscode.workspace.fs.writeFile(document.uri, saved);
      document = await vscode.workspace.openTextDocument(document.uri);
    }
  });
});
