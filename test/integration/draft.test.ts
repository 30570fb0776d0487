import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CandorApi } from '../../src/extension';
import {
  activateCandor,
  closeAllEditors,
  isoDaysAgo,
  useTempHistory,
  waitForDiagnostics,
  waitForRow,
  workspaceFolder,
} from './helpers';

// A fake token built at run time, so that no secret-looking string sits in the repo.
const FAKE_TOKEN = ['ghp', '_', 'Z9y8X7w6'.repeat(5)].join('');
const REVIEW_WORDS = /Review before sending|Internal note|looks like|blamed someone|Internal red flag|ghp_/;

const PROJECT = `version: 1
project: { name: Draft Portal, client: Draft Corp, language: en, phase: delivery }
team:
  - { name: Paul Martin, aliases: [pmartin] }
communication: { channel: email, cadence: weekly, contact: Jeanne Dupont }
phases:
  - { id: delivery, title: Delivery }
milestones:
  - { id: beta, title: Beta release, due: 2099-01-15, paths: [src/checkout/**] }
client_tasks:
  - { id: keys, title: Provide production API keys, owner: Jeanne Dupont, due: 2020-01-10 }
decisions:
  - { id: sso, question: Single sign-on provider, needs: [Jeanne Dupont] }
red_flags:
  - { id: retries, title: Payment retries untested, severity: high, client_visible: true, mitigation: Chaos tests this sprint }
  - { id: legacy, title: Legacy checkout code, severity: medium, client_visible: false, paths: [src/checkout/**] }
`;

describe('drafting the client status update', () => {
  let root: string;
  let restore: () => void;
  let candor: CandorApi;

  before(async () => {
    candor = (await activateCandor()).exports as CandorApi;
    root = workspaceFolder().uri.fsPath;
    restore = useTempHistory(PROJECT, [
      { message: 'chore: start the project file', add: ['project.yaml'] },
      {
        message:
          'feat(checkout): one-click payment for returning customers (#12)\n\nCo-authored-by: Ada <ada@example.dev>',
        files: { 'src/checkout/pay.js': 'export const pay = 1;\n' },
      },
      { message: 'fix: pmartin broke the invoice export, now fixed ACME-42' },
      { message: `fix: drop the token ${FAKE_TOKEN} from the mail settings` },
    ]);
    await waitForRow((n) => n.label === 'Draft Portal', 'the draft project in the tree');
  });

  after(async () => {
    await closeAllEditors();
    restore();
  });

  it('opens an editable Markdown draft with every section, naming no one', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('candor.draftStatusUpdate', {
      range: { kind: 'days', value: 30 },
    });
    assert.ok(document, 'a draft document was opened');
    assert.strictEqual(document.languageId, 'markdown');
    assert.ok(document.isUntitled, 'the draft is a preview to edit, not a file');
    const text = document.getText();
    for (const heading of ['## Delivered', '## Fixed', '## Risks', '## Waiting on you', '## Decisions']) {
      assert.ok(text.includes(heading), `missing "${heading}" in:\n${text}`);
    }
    assert.match(text, /One-click payment for returning customers/);
    assert.match(text, /Chaos tests this sprint/);
    assert.match(text, /Provide production API keys/);
    for (const secret of ['Paul', 'pmartin', 'example.dev', 'Ada', 'ACME-42', '#12', 'start the project file']) {
      assert.ok(!text.includes(secret), `"${secret}" reached the draft:\n${text}`);
    }
    assert.ok(!REVIEW_WORDS.test(text), `review text reached the draft:\n${text}`);
  });

  it('shows every review point beside the draft, as diagnostics on the lines they are about', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('candor.draftStatusUpdate', {
      range: { kind: 'days', value: 30 },
    });
    assert.ok(document);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => x.source === 'Candor'));
    const about = (code: string) => diagnostics.find((d) => d.code === code);
    assert.match(document.lineAt(about('blame')!.range.start.line).text, /^- .*invoice export/i, 'the rewritten line');
    assert.match(
      document.lineAt(about('secret')!.range.start.line).text,
      /^- .*mail settings/i,
      'the line the token was removed from',
    );
    assert.strictEqual(about('secret')!.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(
      document.lineAt(about('red-flag')!.range.start.line).text,
      '## Risks and how we are handling them',
    );
    assert.match(about('red-flag')!.message, /Internal red flag “legacy”/);
    assert.ok(!document.getText().includes(FAKE_TOKEN));
  });

  it('opens beside the draft, read-only, why each commit is or is not a line of it', async () => {
    const draft = await vscode.commands.executeCommand<vscode.TextDocument>('candor.draftStatusUpdate', {
      range: { kind: 'days', value: 30 },
    });
    assert.ok(draft);
    const explained = await vscode.commands.executeCommand<vscode.TextDocument>('candor.explainDraft', draft.uri);
    assert.ok(explained, 'an explanation was opened');
    assert.strictEqual(explained.uri.scheme, 'candor-explain');
    const text = explained.getText();
    assert.match(text, /Why each line is there: 4 commits in the range/);
    assert.match(text, /chore: start the project file\n {2}hidden: a type hidden from the client/);
    assert.match(
      text,
      /feat\(checkout\): one-click payment for returning customers \(#12\)\n {2}became “Delivered”, item 1/,
    );
    assert.ok(!text.includes(FAKE_TOKEN), 'the explanation never repeats a secret');
    const line = draft
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('One-click payment'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      draft.uri,
      new vscode.Position(line, 3),
    );
    // The subject is appended as text, so Markdown escapes it (and its spaces): compare without the escapes.
    const hoverText = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
      .join('\n')
      .replace(/\\(.)/g, '$1')
      .replace(/&nbsp;/g, ' ');
    assert.match(
      hoverText,
      /one-click payment for returning customers/,
      `the hover names the commit behind the line: ${hoverText}`,
    );
  });

  it('saves the draft to the status history, which moves the status-bar reminder', async () => {
    const saved = await vscode.commands.executeCommand<vscode.Uri>('candor.saveDraftToHistory');
    assert.ok(saved, 'the draft was saved');
    assert.strictEqual(path.relative(root, saved.fsPath), path.join('status', `${isoDaysAgo(0)}.md`));
    const savedText = fs.readFileSync(saved.fsPath, 'utf8');
    assert.match(savedText, /## Delivered/);
    assert.ok(!REVIEW_WORDS.test(savedText), `review text was saved:\n${savedText}`);
    // Weekly, last sent today: due in seven days, said with its date.
    assert.match(await candor.reminderText(), /^\$\(megaphone\) Client update due \d{1,2} [A-Z][a-z]+$/);
  });

  it('says the update is overdue when the last one in the history is older than the cadence', async () => {
    fs.rmSync(path.join(root, 'status'), { recursive: true, force: true });
    fs.mkdirSync(path.join(root, 'status'));
    fs.writeFileSync(path.join(root, 'status', `${isoDaysAgo(10)}.md`), '# Earlier update\n');
    assert.strictEqual(await candor.reminderText(), '$(megaphone) Client update overdue by 3 days');
  });

  it('copies the draft as plain text for an email', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('candor.draftStatusUpdate', {
      range: { kind: 'days', value: 30 },
    });
    assert.ok(document);
    const copied = await vscode.commands.executeCommand<string>('candor.copyDraftText', document.uri);
    assert.strictEqual(await vscode.env.clipboard.readText(), copied);
    assert.ok(!copied.includes('## '), 'no Markdown headings in the plain text');
    assert.match(copied, /Delivered\n=+/);
    assert.ok(!REVIEW_WORDS.test(copied), `review text was copied:\n${copied}`);
    const markdown = await vscode.commands.executeCommand<string>('candor.copyDraftMarkdown', document.uri);
    assert.strictEqual(markdown, document.getText());
    assert.ok(!REVIEW_WORDS.test(markdown), `review text was copied:\n${markdown}`);
  });

  it('drops the review of a draft once it is closed', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('candor.draftStatusUpdate', {
      range: { kind: 'days', value: 30 },
    });
    assert.ok(document);
    await waitForDiagnostics(document.uri, (d) => d.length > 0);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitForDiagnostics(document.uri, (d) => d.length === 0);
  });
});
