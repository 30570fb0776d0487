// What broke the flow (issue 9): a typo that wiped the tree, a parser cascade, a deleted file still shown, the
// walkthrough's ticks. Each test edits the workspace copy and puts it back.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { DESCRIPTIONS } from '../../src/core/lang/descriptions';
import { pickLanguage } from '../../src/core/locale';
import type { OutlineNode } from '../../src/core/outline';
import type { CandorApi } from '../../src/extension';
import {
  activateCandor,
  closeAllEditors,
  restoreProjectFile,
  findRow,
  openProjectFile,
  replaceDocumentText,
  waitFor,
  waitForDiagnostics,
  waitForRow,
  workspaceFolder,
} from './helpers';

const PROJECT = `version: 1
project: { name: Flow Portal, client: Testing Corp, language: en, phase: delivery }
phases:
  - id: delivery
    title: Delivery
    checklist:
      - { id: checkins, text: Weekly check-ins held, done: false }
client_tasks:
  - id: keys
    title: Provide API keys
    owner: Ada
    due: 2020-01-01
red_flags:
  - { id: retries, title: Payment retries untested, severity: high, kind: untested }
`;

const api = async () => (await activateCandor()).exports as CandorApi;
const ids = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [n.id, ...ids(n.children)]);

describe('the flow of editing project.yaml', () => {
  let document: vscode.TextDocument;
  let original: Uint8Array;

  before(async () => {
    original = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceFolder().uri, 'project.yaml'));
    document = (await openProjectFile()).document;
    await replaceDocumentText(document, PROJECT);
    await document.save();
    await waitForRow((n) => n.kind === 'project' && n.label === 'Flow Portal', 'the project row');
  });

  after(() => restoreProjectFile(document, original));

  it('keeps the last readable tree, greyed under the problems row, through a typo, with the same row ids', async () => {
    // The flag rows carry what the analysis found: compare trees that it has seen.
    await (await api()).flagsSettled();
    const good = ids(await (await api()).outline());
    await replaceDocumentText(document, PROJECT.replace('severity: high', 'severity: hig'));
    const root = await waitForRow(
      (n) => n.kind === 'project' && (n.description ?? '').startsWith('last readable version'),
      'the greyed tree',
    );
    assert.strictEqual(root.label, 'Flow Portal');
    assert.strictEqual(root.children[0]!.kind, 'problems');
    assert.match(root.children[0]!.children[0]!.label, /severity must be one of/);
    assert.ok(root.children.slice(1).every((s) => s.stale));
    const item = findRow([root], (n) => n.label === 'Weekly check-ins held')!;
    assert.strictEqual(item.checked, undefined, 'no checkbox on the old data');
    assert.strictEqual(await vscode.commands.executeCommand('candor.toggleChecklistItem', item), false);

    await replaceDocumentText(document, PROJECT.replace('title: Provide API keys', 'title:'));
    await waitForRow((n) => n.kind === 'problem' && /title/.test(n.label), 'the empty title problem');

    await replaceDocumentText(document, PROJECT);
    await waitForRow((n) => n.kind === 'project' && n.children[0]?.kind === 'section', 'the tree read again');
    await (await api()).flagsSettled();
    assert.deepStrictEqual(ids(await (await api()).outline()), good);
    await document.save();
  });

  it('says a bad indent once, in plain words at its line, instead of the parser cascade', async () => {
    const bad = PROJECT.replace('    owner: Ada', '   owner: Ada').replace('    title: Delivery', '   title: Delivery');
    await replaceDocumentText(document, bad);
    const [only] = await waitForDiagnostics(document.uri, (d) => d.length === 1 && /indentation/.test(d[0]!.message));
    assert.strictEqual(only!.range.start.line, 4);
    assert.match(only!.message, /^The indentation of this line does not match the lines around it/);
    await replaceDocumentText(document, PROJECT);
    await document.save();
    await waitForDiagnostics(document.uri, (d) => d.length === 0);
  });

  it('drops the project when project.yaml is deleted outside VS Code, even with its editor open', async () => {
    const candor = await api();
    await vscode.window.showTextDocument(document);
    fs.rmSync(document.uri.fsPath);
    try {
      await waitFor(
        async () => (await candor.outline()).length === 0 && candor.context('candor.state') === 'noProject',
        undefined,
        {
          message: 'the tree to empty and the welcome view to show',
          saw: async () => [(await candor.outline()).map((n) => n.label), candor.context('candor.state')],
        },
      );
    } finally {
      await closeAllEditors();
      fs.writeFileSync(document.uri.fsPath, PROJECT);
    }
    await waitForRow((n) => n.kind === 'project' && n.label === 'Flow Portal', 'the project back');
    assert.strictEqual(candor.context('candor.state'), 'ready');
  });

  it('ticks the walkthrough on real states: a project read, a marker that names a declared flag', async () => {
    const candor = await api();
    assert.strictEqual(candor.context('candor.state'), 'ready');
    const marker = vscode.Uri.joinPath(workspaceFolder().uri, 'src/flowMarker.js');
    await vscode.workspace.fs.writeFile(
      marker,
      new TextEncoder().encode('// RED-FLAG(retries): the retry loop has no test\nmodule.exports = {};\n'),
    );
    try {
      await waitFor(
        async () => (await candor.flagsSettled(), candor.context('candor.redFlagMarked') === true),
        undefined,
        {
          message: 'candor.redFlagMarked',
        },
      );
    } finally {
      await vscode.workspace.fs.delete(marker);
    }
  });

  it('completes keys, enum values, phase ids and dates in project.yaml, and hovers them, with no YAML extension', async () => {
    assert.strictEqual(vscode.extensions.getExtension('redhat.vscode-yaml'), undefined, 'no YAML extension here');
    const candor = await api();
    await candor.flagsSettled();
    const text = `${PROJECT}  - id: x\n    severity: \n    \n`;
    await replaceDocumentText(document, text);
    const last = text.split('\n').length - 2;
    const labels = async (line: number, character: number) => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        new vscode.Position(line, character),
      );
      return list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Text).map((i) => String(i.label));
    };
    assert.deepStrictEqual(await labels(last - 1, 14), ['low', 'medium', 'high', 'critical']);
    const keys = await labels(last, 4);
    for (const key of ['title', 'kind', 'mitigation', 'client_visible', 'status']) assert.ok(keys.includes(key), key);
    assert.ok(!keys.includes('id'), 'a key already written is not offered again');
    const phaseLine = 1;
    const phaseAt = PROJECT.split('\n')[phaseLine]!.indexOf('delivery');
    await replaceDocumentText(document, text.replace('phase: delivery', 'phase: '));
    assert.ok((await labels(phaseLine, phaseAt)).includes('delivery'));
    await replaceDocumentText(document, PROJECT);
    const hovered = async (line: number, key: string) => {
      const at = new vscode.Position(line, PROJECT.split('\n')[line]!.indexOf(key) + 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        at,
      );
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    const said = await hovered(13, 'severity');
    assert.match(said, /red_flags\[\]\.severity/);
    assert.match(said, /One of: low, medium, high, critical/);
    // A key's description, in VS Code's display language (from the packs, loaded with the hover's bundle).
    const owner = await hovered(10, 'owner');
    assert.ok(owner.includes(DESCRIPTIONS[pickLanguage(vscode.env.language)]['client_tasks.*.owner']), owner);
    await document.save();
  });
});
