import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateCandor, closeAllEditors, isoDaysAgo, useTempHistory, waitForRow, workspaceFolder } from './helpers';

const PROJECT = `version: 1
project: { name: Brief Portal, client: Brief Corp, language: fr, phase: delivery }
team:
  - { name: Paul Martin, aliases: [pmartin] }
client:
  contacts:
    - { name: Jeanne Dupont, role: Product owner, approves: [scope] }
  departments:
    - { name: Logistics, impact: delivery addresses checked }
communication: { cadence: weekly }
phases:
  - id: delivery
    title: Delivery
    checklist:
      - { id: chaos, text: Chaos tests on every delivery }
milestones:
  - { id: beta, title: Beta release, due: 2099-01-15, paths: [src/checkout/**] }
client_tasks:
  - { id: keys, title: Provide production API keys, owner: Jeanne Dupont, due: 2020-01-10 }
decisions:
  - { id: sso, question: Single sign-on provider, needs: [Jeanne Dupont] }
red_flags:
  - { id: retries, title: Payment retries untested, severity: high, paths: [src/checkout/**] }
`;

describe('preparing for a client call (the internal brief)', () => {
  let restore: () => void;

  before(async () => {
    await activateCandor();
    restore = useTempHistory(
      PROJECT,
      [
        { message: 'chore: start the project file', add: ['project.yaml'], daysAgo: 9 },
        {
          message: 'feat(checkout): one-click payment, key ghp_abcdefghijklmnopqrstuvwxyz0123456789 (#12)',
          files: { 'src/checkout/pay.js': 'export const pay = 1;\n' },
        },
        { message: 'fix: pmartin fixed the invoice export ACME-42' },
      ],
      { [`status/${isoDaysAgo(5)}.md`]: '# Earlier update\n' },
    );
    await waitForRow((n) => n.label === 'Brief Portal', 'the brief project in the tree');
  });

  after(async () => {
    await closeAllEditors();
    restore();
  });

  it('opens an untitled Markdown brief whose first line says it is internal, with every section', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('candor.prepareForClientCall', {
      folder: workspaceFolder().uri.toString(),
    });
    assert.ok(document, 'a brief document was opened');
    assert.strictEqual(document.languageId, 'markdown');
    assert.ok(document.isUntitled, 'the brief is a preview, not a file');
    assert.strictEqual(vscode.window.activeTextEditor?.document, document);
    const text = document.getText();
    assert.match(document.lineAt(0).text, /^# Internal — not for the client/);
    for (const heading of [
      '## What changed since the last update',
      '## Client tasks overdue',
      '## Decisions waiting on the client',
      '## Red flags by risk',
      '## Flags with no mitigation',
      '## Milestones at risk',
      '## Departments to notify',
      '## Open checklist items of the current phase',
    ]) {
      assert.ok(text.includes(heading), `missing "${heading}" in:\n${text}`);
    }
    assert.match(text, /### Beta release\n\n- One-click payment, key/);
    assert.match(text, /Fix: pmartin fixed the invoice export/i, 'internal: team names stay');
    assert.match(text, /Provide production API keys — Jeanne Dupont — \d+ days overdue/);
    assert.match(text, /Single sign-on provider .* approval: Jeanne Dupont \(Product owner; approves scope\)/);
    assert.match(
      text,
      /\[high\] retries: Payment retries untested .* code changed since the last update \(1 commit\) — NO MITIGATION/,
    );
    assert.match(text, /Logistics — never notified/);
    assert.match(text, /- Chaos tests on every delivery/);
    for (const hidden of ['ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ACME-42', '#12', 'start the project file']) {
      assert.ok(!text.includes(hidden), `"${hidden}" reached the brief:\n${text}`);
    }
  });
});
