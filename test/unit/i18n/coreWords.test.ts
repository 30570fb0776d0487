import assert from 'node:assert/strict';
import { daysLeftLabel, dueLabel } from '../../../src/core/dates';
import type { FlagLink } from '../../../src/core/flags/link';
import { coverageLabel, flagRows } from '../../../src/core/flags/rows';
import { en, wordsFor, type Words } from '../../../src/core/i18n';
import { loadProject } from '../../../src/core/model/load';
import { buildOutline, type OutlineNode } from '../../../src/core/outline';
import { words as lazyWords } from '../../../src/lazy/words';
import { catalogLeaves, NOT_TEXT } from './catalogLeaves';

const OTHERS = ['fr', 'es', 'de'] as const;

/**
 * Every leaf of a catalog as `path → text`: strings as they are, functions called with sample arguments (a number
 * for counts, a marked string for names), so a missing key, a key of the wrong shape or an empty text shows up.
 */
const leaves = (value: unknown) => catalogLeaves(value, sample);
// Counts where English takes a number; names (marked «…») elsewhere.
const COUNT_ARGS =
  /log\.(leftOut|skipped|range\.days)|dates\.|report\.(slipLate|slipEarly|progress)|problems\.(size|nestedMoreThan)|flags\.(percent|guess|markers|files|uncovered|lines)|outline\.(errors|warnings|line|phasesDone|tasksSummary|flagsSummary|openCount)/;
const sample = (at: string, i: number): unknown => (COUNT_ARGS.test(at) ? 7 + i : `«arg${i}»`);

// Words that read differently in every language: an English copy of one is a forgotten translation.
const MUST_DIFFER = [
  'dates.dueToday',
  'dates.today',
  'flags.noReport',
  'flags.unlinked',
  'outline.cannotRead',
  'outline.clientTasks',
  'outline.redFlags',
  'outline.milestones',
  'outline.decisions',
  'outline.noTasks',
  'outline.noSolutionLong',
  'outline.internal',
  'values.milestone.late',
  'values.severity.high',
  'problems.empty',
  'problems.binary',
  'problems.theFile',
  'problems.unknownKey',
  'problems.missing',
  'problems.duplicateId',
  'problems.unknownMarker',
  'problems.globDotDot',
  'problems.toggleChanged',
  'problems.valueType.array',
  'problems.noProjectFile',
  'history.notNamed',
  'history.notADate',
  'history.future',
  'history.linkedFolder',
  'history.uncommitted',
  'log.detached',
  'log.shallow',
  'log.shallowCut',
  'log.leftOut',
  'log.empty',
  'log.range.lastUpdate',
  'log.range.tag',
];

describe('the core word catalogs (tree, coverage notes, due dates)', () => {
  const english = leaves(en);

  it('English is what the tree has always said', () => {
    assert.equal(english.get('dates.overdue'), '7 days overdue');
    assert.equal(english.get('outline.clientTasks'), 'Client tasks');
    assert.equal(en.values.milestone['on-track'], 'on-track');
  });

  for (const lang of OTHERS) {
    describe(lang, () => {
      const words = leaves(wordsFor(lang));

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

      it('has no empty text, and every text keeps the numbers and names it is given', () => {
        for (const [key, text] of words) {
          assert.ok(text.trim() && !text.startsWith(NOT_TEXT), `${key}: empty`);
          for (const arg of (english.get(key) ?? '').match(/«arg\d»|\b\d+\b/g) ?? [])
            assert.ok(text.includes(arg), `${key}: "${text}" lacks ${arg}`);
        }
      });

      it('translates the words that cannot read the same as in English', () => {
        assert.deepEqual(
          MUST_DIFFER.filter((k) => words.get(k) === english.get(k)),
          [],
        );
      });

      it('is the catalog the extension loads lazily', () => {
        assert.equal(lazyWords[lang], wordsFor(lang));
      });
    });
  }
});

const PROJECT = `version: 1
project: { name: Acme Portal, client: Acme Corp, language: en, phase: build }
communication: { channel: email, cadence: weekly, day: thursday, contact: Jeanne Dupont }
phases:
  - { id: build, title: Build, checklist: [{ id: a, text: Item, done: true }] }
milestones:
  - { id: beta, title: Beta, due: 2026-12-15, status: at-risk }
client_tasks:
  - { id: keys, title: Provide API keys, owner: Jeanne Dupont, due: 2026-11-24 }
decisions:
  - { id: sso, question: SSO provider, needs: [Jeanne Dupont], due: 2026-11-30 }
red_flags:
  - { id: retries, title: Payment retries, severity: high, kind: untested }
`;
const outlineIn = (words: Words): OutlineNode =>
  buildOutline('k', loadProject(PROJECT), '2026-11-27', undefined, words);
const labels = (root: OutlineNode) => root.children.map((c) => [c.label, c.description]);

describe('the tree in the UI language', () => {
  it('writes the sections, counts and due dates in French', () => {
    const root = outlineIn(wordsFor('fr'));
    assert.deepEqual(labels(root), [
      ['Phases', '1/1 fait'],
      ['Tâches du client', '1 ouverte · 1 en retard'],
      ['Signaux d’alerte', '1 ouvert · 1 sans solution'],
      ['Jalons', 'prochain : Beta'],
      ['Décisions attendues du client', '1 ouverte'],
    ]);
    assert.equal(root.children[1]!.children[0]!.description, 'en retard de 3 jours · Jeanne Dupont');
    assert.equal(root.children[2]!.children[0]!.description, 'élevée · aucune solution proposée · non testé');
    assert.equal(root.children[3]!.children[0]!.description, 'à risque · 18 jours restants · 2026-12-15');
    assert.match(root.tooltip!, /Points : hebdomadaires, le jeudi, à Jeanne Dupont/);
    assert.match(root.tooltip!, /Phase en cours : Build/);
    assert.equal(root.children[4]!.children[0]!.description, 'échéance dans 3 jours · à valider par Jeanne Dupont');
  });

  it('writes them in Spanish and German too', () => {
    assert.deepEqual(
      labels(outlineIn(wordsFor('es'))).map(([l]) => l),
      ['Fases', 'Tareas del cliente', 'Alertas', 'Hitos', 'Decisiones pendientes del cliente'],
    );
    const de = outlineIn(wordsFor('de'));
    assert.deepEqual(
      labels(de).map(([l]) => l),
      ['Phasen', 'Kundenaufgaben', 'Warnsignale', 'Meilensteine', 'Offene Entscheidungen des Kunden'],
    );
    assert.equal(de.children[4]!.children[0]!.description, 'fällig in 3 Tagen · Entscheidung bei Jeanne Dupont');
  });

  it('says why project.yaml cannot be read, and where, in the UI language', () => {
    const broken = buildOutline('k', loadProject('version: 1\nproject: [\n'), '2026-11-27', undefined, wordsFor('es'));
    assert.equal(broken.label, 'No se puede leer project.yaml');
    assert.match(broken.description ?? '', /^project\.yaml tiene \d+ problemas?$/);
    assert.match(broken.children[0]!.children[0]!.description ?? '', /^línea \d+$/);
  });

  it('labels due dates and days left in each language, with English by default', () => {
    assert.equal(dueLabel('2026-11-27', '2026-11-26'), '1 day overdue');
    assert.equal(dueLabel('2026-11-27', '2026-11-26', wordsFor('fr').dates), 'en retard de 1 jour');
    assert.equal(dueLabel('2026-11-27', '2026-11-28', wordsFor('es').dates), 'vence mañana');
    assert.equal(daysLeftLabel('2026-11-27', '2026-11-25', wordsFor('de').dates), '2 Tage Verzug');
  });

  it('writes a red flag’s coverage rows in the UI language', () => {
    const link: FlagLink = {
      flag: { id: 'f', title: 'F', kind: 'untested', severity: 'high', client_visible: false, status: 'open' },
      index: 0,
      files: ['src/a.ts'],
      markers: [],
      status: 'covered',
      coverage: { covered: 1, total: 4 },
      uncovered: [{ file: 'src/a.ts', lines: 3, ranges: [{ start: 2, end: 4, lines: 3 }] }],
    };
    assert.equal(coverageLabel(link), '25% of 4 lines covered');
    assert.equal(coverageLabel(link, wordsFor('fr').flags), '25 % de 4 lignes couvertes');
    assert.deepEqual(
      flagRows('f', link, wordsFor('de').flags).map((r) => r.label),
      ['25 % von 4 Zeilen abgedeckt', 'Dateien (1)', 'Nicht abgedeckt (3 Zeilen)'],
    );
  });
});
