import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CandorApi } from '../../src/extension';
import type { OutlineNode } from '../../src/core/outline';
import {
  activateCandor,
  checkUnknownMarkerWarning,
  closeAllEditors,
  waitFor,
  waitForRow,
  workspaceFolder,
} from './helpers';

// The workspace is a copy of examples/acme-portal: five red flags, markers in src/, coverage/lcov.info from c8.

describe('red flags linked to code and coverage', () => {
  let candor: CandorApi;

  before(async () => {
    candor = (await activateCandor()).exports as CandorApi;
    await candor.flagsSettled();
  });

  after(closeAllEditors);

  /** The flag's row once the analysis of the current project.yaml has given it its rows (an earlier suite may
   * have just restored the file, so the first outline can predate that analysis). */
  async function flagRow(id: string): Promise<OutlineNode> {
    return waitForRow(
      (n) => n.kind === 'redFlag' && n.id.endsWith(`/red_flags/${id}`) && n.children.length > 0,
      `the analysed ${id} row`,
    );
  }

  it('shows under a flag its covered share, its marker, its files and its uncovered ranges, largest first', async () => {
    const flag = await flagRow('invoice-export');
    assert.match(flag.description ?? '', /^high · no solution proposed yet · 38% covered · unknown-territory$/);
    const [coverage, markers, files, uncovered] = flag.children;
    assert.strictEqual(coverage!.label, '38% of 59 lines covered');
    assert.deepStrictEqual(
      markers!.children.map((m) => m.label),
      ['src/invoices/export.js:4'],
    );
    assert.deepStrictEqual(
      files!.children.map((f) => f.label),
      ['src/invoices/export.js', 'src/invoices/numbering.js'],
    );
    assert.match(uncovered!.label, /^Uncovered \(\d+ lines\)$/);
    const sizes = uncovered!.children.map((r) => r.location!.endLine! - r.location!.line);
    assert.deepStrictEqual(
      sizes,
      [...sizes].sort((a, b) => b - a),
      'largest range first',
    );
    assert.deepStrictEqual(uncovered!.children[0]!.location, { file: 'src/invoices/export.js', line: 1, endLine: 36 });
  });

  it('orders flags by severity, then the least covered first', async () => {
    const section = await waitForRow(
      (n) => n.kind === 'section' && n.label === 'Red flags' && n.children.every((f) => f.children.length > 0),
      'the analysed flags',
    );
    assert.deepStrictEqual(
      section.children.map((n) => n.id.split('/').pop()),
      ['invoice-export', 'payment-retries', 'promo-stacking', 'psp-sandbox', 'address-validation'],
    );
  });

  it('opens the file at an uncovered range from its row', async () => {
    const range = (await flagRow('promo-stacking')).children.find((c) => c.label.startsWith('Uncovered'))!.children[0]!;
    await vscode.commands.executeCommand('candor.openLocation', workspaceFolder().uri.toString(), range.location);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith('src/checkout/promo.js'));
    assert.strictEqual(editor.selection.start.line, range.location!.line - 1);
  });

  it('shows the flag title, severity, mitigation and coverage in the hover of a marked line', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'src/payments/retry.js');
    await vscode.window.showTextDocument(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      new vscode.Position(20, 12),
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Red flag: Relances de paiement non testées/);
    assert.match(text, /Severity: high/);
    assert.match(text, /85% of 34 lines covered/);
    assert.match(text, /Tests de coupure réseau cette semaine/);
  });

  it('warns on the line of a marker whose id is not in project.yaml', checkUnknownMarkerWarning);

  it('goes to the riskiest flag in project.yaml from Go to Red Flag', async () => {
    let finished = false;
    const command = Promise.resolve(vscode.commands.executeCommand('candor.goToRedFlag')).then(() => (finished = true));
    // Accept the first item once the quick pick is up; accepting with no quick pick open does nothing.
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return finished;
      },
      undefined,
      {
        intervalMs: 100,
        message: 'the quick pick to be answered',
        saw: () => `active editor: ${vscode.window.activeTextEditor?.document.uri.path ?? 'none'}`,
      },
    );
    await command;
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith('/project.yaml'));
    assert.match(editor.document.lineAt(editor.selection.start.line).text, /id: invoice-export/);
  });

  it('toggles the uncovered lines of flagged files on and off', async () => {
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('candor.toggleUncoveredLines'), true);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('candor.toggleUncoveredLines'), false);
  });
});
