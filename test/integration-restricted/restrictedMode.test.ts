// Restricted Mode, end to end: run by `node scripts/vscode-host/runIntegration.mjs --restricted --tests
// test/integration-restricted`. The workspace is a copy of examples/acme-portal made a git repo with one commit,
// so that a Candor that ignored Workspace Trust would list its files with `git ls-files` and find markers with
// `git grep`. The built-in git extension is off, and a fake `git` first on PATH logs every call to the file
// named by CANDOR_IT_GIT_LOG: an empty log after the whole suite means no git process was started at all.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { CandorApi } from '../../src/extension';
import {
  activateCandor,
  checkUnknownMarkerWarning,
  closeAllEditors,
  openProjectFile,
  replaceDocumentText,
  waitFor,
  waitForDiagnostics,
  waitForRow,
  workspaceFolder,
} from '../integration/helpers';

function gitLogFile(): string {
  const file = process.env.CANDOR_IT_GIT_LOG;
  assert.ok(file, 'CANDOR_IT_GIT_LOG is not set: run this suite through runIntegration.mjs --restricted');
  return file;
}

/** The git calls the fake git logged so far, one `<cwd>\t<args>` line each. */
function gitCalls(): string[] {
  return fs.readFileSync(gitLogFile(), 'utf8').split('\n').filter(Boolean);
}

describe('Restricted Mode (an untrusted workspace)', () => {
  let candor: CandorApi;

  before(async () => {
    candor = (await activateCandor()).exports as CandorApi;
    await candor.flagsSettled();
  });

  after(closeAllEditors);

  it('runs untrusted, in a git repo, with the built-in git extension off and the logging git first on PATH', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    assert.ok(fs.existsSync(`${workspaceFolder().uri.fsPath}/.git`), 'the workspace is a git repo');
    assert.strictEqual(
      vscode.extensions.getExtension('vscode.git'),
      undefined,
      'the built-in git extension is disabled',
    );
    assert.deepStrictEqual(gitCalls(), []);
  });

  it('shows the project and its red flags with their coverage and markers, found without git', async () => {
    await waitForRow((n) => n.kind === 'project', 'the project row');
    const flag = await waitForRow(
      (n) => n.kind === 'redFlag' && n.id.endsWith('/red_flags/invoice-export'),
      'the invoice-export row',
    );
    const [coverage, markers, files] = flag.children;
    assert.strictEqual(coverage?.label, '38% of 59 lines covered');
    assert.deepStrictEqual(
      markers?.children.map((m) => m.label),
      ['src/invoices/export.js:4'],
    );
    assert.deepStrictEqual(
      files?.children.map((f) => f.label),
      ['src/invoices/export.js', 'src/invoices/numbering.js'],
    );
  });

  it('warns on the line of a marker whose id is not in project.yaml', checkUnknownMarkerWarning);

  it('puts the errors of a broken project.yaml on their line', async () => {
    const { document } = await openProjectFile();
    const original = document.getText();
    const line = original.split('\n').findIndex((l) => /^\s*severity: high\b/.test(l));
    assert.ok(line >= 0, 'the example has a high-severity flag on a line of its own');
    try {
      await replaceDocumentText(document, original.replace(/^(\s*)severity: high\b/m, '$1severity: urgent'));
      const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0);
      assert.deepStrictEqual(
        diagnostics.map((d) => d.range.start.line),
        [line],
      );
      assert.match(diagnostics[0]?.message ?? '', /severity must be one of/);
    } finally {
      // Back to the original text, saved (the same bytes as on disk): nothing of the broken file stays behind.
      // Not the Revert command: it acts on whichever editor is active, and once left the broken text in place.
      await replaceDocumentText(document, original);
      await document.save();
    }
    await waitFor(() => vscode.languages.getDiagnostics(document.uri).length === 0, undefined, {
      events: [vscode.languages.onDidChangeDiagnostics],
      message: 'no diagnostics on the restored project.yaml',
      saw: () => ({
        dirty: document.isDirty,
        brokenInEditor: document.getText() !== original,
        brokenOnDisk: fs.readFileSync(document.uri.fsPath, 'utf8') !== original,
        diagnostics: vscode.languages.getDiagnostics(document.uri).map((d) => d.message),
      }),
    });
  });

  it('refuses to draft the status update, which needs git', async () => {
    const draft = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('candor.draftStatusUpdate', {
      range: { kind: 'days', value: 30 },
    });
    assert.strictEqual(draft, undefined);
  });

  // Last: everything above has run, and the analysis that the edit of project.yaml started has settled.
  it('started no git process at all', async () => {
    await candor.flagsSettled();
    assert.deepStrictEqual(gitCalls(), [], 'git was started in Restricted Mode');
    // The control: a git started from this extension host, by name, as Candor would start it, is logged.
    execFileSync('git', ['--version'], { cwd: workspaceFolder().uri.fsPath });
    assert.deepStrictEqual(
      gitCalls().map((l) => l.split('\t')[1]),
      ['--version'],
      `the fake git is not first on PATH: ${process.env.PATH}`,
    );
  });
});
