import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CandorApi } from '../../src/extension';
import { activateCandor, closeAllEditors, isoDaysAgo, useTempHistory, waitForRow, workspaceFolder } from './helpers';

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
      { message: 'feat(checkout): one-click payment for returning customers (#12)\n\nCo-authored-by: Ada <ada@example.dev>', files: { 'src/checkout/pay.js': 'export const pay = 1;\n' } },
      { message: 'fix: pmartin broke the invoice export, now fixed ACME-42' },
    ]);
    await waitForRow((n) => n.label === 'Draft Portal', 'the draft project in the tree');
  });

  after(async () => {
    await closeAllEditors();
    restore();
  });

  it('opens an editable Markdown draft with every section, naming no one', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('candor.draftStatusUpdate', { range: { kind: 'days', value: 30 } });
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
  });

  it('saves the draft to the status history, which moves the status-bar reminder', async () => {
    const saved = await vscode.commands.executeCommand<vscode.Uri>('candor.saveDraftToHistory');
    assert.ok(saved, 'the draft was saved');
    assert.strictEqual(path.relative(root, saved.fsPath), path.join('status', `${isoDaysAgo(0)}.md`));
    assert.match(fs.readFileSync(saved.fsPath, 'utf8'), /## Delivered/);
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
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('candor.draftStatusUpdate', { range: { kind: 'days', value: 30 } });
    assert.ok(document);
    const copied = await vscode.commands.executeCommand<string>('candor.copyDraftText', document.uri);
    assert.strictEqual(await vscode.env.clipboard.readText(), copied);
    assert.ok(!copied.includes('## '), 'no Markdown headings in the plain text');
    assert.match(copied, /Delivered\n=+/);
  });
});
