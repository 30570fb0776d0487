import assert from 'node:assert/strict';
import { buildBrief, INTERNAL_MARK, type BriefInput, type BriefSectionId } from '../../../src/core/brief';
import type { FlagLink } from '../../../src/core/flags/link';
import type { Commit } from '../../../src/core/git/commit';
import { loadProject } from '../../../src/core/model/load';
import type { ProjectFile } from '../../../src/core/model/schema';

const YAML = `version: 1
project: { name: Acme Portal, client: Acme Corp, language: fr, phase: delivery }
team:
  - { name: Paul Martin, aliases: [pmartin] }
client:
  contacts:
    - { name: Jeanne Dupont, role: Product owner, approves: [scope] }
    - { name: Marc Lefevre, role: CFO, approves: [budget] }
  departments:
    - { name: Finance, impact: invoices export changes, notified: 2026-11-02 }
    - { name: Support, notified: 2026-11-25 }
    - { name: Logistics, impact: delivery addresses checked }
communication: { cadence: weekly, day: thursday }
phases:
  - id: delivery
    title: Delivery
    checklist:
      - { id: a, text: Weekly check-in held, done: true }
      - { id: b, text: Chaos tests on every delivery }
      - { id: c, text: Extension plan agreed }
milestones:
  - { id: alpha, title: Alpha, due: 2026-10-01, status: done }
  - { id: beta, title: Beta release, due: 2026-12-01, paths: [src/checkout/**], status: on-track }
  - { id: export, title: Invoice export, due: 2027-01-30, paths: [src/export/**] }
  - { id: gamma, title: Gamma, due: 2027-02-01, status: at-risk }
  - { id: later, title: Later, due: 2027-03-01, paths: [src/other/**] }
areas:
  - { name: Checkout, paths: [src/checkout/**] }
client_tasks:
  - { id: keys, title: Provide production API keys, owner: Jeanne Dupont, due: 2026-11-20 }
  - { id: mockups, title: Approve the mockups, owner: Jeanne Dupont, due: 2026-11-22, status: blocked }
  - { id: invoices, title: Send sample invoices, owner: Marc Lefevre, due: 2026-11-26 }
  - { id: far, title: Sign the hosting order, due: 2026-12-20 }
  - { id: old, title: Old task, due: 2026-11-10, status: done }
  - { id: undated, title: Share the brand book }
decisions:
  - { id: sso, question: Single sign-on provider, needs: [Jeanne Dupont], due: 2026-11-30 }
  - { id: budget, question: Extra budget for the mobile pages?, due: 2026-11-28 }
  - { id: promo, question: Can promo codes stack?, needs: [Someone Else] }
  - { id: done, question: Hosting region, status: decided, outcome: EU }
red_flags:
  - { id: pay, title: Payment retries untested, severity: high, paths: [src/checkout/pay/**], client_visible: true, mitigation: Chaos tests this sprint }
  - { id: exp, title: Invoice format never used, severity: critical, paths: [src/export/**], mitigation: "" }
  - { id: ux, title: Promo rules confuse marketing, severity: medium, kind: client-confusing }
  - { id: old, title: Closed one, severity: critical, status: closed }
  - { id: key, title: Key in config, severity: low, mitigation: Rotate AKIAABCDEFGHIJKLMNOP today }
`;

function project(): ProjectFile {
  const text = YAML.replace('mitigation: "" }', '}');
  const loaded = loadProject(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value.file;
}

let n = 0;
function commit(subject: string, date: string, files: string[], author = 'Paul Martin'): Commit {
  n++;
  const hash = n.toString(16).padStart(40, 'a');
  return {
    hash,
    parents: [],
    authorName: author,
    authorEmail: 'paul@example.dev',
    committerName: author,
    committerEmail: 'paul@example.dev',
    date: `${date}T10:00:00+00:00`,
    subject,
    body: '',
    files,
  };
}

const COMMITS: Commit[] = [
  commit('feat(checkout): one-click payment ACME-12 (#34)', '2026-11-23', ['src/checkout/pay/one.ts']),
  commit('fix: Paul fixed the invoice rounding', '2026-11-22', ['src/export/csv.ts']),
  commit('chore: bump deps', '2026-11-21', ['package.json']),
  commit('feat: token rotation with ghp_abcdefghijklmnopqrstuvwxyz0123456789 in env', '2026-11-21', [
    'src/auth/rotate.ts',
  ]),
  commit('refactor(checkout): tidy cart', '2026-11-20', ['src/checkout/cart.ts']),
];

function links(p: ProjectFile): FlagLink[] {
  const link = (id: string, files: string[], covered?: number, total?: number): FlagLink => {
    const index = p.red_flags.findIndex((f) => f.id === id);
    const base = { flag: p.red_flags[index]!, index, files, markers: [], uncovered: [] };
    return total === undefined
      ? { ...base, status: 'unlinked' }
      : { ...base, status: 'covered', coverage: { covered: covered!, total } };
  };
  return [
    link('exp', ['src/export/csv.ts'], 599, 1000),
    link('pay', ['src/checkout/pay/one.ts'], 90, 100),
    link('ux', []),
    link('key', []),
  ];
}

function input(overrides: Partial<BriefInput> = {}): BriefInput {
  const p = project();
  return {
    project: p,
    today: '2026-11-24',
    lastUpdate: '2026-11-19',
    git: { read: true, commits: COMMITS, since: '2026-11-19' },
    flags: links(p),
    ...overrides,
  };
}

const section = (brief: ReturnType<typeof buildBrief>, id: BriefSectionId) => brief.sections.find((s) => s.id === id)!;
const items = (brief: ReturnType<typeof buildBrief>, id: BriefSectionId) =>
  section(brief, id).groups.flatMap((g) => g.items);

describe('buildBrief', () => {
  it('opens with a title that says the brief is internal, and lists the sections in a fixed order', () => {
    const brief = buildBrief(input());
    assert.ok(brief.markdown.startsWith(`# ${INTERNAL_MARK}`), brief.markdown.split('\n')[0]);
    assert.match(brief.title, /^Internal — not for the client/);
    assert.deepEqual(
      brief.sections.map((s) => s.id),
      [
        'changes',
        'client-tasks',
        'decisions',
        'red-flags',
        'no-mitigation',
        'milestones-at-risk',
        'departments',
        'checklist',
        'agenda',
      ],
    );
    for (const s of brief.sections) assert.ok(brief.markdown.includes(`## ${s.title}`), s.title);
  });

  it('takes the next call from the cadence: the Thursday after the last update', () => {
    const brief = buildBrief(input());
    assert.equal(brief.nextCall, '2026-11-26');
    assert.match(brief.markdown, /Next call: 2026-11-26/);
    assert.match(brief.markdown, /Last status update: 2026-11-19/);
  });

  it('groups what changed by milestone in project.yaml order, cleaned like the draft but keeping team names', () => {
    const changes = section(buildBrief(input()), 'changes');
    assert.deepEqual(
      changes.groups.map((g) => g.title),
      ['Beta release', 'Invoice export', 'Other work'],
    );
    assert.deepEqual(changes.groups[0]!.items, ['One-click payment (Checkout)']);
    assert.deepEqual(changes.groups[1]!.items, ['Fix: Paul fixed the invoice rounding']);
    assert.match(changes.note ?? '', /2 commits not listed/);
    const text = JSON.stringify(changes);
    for (const gone of ['ACME-12', '#34', 'bump deps', 'tidy cart']) assert.ok(!text.includes(gone), gone);
  });

  it('never prints a secret, from a commit or from project.yaml, and says how many were left out', () => {
    const brief = buildBrief(input());
    for (const secret of ['ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'AKIAABCDEFGHIJKLMNOP'])
      assert.ok(!brief.markdown.includes(secret), secret);
    assert.equal(brief.secrets, 2);
    assert.match(brief.markdown, /2 things that looked like a secret left out/);
    assert.ok(items(brief, 'changes').some((i) => i.startsWith('Token rotation')));
  });

  it('lists client tasks overdue first, then due by the call, and counts the others', () => {
    const s = section(buildBrief(input()), 'client-tasks');
    assert.deepEqual(
      s.groups.map((g) => g.title),
      ['Overdue', 'Due by the call (2026-11-26)'],
    );
    assert.deepEqual(s.groups[0]!.items, [
      'Provide production API keys — Jeanne Dupont — 4 days overdue (2026-11-20)',
      'Approve the mockups — Jeanne Dupont — 2 days overdue (2026-11-22) — blocked',
    ]);
    assert.deepEqual(s.groups[1]!.items, ['Send sample invoices — Marc Lefevre — due in 2 days (2026-11-26)']);
    assert.match(s.note ?? '', /2 other open tasks/);
  });

  it('lists open decisions soonest first with who approves them, by name or by approval level', () => {
    const list = items(buildBrief(input()), 'decisions');
    assert.equal(list.length, 3);
    assert.match(
      list[0]!,
      /^Extra budget .* needed by 2026-11-28 .* no approver named; by approval level: Marc Lefevre \(CFO; approves budget\)/,
    );
    assert.match(list[1]!, /^Single sign-on provider .* approval: Jeanne Dupont \(Product owner; approves scope\)/);
    assert.match(
      list[2]!,
      /^Can promo codes stack\? — no date set — approval: Someone Else \(not a client contact in project.yaml\)/,
    );
  });

  it('matches approval levels as whole words or phrases of the question', () => {
    const p = project();
    p.client.contacts.push({ name: 'Ana Ruiz', approves: ['export comptable'] });
    p.decisions = [
      { id: 'fmt', question: "Format de l'export comptable ?", status: 'open' },
      { id: 'tele', question: 'Telescope widget on the home page', status: 'open' },
    ];
    const list = items(buildBrief(input({ project: p })), 'decisions');
    assert.match(list[0]!, /by approval level: Ana Ruiz \(approves export comptable\)$/);
    assert.match(list[1]!, /no approver named: ask who decides$/);
  });

  it('orders red flags by risk with coverage, recent changes and mitigation; closed flags are left out', () => {
    const list = items(buildBrief(input()), 'red-flags');
    assert.deepEqual(
      list.map((l) => /\] (\w+):/.exec(l)![1]),
      ['exp', 'pay', 'ux', 'key'],
    );
    assert.match(
      list[0]!,
      /^\[critical\] exp: .* — internal — 59% of 1000 lines covered — code changed since the last update \(1 commit\) — NO MITIGATION$/,
    );
    assert.match(
      list[1]!,
      /client-visible — 90% of 100 lines covered — code changed since the last update \(1 commit\) — mitigation: Chaos tests this sprint/,
    );
    assert.match(list[2]!, /no marker and no matching path — code unchanged since the last update/);
  });

  it('names the open flags with no mitigation: bring a solution, not just the problem', () => {
    const brief = buildBrief(input());
    assert.match(section(brief, 'no-mitigation').title, /bring a solution, not just the problem/);
    assert.deepEqual(items(brief, 'no-mitigation'), [
      '[critical] exp: Invoice format never used',
      '[medium] ux: Promo rules confuse marketing',
    ]);
  });

  it('finds milestones at risk: due soon with open checklist items, weakly covered flagged code, or marked so', () => {
    const list = items(buildBrief(input()), 'milestones-at-risk');
    assert.deepEqual(list, [
      'Beta release — due 2026-12-01 (7 days left) — 2 open checklist items in Delivery',
      'Invoice export — due 2027-01-30 (67 days left) — flagged code exp 59% covered',
      'Gamma — due 2027-02-01 (69 days left) — marked at-risk',
    ]);
  });

  it('names departments never notified and those notified before the latest change to upcoming work', () => {
    assert.deepEqual(items(buildBrief(input()), 'departments'), [
      'Finance — notified 2026-11-02, before the latest change to upcoming work (2026-11-23, Beta release): invoices export changes',
      'Logistics — never notified: delivery addresses checked',
    ]);
  });

  it('lists the open checklist items of the current phase', () => {
    const s = section(buildBrief(input()), 'checklist');
    assert.deepEqual(s.groups[0]!.items, ['Chaos tests on every delivery', 'Extension plan agreed']);
    assert.equal(s.note, 'Delivery: 2 of 3 open.');
  });

  it('is deterministic: the same input gives the same brief, whether today is a string or a Date', () => {
    const a = buildBrief(input());
    const b = buildBrief(input({ today: new Date(2026, 10, 24, 18, 30) }));
    assert.equal(a.markdown, b.markdown);
    assert.deepEqual(a.sections, b.sections);
  });

  it('in Restricted Mode builds the brief without the commit-based parts and says so', () => {
    const brief = buildBrief(input({ git: { read: false, reason: 'the workspace is in Restricted Mode.' } }));
    assert.match(brief.markdown, /Git was not read: the workspace is in Restricted Mode\./);
    assert.deepEqual(section(brief, 'changes').groups, []);
    assert.match(section(brief, 'changes').note!, /^Not available: the workspace is in Restricted Mode/);
    assert.ok(items(brief, 'red-flags').every((l) => l.includes('recent changes unknown (git not read)')));
    assert.deepEqual(items(brief, 'departments'), ['Logistics — never notified: delivery addresses checked']);
    assert.match(section(brief, 'departments').note!, /only departments never notified/);
    assert.equal(items(brief, 'client-tasks').length, 3);
    assert.equal(brief.secrets, 1, 'the secret in project.yaml is still left out');
  });

  it('says when coverage was not analysed, and when there is nothing to report', () => {
    const brief = buildBrief(
      input({ flags: undefined, git: { read: true, commits: [], since: '2026-11-17' }, lastUpdate: undefined }),
    );
    assert.ok(items(brief, 'red-flags').every((l) => l.includes('coverage not analysed')));
    assert.match(section(brief, 'milestones-at-risk').note!, /Coverage was not analysed/);
    assert.match(section(brief, 'changes').note!, /No client-relevant change in 0 commits/);
    assert.match(brief.markdown, /No status update saved yet/);
    assert.match(items(brief, 'red-flags')[0]!, /code unchanged since 2026-11-17/);
  });

  it('removes control characters from project.yaml texts so that no line breaks the Markdown or the terminal', () => {
    const p = project();
    p.client_tasks[0]!.title = 'Keys\n## Injected\u001b[31m';
    const brief = buildBrief(input({ project: p, flags: undefined }));
    assert.ok(!brief.markdown.includes('\n## Injected'));
    assert.ok(!brief.markdown.includes('\u001b'));
  });
});
