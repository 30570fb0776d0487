import * as assert from 'assert';
import * as vscode from 'vscode';
import type { OutlineNode } from '../../src/core/outline';
import type { CandorApi } from '../../src/extension';
import {
  activateCandor,
  closeAllEditors,
  openProjectFile,
  replaceDocumentText,
  waitFor,
  waitForRow,
  workspaceFolder,
} from './helpers';

const PROJECT = `version: 1
# The client's own words matter: keep this file readable.
project: { name: Actions Portal, client: Testing Corp, language: en, phase: delivery }
client:
  contacts:
    - { name: Ada Lovelace, role: Product owner }
communication: { cadence: weekly, day: thursday }   # agreed at kickoff
phases:
  - id: delivery
    title: Delivery
    checklist:
      - { id: checkins, text: Weekly check-ins held, done: false }
client_tasks:
  - { id: keys, title: Provide API keys, owner: Ada Lovelace, due: 2099-01-01 }   # asked twice
red_flags:
  - id: retries
    title: Payment retries untested
    severity: high
    kind: untested
milestones:
  - { id: beta, title: Beta, due: 2099-01-01, status: on-track }
decisions:
  - { id: sso, question: Which SSO provider?, needs: [Ada Lovelace] }
`;

const CODE = 'export function vat(amount) {\n  return Math.round(amount * 0.2);\n}\n';

async function api(): Promise<CandorApi> {
  return (await activateCandor()).exports as CandorApi;
}

const row = (kind: OutlineNode['kind'], id: string) =>
  waitForRow((n) => n.kind === kind && n.id.endsWith(`/${id}`), `the ${kind} row ${id}`);

describe('acting on project.yaml from the tree', () => {
  let document: vscode.TextDocument;
  let original: string;

  before(async () => {
    document = (await openProjectFile()).document;
    original = document.getText();
    await replaceDocumentText(document, PROJECT);
    await document.save();
    await waitForRow((n) => n.kind === 'project' && n.label === 'Actions Portal', 'the project row');
  });

  afterEach(async () => {
    // Each test starts from PROJECT, saved, with the tree drawn from it.
    if (document.getText() !== PROJECT) {
      await replaceDocumentText(document, PROJECT);
      await document.save();
    }
    await vscode.commands.executeCommand('candor.refresh');
  });

  after(async () => {
    // Through the document, not behind it: the next suites find the open model and the disk in agreement.
    await replaceDocumentText(document, original);
    await document.save();
    await vscode.commands.executeCommand('candor.refresh');
    await closeAllEditors();
  });

  /** Runs a command and expects the document to read `expected` afterwards. */
  async function expectEdit(command: string, args: unknown[], expected: string): Promise<void> {
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(command, ...args), true, command);
    assert.strictEqual(document.getText(), expected);
  }

  it('marks a client task done, blocked and open again, touching only its status, and undo restores it', async () => {
    const done = PROJECT.replace('due: 2099-01-01 }   # asked', 'due: 2099-01-01, status: done }   # asked');
    await expectEdit('candor.markTaskDone', [await row('clientTask', 'keys')], done);
    assert.ok(!document.isDirty, 'a file that was clean is saved after the edit');
    await waitForRow((n) => n.id.endsWith('/keys') && n.icon === 'done', 'the task shown done');

    await expectEdit(
      'candor.reopenTask',
      [await row('clientTask', 'keys')],
      done.replace('status: done', 'status: open'),
    );
    await waitForRow((n) => n.id.endsWith('/keys') && n.icon === 'task', 'the task shown open');
    await expectEdit(
      'candor.markTaskBlocked',
      [await row('clientTask', 'keys')],
      done.replace('status: done', 'status: blocked'),
    );
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), done.replace('status: done', 'status: open'));
  });

  it('changes a due date in a document with unsaved changes, keeping them unsaved', async () => {
    const edited = PROJECT.replace('Provide API keys', 'Provide the API keys');
    await replaceDocumentText(document, edited);
    await waitForRow((n) => n.label === 'Provide the API keys', 'the reload of the unsaved edit');
    await expectEdit(
      'candor.setTaskDue',
      [await row('clientTask', 'keys'), '2099-02-01'],
      edited.replace('due: 2099-01-01 }   #', 'due: 2099-02-01 }   #'),
    );
    assert.ok(document.isDirty, 'unsaved changes stay unsaved');
  });

  it('refuses an edit on a row whose item left project.yaml, and writes nothing', async () => {
    const task = await row('clientTask', 'keys');
    const changed = PROJECT.replace('id: keys,', 'id: api-keys,');
    await replaceDocumentText(document, changed);
    await row('clientTask', 'api-keys');
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('candor.markTaskDone', task), false);
    assert.strictEqual(document.getText(), changed);
  });

  it('records a decision with its outcome and date', async () => {
    await expectEdit(
      'candor.recordDecision',
      [await row('decision', 'sso'), 'decided', 'Keycloak, hosted by us', '2026-11-27'],
      PROJECT.replace(
        'needs: [Ada Lovelace] }',
        'needs: [Ada Lovelace], status: decided, outcome: "Keycloak, hosted by us", decided_on: 2026-11-27 }',
      ),
    );
    await waitFor(
      async () => !JSON.stringify(await (await api()).outline()).includes('Which SSO provider?'),
      undefined,
      {
        message: 'the decided decision to leave the open decisions',
      },
    );
  });

  it('moves a milestone keeping its first due date, and the tree says how far it slipped', async () => {
    const moved = PROJECT.replace(
      'due: 2099-01-01, status: on-track',
      'due: 2099-01-06, baseline: 2099-01-01, status: on-track',
    );
    await expectEdit('candor.moveMilestone', [await row('milestone', 'beta'), '2099-01-06'], moved);
    await waitForRow((n) => n.kind === 'milestone' && /\+5 days against plan/.test(n.description ?? ''), 'the slip');
    await expectEdit(
      'candor.setMilestoneStatus',
      [await row('milestone', 'beta'), 'at-risk'],
      moved.replace('on-track', 'at-risk'),
    );
    await expectEdit(
      'candor.moveMilestone',
      [await row('milestone', 'beta'), '2099-01-01'],
      PROJECT.replace('on-track', 'at-risk'),
    );
  });

  it("changes a red flag's severity and status and writes its mitigation in its block style", async () => {
    await expectEdit(
      'candor.setFlagSeverity',
      [await row('redFlag', 'retries'), 'critical'],
      PROJECT.replace('severity: high', 'severity: critical'),
    );
    const solved = PROJECT.replace('severity: high', 'severity: critical\n    mitigation: Chaos tests this sprint');
    await expectEdit('candor.writeMitigation', [await row('redFlag', 'retries'), 'Chaos tests this sprint'], solved);
    await expectEdit(
      'candor.setFlagStatus',
      [await row('redFlag', 'retries'), 'mitigated'],
      solved.replace('    kind: untested\n', '    kind: untested\n    status: mitigated\n'),
    );
  });

  it("adds a client task, a decision and a red flag from the sections' +", async () => {
    const section = (name: string) => waitForRow((n) => n.kind === 'section' && n.id.endsWith(`/${name}`), name);
    let expected = PROJECT.replace(
      '# asked twice\n',
      '# asked twice\n  - { id: send-the-logo, title: Send the logo, due: 2099-01-10, status: open }\n',
    );
    await expectEdit(
      'candor.addClientTask',
      [await section('client_tasks'), { title: 'Send the logo', due: '2099-01-10' }],
      expected,
    );
    expected += '  - { id: hosting-region, question: Hosting region?, needs: [Ada Lovelace], status: open }\n';
    await expectEdit(
      'candor.addDecision',
      [await section('decisions'), { question: 'Hosting region?', needs: ['Ada Lovelace'] }],
      expected,
    );
    expected = expected.replace(
      '    kind: untested\n',
      '    kind: untested\n  - id: vat-rounding\n    title: VAT rounding\n    severity: low\n    status: open\n',
    );
    await expectEdit(
      'candor.addRedFlag',
      [await section('red_flags'), { title: 'VAT rounding', severity: 'low' }],
      expected,
    );
    await waitForRow((n) => n.kind === 'redFlag' && n.label === 'VAT rounding', 'the new red flag');
  });

  it('pauses the update reminder until a day and resumes it', async () => {
    const paused = PROJECT.replace('day: thursday }', 'day: thursday, paused_until: 2099-01-05 }');
    await expectEdit('candor.pauseReminder', [undefined, '2099-01-05'], paused);
    const candor = await api();
    await waitFor(async () => /paused until/.test(await candor.reminderText()), undefined, {
      message: 'the paused reminder',
      saw: () => candor.reminderText(),
    });
    await expectEdit('candor.pauseReminder', [undefined, ''], PROJECT);
  });

  it('marks a selection as a red flag: a marker above it and the flag in project.yaml, in one edit', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'src/vat.js');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(CODE));
    try {
      const code = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(code);
      const selection = new vscode.Range(1, 2, 1, 33);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        selection,
      );
      const action = actions.find((a) => a.title === 'Mark as Red Flag');
      assert.ok(action?.command, `offered: ${actions.map((a) => a.title).join(', ')}`);
      const args = [...(action.command.arguments ?? []), { title: 'VAT rounded per line', severity: 'medium' }];
      assert.strictEqual(await vscode.commands.executeCommand<boolean>(action.command.command, ...args), true);
      assert.strictEqual(
        code.getText(),
        'export function vat(amount) {\n  // RED-FLAG(vat-rounded-per-line): VAT rounded per line\n  return Math.round(amount * 0.2);\n}\n',
      );
      assert.strictEqual(
        document.getText(),
        PROJECT.replace(
          '    kind: untested\n',
          '    kind: untested\n  - id: vat-rounded-per-line\n    title: VAT rounded per line\n    severity: medium\n    paths: [src/vat.js]\n    status: open\n',
        ),
      );
      await waitForRow((n) => n.kind === 'redFlag' && n.label === 'VAT rounded per line', 'the marked flag');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(uri);
      document = (await openProjectFile()).document;
    }
  });

  it('runs from the palette with a keyboard-only pick of the item', async () => {
    const running = vscode.commands.executeCommand<boolean>('candor.markTaskDone');
    let finished = false;
    void running.then(() => (finished = true));
    // The pick lists the one task not done; Enter (the accept command) takes it once the pick is up.
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return finished;
      },
      undefined,
      { message: 'the pick to be accepted' },
    );
    assert.strictEqual(await running, true);
    assert.strictEqual(
      document.getText(),
      PROJECT.replace('due: 2099-01-01 }   # asked', 'due: 2099-01-01, status: done }   # asked'),
    );
  });
});
