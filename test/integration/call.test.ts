import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateCandor, closeAllEditors, isoDaysAgo, useTempHistory, waitForRow, workspaceFolder } from './helpers';

// Dates relative to today: the tree and the commands read the clock, the suite runs on any day.
const BEFORE = `version: 1
project: { name: Call Portal, client: Call Corp, language: fr }
team:
  - { name: Paul Martin, aliases: [pmartin] }
client:
  contacts:
    - { name: Jeanne Dupont, role: Product owner, approves: [scope] }
communication: { cadence: weekly, contact: Jeanne Dupont }
milestones:
  - { id: beta, title: Beta release, due: ${isoDaysAgo(-30)} }
client_tasks:
  - { id: keys, title: Clés API de production (voir pmartin), owner: Jeanne Dupont, due: ${isoDaysAgo(3)} }
  - { id: logo, title: Logo en haute définition, due: ${isoDaysAgo(20)} }
decisions:
  - { id: sso, question: Single sign-on provider, needs: [Jeanne Dupont] }
red_flags:
  - { id: retries, title: Payment retries untested, severity: high, client_visible: true }
`;
const AFTER = BEFORE.replace(`due: ${isoDaysAgo(20)} }`, `due: ${isoDaysAgo(20)}, status: done }`)
  .replace(`due: ${isoDaysAgo(-30)} }`, `due: ${isoDaysAgo(-35)} }`)
  .replace('severity: high, client_visible: true }', 'severity: high, client_visible: true, mitigation: Chaos tests }');

describe('preparing the call: what changed, the agenda, the client reminder', () => {
  let restore: () => void;
  const folder = () => workspaceFolder().uri.toString();

  before(async () => {
    await activateCandor();
    restore = useTempHistory(AFTER, [
      { message: 'chore: project file', files: { 'project.yaml': BEFORE }, daysAgo: 9 },
      {
        message: 'docs: status update',
        files: { [`status/${isoDaysAgo(6)}.md`]: '# Point\n\n## Livré\n\n- Panier\n' },
        daysAgo: 6,
      },
      { message: 'feat: one-click payment', files: { 'project.yaml': AFTER, 'src/pay.js': 'export const pay = 1;\n' } },
    ]);
    await waitForRow((n) => n.label === 'Call Portal', 'the call project in the tree');
  });

  after(async () => {
    await closeAllEditors();
    restore();
  });

  it('shows in the tree what changed in project.yaml since the last update, and the commits since', async () => {
    const section = await waitForRow(
      (n) => n.kind === 'section' && n.label === 'Since the last update' && n.children.length === 3,
      'the "Since the last update" section with three changes',
    );
    assert.strictEqual(section.description, '1 commit · 3 changes in project.yaml');
    assert.deepStrictEqual(
      section.children.map((c) => c.label),
      [
        'Client task done: Logo en haute définition',
        `Milestone moved: Beta release, from ${isoDaysAgo(-30)} to ${isoDaysAgo(-35)} (+5 days)`,
        'Red flag mitigated: Payment retries untested — Chaos tests',
      ],
    );
    // Each row opens its entry in project.yaml.
    const lines = AFTER.split('\n');
    assert.deepStrictEqual(
      section.children.map((c) => /id: (\w+)/.exec(lines[(c.line ?? 0) - 1] ?? '')?.[1]),
      ['logo', 'beta', 'retries'],
    );
  });

  it('opens the brief with those changes and ends it with the ordered agenda', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('candor.prepareForClientCall', {
      folder: folder(),
    });
    assert.ok(document, 'a brief was opened');
    const text = document.getText();
    assert.match(text, /## What changed since the last update\n\n### In project\.yaml\n\n- Client task done: Logo/);
    const agenda = text.slice(text.indexOf('## Agenda for the call'));
    assert.match(agenda, /^## Agenda for the call\n\n1\. Decide: Single sign-on provider — approval: Jeanne Dupont/);
    assert.match(
      agenda,
      /\n2\. Ask for: Clés API de production \(voir pmartin\) — \d{4}-\d{2}-\d{2} \(3 days overdue\)/,
    );
    assert.match(agenda, /\n3\. Risk: Payment retries untested — our solution: Chaos tests/);
    assert.match(agenda, /\n4\. Next milestone: Beta release — due /);
  });

  it('drafts the reminder in the client’s language, without team names, and Copy copies it as edited', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('candor.draftClientReminder', {
      folder: folder(),
    });
    assert.ok(document, 'a reminder was opened');
    assert.ok(document.isUntitled);
    const text = document.getText();
    assert.match(text, /^Bonjour Jeanne Dupont,\n/);
    assert.match(text, /\n- Clés API de production \(voir l’équipe\) \(prévu pour le \d+(er)? \S+ \d{4}\)\n/);
    assert.ok(!/pmartin|Paul|Logo/.test(text), text);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(document.lineCount, 0), 'PS : merci !\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const copied = await vscode.commands.executeCommand<string>('candor.copyReminder', document.uri);
    assert.strictEqual(copied, `${text}PS : merci !\n`);
    assert.strictEqual(await vscode.env.clipboard.readText(), copied);
  });

  it('right after saving an update, shows what it told the client and what changed since the one before', async () => {
    const draft = await vscode.commands.executeCommand<vscode.TextDocument>('candor.draftStatusUpdate', {
      range: { kind: 'days', value: 30 },
    });
    assert.ok(draft, 'a draft was opened');
    const saved = await vscode.commands.executeCommand<vscode.Uri>('candor.saveDraftToHistory', draft.uri);
    assert.ok(saved, 'the draft was saved to the history');
    const section = await waitForRow(
      (n) =>
        n.kind === 'section' && n.label === 'Since the last update' && /since the update of/.test(n.description ?? ''),
      'the section comparing with the update before the one just saved',
    );
    assert.strictEqual(
      section.description,
      `1 commit · 3 changes in project.yaml · since the update of ${isoDaysAgo(6)}`,
    );
    const brief = await vscode.commands.executeCommand<vscode.TextDocument>('candor.prepareForClientCall', {
      folder: folder(),
    });
    assert.ok(brief);
    const text = brief.getText();
    assert.match(text, new RegExp(`The update of ${isoDaysAgo(0)} was just saved \\(no commit since\\)`));
    assert.match(text, new RegExp(`### What the update of ${isoDaysAgo(0)} told the client\n\n- `));
    assert.match(text, /### In project\.yaml\n\n- Client task done: Logo/);
    assert.doesNotMatch(text, /Commits read: 0 commits/);
  });

  it('says there is nothing to remind when the client owes nothing, and opens nothing', async () => {
    const file = path.join(workspaceFolder().uri.fsPath, 'project.yaml');
    fs.writeFileSync(file, AFTER.replace(`due: ${isoDaysAgo(3)} }`, `due: ${isoDaysAgo(3)}, status: done }`));
    await waitForRow(
      (n) => n.kind === 'clientTask' && n.id.endsWith('/keys') && n.icon === 'done',
      'the keys task done',
    );
    const before = vscode.workspace.textDocuments.length;
    const document = await vscode.commands.executeCommand('candor.draftClientReminder', { folder: folder() });
    assert.strictEqual(document, undefined);
    assert.strictEqual(vscode.workspace.textDocuments.length, before);
  });
});
