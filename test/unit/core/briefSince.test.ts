import assert from 'node:assert/strict';
import {
  buildBrief,
  diffProject,
  sinceOutline,
  toldLines,
  briefWordsFor,
  type BriefInput,
} from '../../../src/core/brief';
import { nextCall } from '../../../src/core/cadence';
import { en } from '../../../src/core/lang/en/words';
import { fr as frWords } from '../../../src/core/lang/fr/words';
import { loadProject } from '../../../src/core/model/load';
import type { ProjectFile } from '../../../src/core/model/schema';

const BEFORE = `version: 1
project: { name: Acme Portal, client: Acme Corp, language: fr }
client:
  contacts:
    - { name: Jeanne Dupont, role: Product owner, approves: [scope] }
communication: { cadence: weekly, day: thursday, contact: Jeanne Dupont }
milestones:
  - { id: beta, title: Beta release, due: 2026-12-01, status: on-track }
  - { id: launch, title: Launch, due: 2027-01-15 }
client_tasks:
  - { id: keys, title: Provide production API keys, due: 2026-11-20 }
  - { id: logo, title: Send the logo, due: 2026-11-18 }
decisions:
  - { id: sso, question: Single sign-on provider, needs: [Jeanne Dupont], due: 2026-11-30 }
  - { id: host, question: Hosting region }
red_flags:
  - { id: pay, title: Payment retries untested, severity: high, client_visible: true }
  - { id: exp, title: Invoice format never used, severity: critical }
`;

const AFTER = BEFORE.replace(
  '{ id: logo, title: Send the logo, due: 2026-11-18 }',
  '{ id: logo, title: Send the logo, due: 2026-11-18, status: done }',
)
  .replace('due: 2026-12-01, status: on-track', 'due: 2026-12-06, status: at-risk')
  .replace(
    '{ id: host, question: Hosting region }',
    '{ id: host, question: Hosting region, status: decided, outcome: EU }',
  )
  .replace(
    '{ id: pay, title: Payment retries untested, severity: high, client_visible: true }',
    '{ id: pay, title: Payment retries untested, severity: high, client_visible: true, mitigation: Chaos tests this sprint }',
  )
  .replace(
    '{ id: exp, title: Invoice format never used, severity: critical }',
    '{ id: exp, title: Invoice format never used, severity: critical, status: closed }',
  )
  .concat('  - { id: sso-lib, title: SSO library is new to us, kind: unknown-territory }\n');

function load(text: string): ProjectFile {
  const loaded = loadProject(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value.file;
}

describe('what changed in project.yaml since the last update', () => {
  it('lists tasks done, decisions taken, milestones moved and flags opened, mitigated and closed, in call order', () => {
    const changes = diffProject(load(BEFORE), load(AFTER));
    assert.deepEqual(
      changes.map((c) => `${c.kind}:${c.id}`),
      [
        'task-done:logo',
        'decision-taken:host',
        'milestone-moved:beta',
        'milestone-status:beta',
        'flag-opened:sso-lib',
        'flag-mitigated:pay',
        'flag-closed:exp',
      ],
    );
    assert.deepEqual(diffProject(load(AFTER), load(AFTER)), []);
  });

  it('opens the brief with the changes in words, the slip in days against the old date', () => {
    const brief = buildBrief(input({ since: { from: '2026-11-19', changes: diffProject(load(BEFORE), load(AFTER)) } }));
    const changes = brief.sections[0]!;
    assert.equal(changes.id, 'changes');
    assert.equal(changes.groups[0]!.title, 'In project.yaml');
    assert.deepEqual(changes.groups[0]!.items.slice(0, 4), [
      'Client task done: Send the logo',
      'Decision taken: Hosting region — EU',
      'Milestone moved: Beta release, from 2026-12-01 to 2026-12-06 (+5 days)',
      'Milestone Beta release: on-track → at-risk',
    ]);
    assert.ok(
      changes.groups[0]!.items.includes('Red flag mitigated: Payment retries untested — Chaos tests this sprint'),
    );
  });

  it('says when project.yaml was not in git at the update, and when nothing in it changed', () => {
    const notInGit = buildBrief(input({ since: { from: '2026-11-19' } }));
    assert.match(notInGit.sections[0]!.note ?? '', /project\.yaml as it was at the update of 2026-11-19 is not in git/);
    const same = buildBrief(input({ since: { from: '2026-11-19', changes: [] } }));
    assert.match(same.sections[0]!.note ?? '', /No change in project\.yaml\./);
  });

  it('right after saving an update, shows what it told the client and what changed since the one before', () => {
    const told = toldLines(
      '# Point\n\nPériode : …\n\n## Livré\n\n- Panier\n- Paiement\n\n## En attente\n\n* Clés API\n',
    );
    assert.deepEqual(told, ['Livré: Panier', 'Livré: Paiement', 'En attente: Clés API']);
    const brief = buildBrief(
      input({
        since: { from: '2026-11-12', changes: [], justSaved: { day: '2026-11-19', told } },
        git: { read: true, commits: [], since: '2026-11-12', ranged: true },
      }),
    );
    const section = brief.sections[0]!;
    assert.match(
      section.note ?? '',
      /The update of 2026-11-19 was just saved \(no commit since\).*since the update of 2026-11-12/,
    );
    assert.deepEqual(section.groups[0], { title: 'What the update of 2026-11-19 told the client', items: told });
    assert.match(brief.markdown, /Commits read: 0 commits since 2026-11-12/);
  });

  it('draws the tree section: a row per change, the counts, and why there is nothing', () => {
    const w = briefWordsFor('en');
    const changes = diffProject(load(BEFORE), load(AFTER));
    const node = sinceOutline('k', { state: 'read', commits: 3, since: { from: '2026-11-19', changes } }, w, en);
    assert.equal(node.label, 'Since the last update');
    assert.equal(node.description, '3 commits · 7 changes in project.yaml');
    assert.equal(node.children.length, 7);
    assert.equal(node.children[0]!.label, 'Client task done: Send the logo');
    assert.equal(new Set(node.children.map((c) => c.id)).size, 7);
    const saved = sinceOutline(
      'k',
      {
        state: 'read',
        commits: 2,
        since: { from: '2026-11-12', changes: [], justSaved: { day: '2026-11-19', told: [] } },
      },
      w,
      en,
    );
    assert.equal(saved.description, '2 commits · 0 changes in project.yaml · since the update of 2026-11-12');
    assert.deepEqual(
      saved.children.map((c) => c.label),
      ['No change in project.yaml.'],
    );
    assert.equal(sinceOutline('k', { state: 'no-update' }, w, en).children[0]!.label, w.noUpdate);
    const fr = sinceOutline(
      'k',
      { state: 'read', commits: 1, since: { from: '2026-11-19', changes } },
      briefWordsFor('fr'),
      frWords,
    );
    assert.equal(fr.label, 'Depuis le dernier point');
    assert.match(fr.children[3]!.label, /^Jalon Beta release : dans les temps → à risque$/);
  });
});

describe('the since section opens project.yaml', () => {
  it('gives the row of each change the line of its entry in project.yaml as loaded now', () => {
    const loaded = loadProject(AFTER);
    assert.ok(loaded.ok);
    const changes = diffProject(load(BEFORE), loaded.value.file);
    const node = sinceOutline(
      'k',
      { state: 'read', commits: 3, since: { from: '2026-11-19', changes } },
      briefWordsFor('en'),
      en,
      loaded.value,
    );
    const lines = AFTER.split('\n');
    for (const [i, change] of changes.entries()) {
      const line = node.children[i]!.line;
      assert.ok(line !== undefined, change.kind);
      // The row's line is the one that holds the entry's id.
      assert.match(lines[line - 1]!, new RegExp(`id: ${change.id}\\b`), `${change.kind} ${change.id}`);
    }
    // Without the loaded project, the rows open nothing.
    const plain = sinceOutline(
      'k',
      { state: 'read', commits: 3, since: { from: '2026-11-19', changes } },
      briefWordsFor('en'),
      en,
    );
    assert.ok(plain.children.every((c) => c.line === undefined));
  });
});

describe('the call agenda', () => {
  it('ends the brief with decisions and approvers, what the client owes, risks with their solution, the next milestone', () => {
    const brief = buildBrief(input({ project: load(AFTER) }));
    const agenda = brief.sections.at(-1)!;
    assert.equal(agenda.id, 'agenda');
    assert.deepEqual(agenda.groups[0]!.items, [
      'Decide: Single sign-on provider — approval: Jeanne Dupont (Product owner; approves scope) — needed by 2026-11-30 (due in 6 days)',
      'Ask for: Provide production API keys — 2026-11-20 (4 days overdue)',
      'Risk: Payment retries untested — our solution: Chaos tests this sprint',
      'Next milestone: Beta release — due 2026-12-06 (12 days left)',
    ]);
    assert.match(brief.markdown, /## Agenda for the call\n\n1\. Decide: Single sign-on provider/);
    assert.match(brief.markdown, /\n4\. Next milestone: Beta release/);
  });

  it('says when nothing is waiting, and asks for a solution for a client-visible risk without one', () => {
    const calm = load(BEFORE.replace(/client_tasks:[\s\S]*$/, ''));
    const agenda = buildBrief(input({ project: calm })).sections.at(-1)!;
    assert.match(agenda.note ?? '', /Nothing is waiting/);
    assert.deepEqual(agenda.groups[0]!.items, ['Next milestone: Beta release — due 2026-12-01 (7 days left)']);
    const risky = buildBrief(input({ project: load(BEFORE) })).sections.at(-1)!;
    assert.ok(risky.groups[0]!.items.includes('Risk: Payment retries untested — no solution written yet: bring one'));
  });
});

describe('the brief header', () => {
  it('says the last update was committed later than its file name, as the status period counts from the commit', () => {
    const brief = buildBrief(input({ lastUpdateCommitted: '2026-11-21' }));
    assert.match(
      brief.markdown,
      /Last status update: 2026-11-19, committed 2026-11-21: what changed is counted from the commit\./,
    );
  });

  it('never calls today the next call when project.yaml agrees no call day', () => {
    const noDay = load(BEFORE.replace('communication: { cadence: weekly, day: thursday, contact: Jeanne Dupont }', ''));
    const brief = buildBrief(input({ project: noDay, lastUpdate: undefined }));
    assert.doesNotMatch(brief.markdown, /Next call: 2026-11-24/);
    assert.match(
      brief.markdown,
      /No call day in project\.yaml \(communication\.day\): what is due by 2026-12-01 is listed\./,
    );
    assert.deepEqual(nextCall({ communication: undefined, today: '2026-11-24' }), { day: '2026-12-01', agreed: false });
    assert.deepEqual(nextCall({ communication: undefined, lastStatus: '2026-11-20', today: '2026-11-24' }), {
      day: '2026-11-27',
      agreed: false,
    });
    const thursday = { cadence: 'weekly' as const, day: 'thursday' as const };
    assert.deepEqual(nextCall({ communication: thursday, today: '2026-11-24' }), { day: '2026-11-26', agreed: true });
    // An overdue update means the call is owed now.
    assert.deepEqual(nextCall({ communication: thursday, lastStatus: '2026-11-05', today: '2026-11-24' }), {
      day: '2026-11-24',
      agreed: true,
    });
  });
});

function input(overrides: Partial<BriefInput> = {}): BriefInput {
  return {
    project: load(BEFORE),
    today: '2026-11-24',
    lastUpdate: '2026-11-19',
    git: { read: true, commits: [], since: '2026-11-19' },
    ...overrides,
  };
}
