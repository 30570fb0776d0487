import assert from 'node:assert/strict';
import { loadProject } from '../../../src/core/model/load';
import { buildOutline, type OutlineNode } from '../../../src/core/outline';

const TODAY = '2026-11-27';
const PROJECT = `version: 1
project: { name: Acme Portal, client: Acme Corp, language: fr, phase: delivery }
communication: { channel: email, cadence: weekly, day: thursday, contact: Jeanne Dupont }
phases:
  - id: kickoff
    title: Kickoff
    checklist:
      - { id: scope, text: Scope agreed, done: true }
      - { id: roles, text: Client roles written down }
  - id: delivery
    title: Delivery
    checklist:
      - { id: checkins, text: Weekly check-ins held, done: true }
milestones:
  - { id: launch, title: Launch, due: 2027-02-01 }
  - { id: beta, title: Beta release, due: 2026-12-15, status: on-track }
  - { id: alpha, title: Alpha, due: 2026-10-01, status: done }
client_tasks:
  - { id: logo, title: Send the logo, owner: Jeanne Dupont, due: 2026-12-01 }
  - { id: keys, title: Provide API keys, owner: Jeanne Dupont, due: 2026-11-24 }
  - { id: done, title: Sign the contract, status: done }
decisions:
  - { id: sso, question: Single sign-on provider, needs: [Jeanne Dupont], due: 2026-11-30 }
  - { id: old, question: Hosting, status: decided }
red_flags:
  - { id: medium, title: Export format unclear, severity: medium, kind: client-confusing, mitigation: Mock-ups on Thursday }
  - { id: retries, title: Payment retries untested, severity: high, kind: untested }
  - { id: closed, title: Closed one, status: closed }
`;

function outline(text = PROJECT): OutlineNode {
  return buildOutline('file:///ws', loadProject(text), TODAY);
}
const section = (root: OutlineNode, label: string) => root.children.find((c) => c.label === label)!;

describe('the project outline', () => {
  it('heads the project with client, current phase and next milestone with days left', () => {
    const root = outline();
    assert.equal(root.label, 'Acme Portal');
    assert.equal(root.description, 'Acme Corp · Delivery · Beta release: 18 days left');
  });

  it('shows phases with done/total, the current phase open, and each item as a checkbox at its line', () => {
    const phases = section(outline(), 'Phases');
    assert.equal(phases.description, '2/3 done');
    const [kickoff, delivery] = phases.children;
    assert.equal(kickoff!.description, '1/2');
    assert.equal(delivery!.description, '1/1 · current');
    assert.equal(delivery!.expanded, true);
    assert.deepEqual(
      kickoff!.children.map((c) => [c.label, c.checked, c.line]),
      [
        ['Scope agreed', true, 8],
        ['Client roles written down', false, 9],
      ],
    );
    assert.deepEqual(kickoff!.children[1]!.target, { phase: 'kickoff', item: 'roles' });
  });

  it('lists client tasks overdue first, how late or how soon before the owner (the end of a row is what gets cut)', () => {
    const tasks = section(outline(), 'Client tasks');
    assert.equal(tasks.description, '2 open · 1 overdue');
    assert.deepEqual(
      tasks.children.map((c) => [c.label, c.description, c.icon]),
      [
        ['Provide API keys', '3 days overdue · Jeanne Dupont', 'overdue'],
        ['Send the logo', 'due in 4 days · Jeanne Dupont', 'task'],
        ['Sign the contract', 'done', 'done'],
      ],
    );
  });

  it('orders open red flags by severity and marks one without mitigation', () => {
    const flags = section(outline(), 'Red flags');
    assert.equal(flags.description, '2 open · 1 without a solution');
    assert.deepEqual(
      flags.children.map((c) => c.label),
      ['Payment retries untested', 'Export format unclear'],
    );
    assert.equal(flags.children[0]!.description, 'high · no solution proposed yet · untested');
    assert.match(flags.children[0]!.tooltip!, /No solution proposed yet/);
    assert.match(flags.children[1]!.tooltip!, /Mitigation: Mock-ups on Thursday/);
  });

  it('lists milestones by due date with status and days left first, and only open decisions, urgency first', () => {
    const root = outline();
    assert.deepEqual(
      section(root, 'Milestones').children.map((c) => c.description),
      ['done · 2026-10-01', 'on-track · 18 days left · 2026-12-15', 'planned · 66 days left · 2027-02-01'],
    );
    const decisions = section(root, 'Decisions awaiting the client');
    assert.deepEqual(
      decisions.children.map((c) => [c.label, c.description]),
      [['Single sign-on provider', 'due in 3 days · for Jeanne Dupont to decide']],
    );
  });

  it('names the current phase by its title in the header tooltip, not by its id', () => {
    assert.match(outline().tooltip!, /^Current phase: Delivery$/m);
  });

  it('gives every row a stable id built from the YAML ids, not positions', () => {
    const ids = new Set<string>();
    const walk = (n: OutlineNode) => {
      assert.ok(!ids.has(n.id), `duplicate id ${n.id}`);
      ids.add(n.id);
      n.children.forEach(walk);
    };
    walk(outline());
    assert.ok(ids.has('file:///ws/phases/kickoff/roles'));
    assert.ok(ids.has('file:///ws/red_flags/retries'));
  });

  it('says why a section is empty instead of showing nothing', () => {
    const root = outline('version: 1\nproject: { name: A, client: B }\n');
    assert.deepEqual(
      root.children.map((s) => s.children[0]!.label),
      [
        'No phases yet',
        'The client owes nothing right now',
        'No open red flags',
        'No milestones yet',
        'No decision is waiting on the client',
      ],
    );
  });

  it('puts one problems row at the top of an invalid file, one child per problem at its line', () => {
    const root = outline('version: 1\nproject: { name: A }\nphases: 3\n');
    assert.equal(root.label, 'project.yaml cannot be read');
    const problems = root.children[0]!;
    assert.equal(problems.label, 'project.yaml has 2 problems');
    assert.deepEqual(
      problems.children.map((c) => c.line),
      [2, 3],
    );
  });

  it('keeps the last readable tree greyed under the problems row while a typo makes the file unreadable', () => {
    const good = loadProject(PROJECT);
    assert.ok(good.ok);
    const typo = loadProject(PROJECT.replace('severity: high', 'severity: hihg'));
    const root = buildOutline('file:///ws', typo, TODAY, undefined, undefined, good.value);
    assert.equal(root.label, 'Acme Portal');
    assert.equal(root.description, 'last readable version · project.yaml has 1 problem');
    assert.match(root.tooltip!, /the tree shows its last readable version/);
    const [problems, ...sections] = root.children;
    assert.equal(problems!.kind, 'problems');
    assert.equal(problems!.stale, undefined);
    assert.match(problems!.children[0]!.label, /severity must be one of/);
    assert.deepEqual(
      sections.map((s) => [s.label, s.stale]),
      ['Phases', 'Client tasks', 'Red flags', 'Milestones', 'Decisions awaiting the client'].map((l) => [l, true]),
    );
    const item = section(root, 'Phases').children[0]!.children[0]!;
    assert.deepEqual([item.stale, item.checked, item.target, item.icon], [true, undefined, undefined, 'done']);
  });

  it('gives the greyed tree the same row ids as the readable one, so expansion survives the fix', () => {
    const good = loadProject(PROJECT);
    assert.ok(good.ok);
    const ids = (n: OutlineNode): string[] => [n.id, ...n.children.flatMap(ids)];
    const empty = loadProject(PROJECT.replace('title: Send the logo', 'title:'));
    const stale = buildOutline('file:///ws', empty, TODAY, undefined, undefined, good.value);
    const problemIds = stale.children[0]!.id;
    assert.deepEqual(
      ids(stale).filter((id) => !id.startsWith(problemIds)),
      ids(outline()),
    );
  });

  it('keeps the sections and adds a warnings row when the file is valid but has warnings', () => {
    const root = outline('version: 1\nproject: { name: A, client: B, phase: nope }\n');
    assert.equal(root.children[0]!.label, 'project.yaml has 1 warning');
    assert.equal(root.children.length, 6);
  });
});
