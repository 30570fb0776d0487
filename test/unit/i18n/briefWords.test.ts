import assert from 'node:assert/strict';
import { briefCatalogs, briefWordsFor, buildBrief, INTERNAL_MARK, type BriefInput } from '../../../src/core/brief';
import type { FlagLink } from '../../../src/core/flags/link';
import type { Commit } from '../../../src/core/git/commit';
import { loadProject } from '../../../src/core/model/load';
import { LANGUAGES } from '../../../src/core/model/vocabulary';
import { catalogLeaves, NOT_TEXT } from './catalogLeaves';

const OTHERS = ['fr', 'es', 'de'] as const;

// The arguments that are counts (by key and position); every other argument is a marked name «argN».
const COUNTS: Record<string, number[]> = {
  commitsRead: [0],
  secrets: [0],
  'changes.noChange': [0],
  'changes.more': [0],
  'changes.hidden': [0],
  'tasks.others': [0],
  'checklist.open': [1, 2],
  'flags.guess': [0],
  'flags.changed': [1],
  'milestones.openItems': [0],
  'milestones.weakCode': [1],
};
const sample = (at: string, i: number): unknown => (COUNTS[at]?.includes(i) ? 7 + i : `«arg${i}»`);

const leaves = (value: unknown) => catalogLeaves(value, sample);

// `day` keeps what is not an ISO day, as English does, and `changes.kinds` only adds the language's colon; every
// other text must read differently from English.
const MAY_MATCH = new Set(['day', 'changes.kinds']);

const YAML = `version: 1
project: { name: Acme Portal, client: Acme Corp, language: en, phase: delivery }
client:
  contacts:
    - { name: Jeanne Dupont, role: Product owner, approves: [scope] }
    - { name: Marc Lefevre, role: CFO, approves: [budget] }
  departments:
    - { name: Finance, impact: invoices export changes, notified: 2026-11-02 }
    - { name: Logistics }
communication: { cadence: weekly, day: thursday }
phases:
  - id: delivery
    title: Delivery
    checklist:
      - { id: a, text: Weekly check-in held, done: true }
      - { id: b, text: Chaos tests on every delivery }
milestones:
  - { id: beta, title: Beta release, due: 2026-12-01, paths: [src/checkout/**], status: on-track }
  - { id: export, title: Invoice export, due: 2026-11-20, paths: [src/export/**], status: late }
client_tasks:
  - { id: keys, title: Provide production API keys, owner: Jeanne Dupont, due: 2026-11-20 }
  - { id: mockups, title: Approve the mockups, due: 2026-11-26, status: blocked }
  - { id: undated, title: Share the brand book }
decisions:
  - { id: sso, question: Single sign-on provider, needs: [Jeanne Dupont, Someone Else], due: 2026-11-30 }
  - { id: budget, question: Extra budget for the mobile pages? }
red_flags:
  - { id: pay, title: Payment retries untested, severity: high, paths: [src/checkout/pay/**], client_visible: true, mitigation: Chaos tests }
  - { id: exp, title: Invoice format never used, severity: critical, paths: [src/export/**], status: mitigated }
  - { id: ux, title: Promo rules confuse marketing, severity: medium, client_visible: true }
`;

function commit(n: number, subject: string, date: string, files: string[]): Commit {
  const who = 'Paul Martin';
  return {
    hash: n.toString(16).padStart(40, 'a'),
    parents: [],
    authorName: who,
    authorEmail: 'p@example.dev',
    committerName: who,
    committerEmail: 'p@example.dev',
    date: `${date}T10:00:00+00:00`,
    subject,
    body: '',
    files,
  };
}

function input(language: (typeof LANGUAGES)[number]): BriefInput {
  const loaded = loadProject(YAML);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const p = loaded.value.file;
  const link = (id: string, files: string[], covered: number, total: number): FlagLink => {
    const index = p.red_flags.findIndex((f) => f.id === id);
    return {
      flag: p.red_flags[index]!,
      index,
      files,
      markers: [],
      uncovered: [],
      status: 'covered',
      coverage: { covered, total },
    };
  };
  const commits = [
    commit(1, 'feat(checkout): one-click payment', '2026-11-23', ['src/checkout/pay/one.ts']),
    commit(2, 'fix!: invoice rounding', '2026-11-22', ['src/export/csv.ts']),
    commit(3, 'chore: bump deps', '2026-11-21', ['package.json']),
  ];
  return {
    project: p,
    today: '2026-11-24',
    lastUpdate: '2026-11-19',
    language,
    git: { read: true, commits, since: '2026-11-19' },
    flags: [
      link('pay', ['src/checkout/pay/one.ts'], 90, 100),
      link('exp', ['src/export/csv.ts'], 40, 100),
      { ...link('ux', [], 0, 0), status: 'unlinked', coverage: undefined },
    ],
  };
}

describe('the call brief catalogs (the UI language, not the client’s)', () => {
  const english = leaves(briefWordsFor('en'));

  it('English is the default, and what the brief has always said', () => {
    const unset = input('en');
    delete unset.language;
    assert.equal(buildBrief(unset).markdown, buildBrief(input('en')).markdown);
    assert.equal(english.get('internalMark'), INTERNAL_MARK);
    assert.equal(briefWordsFor('en').day('2026-11-24'), '2026-11-24');
  });

  it('has a catalog for every language', () => {
    assert.deepEqual(Object.keys(briefCatalogs).sort(), [...LANGUAGES].sort());
  });

  for (const lang of OTHERS) {
    describe(lang, () => {
      const words = leaves(briefWordsFor(lang));

      it('has exactly the keys of English, each of the same shape', () => {
        assert.deepEqual(
          [...english.keys()].filter((k) => !words.has(k)),
          [],
          'missing',
        );
        assert.deepEqual(
          [...words.keys()].filter((k) => !english.has(k)),
          [],
          'not in English',
        );
      });

      it('has no empty text, translates every text, and keeps the numbers and names it is given', () => {
        for (const [key, text] of words) {
          assert.ok(text.trim() && !text.startsWith(NOT_TEXT), `${key}: empty`);
          if (!MAY_MATCH.has(key)) assert.notEqual(text, english.get(key), `${key}: still English`);
          for (const arg of (english.get(key) ?? '').match(/«arg\d»|\b\d+\b/g) ?? [])
            assert.ok(text.includes(arg), `${key}: "${text}" lacks ${arg}`);
        }
      });

      it('writes a whole brief with no English heading or phrase left', () => {
        const brief = buildBrief(input(lang));
        const w = briefWordsFor(lang);
        assert.ok(brief.markdown.startsWith(`# ${w.internalMark} — `), brief.markdown.split('\n')[0]);
        assert.ok(!brief.markdown.includes(INTERNAL_MARK));
        for (const s of brief.sections) assert.ok(brief.markdown.includes(`## ${s.title}`), s.title);
        for (const [key, text] of english) {
          // Fixed English texts (not functions), long enough not to be a name or a project.yaml value.
          const fixed = text.replace(/«arg\d»/g, '').trim();
          if (!text.includes('«') && fixed.length > 8 && !MAY_MATCH.has(key))
            assert.ok(!brief.markdown.includes(fixed), `${lang}: English "${fixed}" (${key})`);
        }
        for (const phrase of [
          'Next call',
          'Overdue',
          'needed by',
          'never notified',
          'code changed',
          'covered',
          'days',
          '— due ',
        ]) {
          assert.ok(!brief.markdown.includes(phrase), `${lang}: "${phrase}" in\n${brief.markdown}`);
        }
      });
    });
  }

  it('writes a French brief with French headings and French dates', () => {
    const brief = buildBrief(input('fr'));
    assert.equal(brief.title, 'Interne — ne pas transmettre au client — préparation de l’appel : Acme Portal');
    assert.deepEqual(
      brief.sections.map((s) => s.title),
      [
        'Ce qui a changé depuis le dernier point d’avancement',
        'Tâches client en retard ou à rendre avant le prochain appel',
        'Décisions en attente du client',
        'Signaux d’alerte par niveau de risque',
        'Signaux sans parade — venez avec une solution, pas seulement le problème',
        'Jalons menacés',
        'Services à prévenir',
        'Points de contrôle ouverts de la phase en cours',
      ],
    );
    assert.match(
      brief.markdown,
      /Préparé le 24 novembre 2026 pour l’appel avec Acme Corp \(Acme Portal\)\. Prochain appel : 26 novembre 2026\./,
    );
    assert.match(
      brief.markdown,
      /\[élevée\] pay: Payment retries untested — visible par le client — 90 % de 100 lignes couvertes/,
    );
    assert.match(
      brief.markdown,
      /Invoice export — échéance le 20 novembre 2026 \(4 jours de retard\) — marqué en retard; échéance dépassée/,
    );
  });

  it('writes Spanish and German dates with Intl', () => {
    assert.equal(briefWordsFor('es').day('2026-11-24'), '24 de noviembre de 2026');
    assert.equal(briefWordsFor('de').day('2026-11-24'), '24. November 2026');
    assert.equal(briefWordsFor('fr').day('2026-12-01'), '1er décembre 2026');
  });
});
