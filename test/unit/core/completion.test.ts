import assert from 'node:assert/strict';
import { completionsAt, hoverAt, type CompletionContext } from '../../../src/core/edit/complete';
import { placeAt } from '../../../src/core/edit/place';
import { wordsFor } from '../../../src/core/i18n';
import { loadProject } from '../../../src/core/model/load';
import type { Language } from '../../../src/core/model/vocabulary';

const TODAY = '2026-11-27';
const PROJECT = `version: 1
project: { name: Acme Portal, client: Acme Corp, language: en, phase: delivery }
phases:
  - id: kickoff
    title: Kickoff
    checklist:
      - id: scope
        text: Scope agreed
  - id: delivery
    title: Delivery
client_tasks:
  - id: keys
    title: Provide API keys
    due: 2026-11-20
red_flags:
  - id: retries
    title: Payment retries untested
`;
const loaded = loadProject(PROJECT);
assert.ok(loaded.ok);
const context: CompletionContext = {
  today: TODAY,
  project: loaded.value,
  markers: [
    { id: 'retries', file: 'src/pay.ts', line: 3 },
    { id: 'sso-fallback', file: 'src/auth.ts', line: 7 },
  ],
};

/** Completions with the cursor where `|` is in `text` (the bar is removed). */
function at(text: string, ctx = context) {
  const offset = text.indexOf('|');
  const clean = text.slice(0, offset) + text.slice(offset + 1);
  const before = clean.slice(0, offset).split('\n');
  return completionsAt(clean, before.length - 1, before.at(-1)!.length, ctx);
}
const labels = (text: string) => at(text).map((s) => s.label);

describe('what fits at a position of project.yaml', () => {
  it('reads the path of the map being written from indentation, broken file or not', () => {
    const text = `${PROJECT}  - id: x\n    sev\n`;
    const lines = text.split('\n');
    assert.deepEqual(placeAt(text, lines.length - 2, 7), {
      path: ['red_flags', '*'],
      kind: 'key',
      prefix: 'sev',
      siblings: ['id'],
    });
    assert.deepEqual(placeAt(PROJECT, 7, 8)?.path, ['phases', '*', 'checklist', '*']);
  });

  it('offers the keys of the map not yet written, with their values beside them', () => {
    const offered = at(`${PROJECT}  - id: x\n    |\n`);
    assert.deepEqual(
      offered.map((s) => s.label),
      ['title', 'kind', 'severity', 'paths', 'mitigation', 'client_visible', 'status'],
    );
    assert.equal(offered.find((s) => s.label === 'severity')!.detail, 'low | medium | high | critical');
    assert.equal(offered[0]!.insert, 'title: ');
    assert.deepEqual(labels(`${PROJECT}  - id: x\n    se|\n`), ['severity']);
  });

  it('offers enum values, true or false, in block and in flow maps', () => {
    assert.deepEqual(labels(`${PROJECT}    severity: |\n`), ['low', 'medium', 'high', 'critical']);
    assert.deepEqual(labels(`${PROJECT}    client_visible: t|\n`), ['true']);
    assert.deepEqual(labels(`${PROJECT}  - { id: x, title: X, status: |`), ['open', 'mitigated', 'closed']);
    assert.deepEqual(labels(PROJECT.replace('language: en', 'language: |')), ['en', 'fr', 'es', 'de']);
  });

  it('offers the phase ids for the current phase, with their titles', () => {
    const offered = at(PROJECT.replace('phase: delivery', 'phase: |'));
    assert.deepEqual(
      offered.map((s) => [s.label, s.detail]),
      [
        ['kickoff', 'Kickoff'],
        ['delivery', 'Delivery'],
      ],
    );
  });

  it('offers the ids that RED-FLAG markers use in code but project.yaml does not declare yet', () => {
    const offered = at(`${PROJECT}  - id: |\n`);
    assert.deepEqual(
      offered.map((s) => [s.label, s.detail]),
      [['sso-fallback', 'marked in code (src/auth.ts:7), not yet in project.yaml']],
    );
  });

  it('offers dates from today, saying how far each is, in the UI language', () => {
    const offered = at(PROJECT.replace('due: 2026-11-20', 'due: |'), { ...context, words: wordsFor('fr') });
    assert.deepEqual(
      offered.map((s) => [s.label, s.detail]),
      [
        ['2026-11-27', 'aujourd’hui'],
        ['2026-12-04', 'échéance dans 7 jours'],
        ['2026-12-11', 'échéance dans 14 jours'],
        ['2026-12-25', 'échéance dans 28 jours'],
      ],
    );
  });

  it('offers nothing in a comment, in free text or off the format', () => {
    assert.deepEqual(labels(`${PROJECT}  # a note: |\n`), []);
    assert.deepEqual(labels(PROJECT.replace('title: Kickoff', 'title: Kick|')), []);
    assert.deepEqual(labels(`${PROJECT}unknown:\n  |\n`), []);
  });
});

describe('hovering project.yaml', () => {
  const hover = (text: string, line: number, character: number, language: Language = 'en') =>
    hoverAt(text, line, character, { ...context, words: wordsFor(language), language });

  it('says what a key is and which values it takes', () => {
    const text = `${PROJECT}    severity: high\n`;
    const line = text.split('\n').length - 2;
    assert.deepEqual(hover(text, line, 6), ['`red_flags[].severity`', 'One of: low, medium, high, critical']);
    assert.deepEqual(hover(text, line, 6, 'de'), [
      '`red_flags[].severity`',
      'Einer dieser Werte: low, medium, high, critical',
    ]);
  });

  it('says how far a date is and names the current phase by its title', () => {
    assert.deepEqual(hover(PROJECT, 13, 11), ['7 days overdue']);
    assert.deepEqual(hover(PROJECT, 1, 75), ['Current phase: Delivery']);
    assert.match(hover(PROJECT, 13, 5).join('\n'), /A date written YYYY-MM-DD/);
  });

  it('describes a key in the UI’s language, from its pack', () => {
    const title = PROJECT.split('\n').indexOf('    title: Payment retries untested');
    assert.deepEqual(hover(PROJECT, title, 6), ['`red_flags[].title`', 'What is fragile, in one line']);
    assert.deepEqual(hover(PROJECT, title, 6, 'fr'), ['`red_flags[].title`', 'Ce qui est fragile, en une ligne']);
    assert.deepEqual(hover(PROJECT, 13, 5, 'es'), [
      '`client_tasks[].due`',
      'Fecha límite',
      'Una fecha escrita AAAA-MM-DD, como 2026-11-20',
    ]);
  });

  it('says nothing of a key that only looks like one of the format (an Object property)', () => {
    assert.deepEqual(hover(`${PROJECT}constructor: x\n`, PROJECT.split('\n').length - 1, 3), []);
    assert.deepEqual(labels(`${PROJECT}constructor:\n  |\n`), []);
  });
});
