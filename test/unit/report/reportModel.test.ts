import assert from 'node:assert/strict';
import { buildClientPage } from '../../../src/core/report/model';
import { EXAMPLE_HISTORY, exampleProject, projectOf } from './reportFixtures';

const TODAY = '2026-11-29';

describe('the client page model', () => {
  const page = buildClientPage({ project: exampleProject(), history: EXAMPLE_HISTORY, today: TODAY });

  it('heads the page with the project, the client, the current phase and the last and next update', () => {
    assert.deepEqual(page.header, {
      project: 'Portail Acme',
      client: 'Groupe Acme',
      phase: 'Réalisation',
      lastUpdate: '2026-11-26',
      nextUpdate: '2026-12-03',
    });
    assert.equal(page.language, 'fr');
    assert.equal(page.locale.tag, 'fr-FR');
  });

  it('gives each milestone its planned and current date, its slip and its status as words', () => {
    const beta = page.milestones.find((m) => m.title === 'Paiement et relances en recette');
    assert.deepEqual(beta, {
      title: 'Paiement et relances en recette',
      planned: '2026-11-27',
      due: '2026-12-04',
      slipDays: 7,
      status: 'at-risk',
      label: 'à surveiller',
    });
  });

  it('reads the first planned date from `baseline` when project.yaml keeps one', () => {
    const project = projectOf(
      'version: 1\nproject: { name: P, client: C }\nmilestones:\n  - { id: beta, title: Beta, due: 2026-12-15, baseline: 2026-12-01, status: late }\n',
    );
    const [beta] = buildClientPage({ project, history: [], today: TODAY }).milestones;
    assert.equal(beta?.planned, '2026-12-01');
    assert.equal(beta?.slipDays, 14);
    assert.equal(beta?.label, 'behind schedule');
  });

  it('lists what the client owes overdue first, most overdue first, and done ones last', () => {
    assert.deepEqual(
      page.tasks.map((t) => [t.title.slice(0, 30), t.overdueDays, t.status]),
      [
        ['Fournir les clés API de produc', 9, 'open'],
        ['Valider les maquettes des e-ma', 4, 'blocked'],
        ['Envoyer un jeu de factures rée', 0, 'open'],
        ['Fournir les conditions général', 0, 'open'],
        ["Ouvrir l'accès VPN à l'environ", 0, 'done'],
      ],
    );
    assert.equal(page.tasks[0]?.owner, 'Claire Moreau');
    assert.equal(page.tasks.at(-1)?.label, 'faite');
  });

  it('separates decisions awaiting the client (who approves, by when) from those taken, with their outcome', () => {
    // The soonest needed first, whatever project.yaml's order (the SSO question comes first there).
    assert.deepEqual(
      page.decisionsOpen.map((d) => [d.approvers, d.due]),
      [
        [['Jeanne Dupont', 'Marc Lefèvre'], '2026-12-01'],
        [['Claire Moreau', 'Jeanne Dupont'], '2026-12-04'],
      ],
    );
    assert.deepEqual(
      page.decisionsTaken.map((d) => [d.outcome, d.label]),
      [
        ['CSV au format du cabinet comptable ; Factur-X dans un second temps', 'décidée'],
        ['Reporté après la mise en production', 'abandonnée'],
      ],
    );
  });

  it('shows only client-visible red flags, with their mitigation and nothing else', () => {
    assert.deepEqual(
      page.risks.map((r) => r.title),
      [
        'Relances de paiement non testées en cas de coupure réseau',
        'Le bac à sable du prestataire de paiement ne simule pas les refus 3-D Secure',
        "Les règles de cumul des codes promo déroutent l'équipe marketing d'Acme",
      ],
    );
    assert.deepEqual(Object.keys(page.risks[0]!).sort(), ['mitigation', 'title']);
    assert.match(page.risks[0]!.mitigation, /^Tests de coupure réseau/);
  });

  it('counts done items per phase and marks the current one', () => {
    assert.deepEqual(
      page.phases.map((p) => [p.title, p.done, p.total, p.current]),
      [
        ['Avant signature', 6, 6, false],
        ['Lancement', 5, 6, false],
        ['Réalisation', 3, 6, true],
        ['Clôture', 0, 6, false],
      ],
    );
  });

  it('keeps the saved updates newest first, by their file names, and leaves other files out', () => {
    const p = buildClientPage({
      project: exampleProject(),
      history: [
        ...EXAMPLE_HISTORY,
        { name: '2026-11-26-2.md', markdown: 'second' },
        { name: '2026-11-26-10.md', markdown: 'tenth' },
      ],
      today: TODAY,
    });
    assert.deepEqual(
      p.updates.map((u) => u.slug),
      ['2026-11-26-10', '2026-11-26-2', '2026-11-26', '2026-11-19'],
    );
  });

  it('redacts team names, handles, emails and internal links from the saved updates, and keeps client contacts', () => {
    const latest = page.updates[0]!.markdown;
    for (const gone of ['Paul', 'pmartin', 'sophie.garnier', 'jira.', 'grafana'])
      assert.ok(!latest.includes(gone), `${gone} in:\n${latest}`);
    assert.match(latest, /reprise par l’équipe/);
    assert.match(latest, /avec Claire Moreau/);
    assert.match(latest, /^- Paiement/m, 'list items keep their Markdown');
  });

  it('strips control characters and keeps one-line values on one line', () => {
    const project = projectOf(
      'version: 1\nproject: { name: "P\\u0007 \\u001b[31mred", client: "C\\nD" }\nclient_tasks:\n  - { id: t, title: "a\\u2028b\\tc" }\n',
    );
    const p = buildClientPage({
      project,
      history: [{ name: '2026-11-01.md', markdown: 'x\u0000y\r\nz' }],
      today: TODAY,
    });
    assert.equal(p.header.project, 'P [31mred');
    assert.equal(p.header.client, 'C D');
    assert.equal(p.tasks[0]?.title, 'ab c');
    assert.equal(p.updates[0]?.markdown, 'xy\nz');
  });

  it('speaks the language asked for, whatever project.yaml says', () => {
    const p = buildClientPage({ project: exampleProject(), history: [], today: TODAY, language: 'de' });
    assert.equal(p.words.milestones, 'Meilensteine');
    assert.equal(p.milestones[1]?.label, p.phrases.health['at-risk']);
    assert.equal(p.header.lastUpdate, undefined);
  });
});
