import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CandorApi } from '../../src/extension';
import { activateCandor, EXTENSION_ID, waitFor, workspaceFolder } from './helpers';

interface Manifest {
  contributes?: { commands?: { command: string }[]; views?: Record<string, { id: string }[]> };
}

describe('activation', () => {
  it('activates by itself on a workspace that has a project.yaml', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found: is engines.vscode newer than the VS Code under test?`);
    const projectFile = vscode.Uri.joinPath(workspaceFolder().uri, 'project.yaml');
    await vscode.workspace.fs.stat(projectFile); // the fixture has one; a throw here means a broken fixture
    // workspaceContains:project.yaml activates it without any test asking; no event says so, hence the poll.
    await waitFor(() => ext.isActive, undefined, { message: `${EXTENSION_ID} to activate`, saw: () => 'not active' });
  });

  // Run before any command test: what a start loads is the main bundle and, once the tree has painted, the
  // afterPaint bundle (and the chunks they require); a command's bundle loaded at start would be a defect.
  it('loads at start the main and afterPaint bundles only, never a command’s bundle', async () => {
    const ext = await activateCandor();
    const candor = ext.exports as CandorApi;
    await candor.outline();
    await candor.flagsSettled();
    await candor.reminderText();
    const dist = path.join(ext.extensionPath, 'dist') + path.sep;
    const loaded = Object.keys(require.cache)
      .filter((file) => file.startsWith(dist) && !path.basename(file).startsWith('chunk-'))
      .map((file) => path.basename(file))
      .sort();
    // The tree's words in another display language than English are their own bundle, needed at start then.
    const words = vscode.env.language.toLowerCase().startsWith('en') ? [] : ['words.js'];
    assert.deepStrictEqual(loaded, ['afterPaint.js', 'extension.js', ...words]);
  });

  it('registers every command that package.json contributes', async () => {
    const manifest = (await activateCandor()).packageJSON as Manifest;
    const contributed = (manifest.contributes?.commands ?? []).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(
      contributed.filter((id) => !registered.has(id)),
      [],
      'contributed but not registered',
    );
  });

  it('declares in package.json every candor.* command it registers', async () => {
    const manifest = (await activateCandor()).packageJSON as Manifest;
    const contributed = new Set((manifest.contributes?.commands ?? []).map((c) => c.command));
    // VS Code itself registers `<view id>.focus`, `.resetViewLocation`, … for each contributed view.
    const viewIds = Object.values(manifest.contributes?.views ?? {})
      .flat()
      .map((v) => `${v.id}.`);
    const registered = (await vscode.commands.getCommands(true)).filter(
      (id) => id.startsWith('candor.') && !viewIds.some((prefix) => id.startsWith(prefix)),
    );
    assert.deepStrictEqual(
      registered.filter((id) => !contributed.has(id)),
      [],
      'registered but not in package.json',
    );
  });
});
