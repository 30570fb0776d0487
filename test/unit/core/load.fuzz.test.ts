import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { loadProject } from '../../../src/core/model/load';
import { LANGUAGES } from '../../../src/core/model/vocabulary';
import { starterProject } from '../../../src/core/starter';

// A fixed seed keeps every run of the suite identical (no flaky CI); set CANDOR_FUZZ_SEED to explore further.
const seed = Number(process.env.CANDOR_FUZZ_SEED ?? 20261127);
const RUNS = { strings: 9000, mutations: 2000, soup: 9000 };

const VALID = path.join(__dirname, '../../fixtures/valid');
const SMALL =
  'version: 1\nproject: { name: Acme Portal, client: Acme Corp, phase: delivery }\nphases:\n  - id: delivery\n    title: Delivery\n    checklist:\n      - { id: a, text: Test, done: true }\nred_flags:\n  - id: f\n    title: t\n    paths: [src/**]\n';
const SEEDS = [
  SMALL,
  // The starter is cut to its first 2 KB: whole 7-8 KB files would triple the run time for little gain.
  starterProject(LANGUAGES[1], { today: new Date('2026-11-27') }).slice(0, 2048),
  ...(fs.existsSync(VALID)
    ? fs
        .readdirSync(VALID)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
    : []
  )
    .map((f) => fs.readFileSync(path.join(VALID, f), 'utf8'))
    .filter((text) => text.length <= 2048),
];

/** The invariants every input must keep: no throw, a well-formed result, and every issue placed inside the file. */
function assertWellFormed(text: string): void {
  const result = loadProject(text);
  assert.equal(typeof result.ok, 'boolean');
  assert.ok(Array.isArray(result.issues));
  if (result.ok) assert.ok(result.value.file && result.value.lines instanceof Map);
  else
    assert.ok(
      result.issues.some((i) => i.severity === 'error'),
      'a refused file says why',
    );
  // CR, LF and CRLF all end a line, in YAML as in editors.
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const issue of result.issues) {
    assert.ok(
      Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= lines,
      `line ${issue.line} of ${lines}: ${issue.message}`,
    );
    assert.ok(Number.isInteger(issue.column) && issue.column >= 1, `column ${issue.column}`);
    assert.ok(issue.endLine >= issue.line && issue.endLine <= lines, `end line ${issue.endLine}`);
    assert.ok(issue.message.trim().length > 0, 'message is not empty');
    assert.ok(issue.severity === 'error' || issue.severity === 'warning');
  }
}

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'insert'; at: number; bytes: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'duplicateLine'; at: number };

const INTERESTING = [
  '\t',
  '\r',
  '\n',
  '\uFEFF',
  '\u0000',
  ':',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '#',
  '"',
  "'",
  '? ',
  '|',
  '>',
  '!!',
  '%',
  '---',
  '...',
  '  ',
  '\u2028',
  '\uD800',
  'é',
];
const at = fc.nat({ max: 1 << 20 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at,
    bytes: fc.oneof(fc.constantFrom(...INTERESTING), fc.string({ maxLength: 8 })),
  }),
  fc.record({ op: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('truncate' as const), at }),
  fc.record({ op: fc.constant('duplicateLine' as const), at }),
);

/** Applies byte-level damage the way a bad merge, a bad editor or a bad disk would. */
function mutate(text: string, mutations: Mutation[]): string {
  let bytes = Buffer.from(text, 'utf8');
  for (const m of mutations) {
    const i = bytes.length === 0 ? 0 : m.at % bytes.length;
    if (m.op === 'flip' && bytes.length > 0) {
      bytes = Buffer.from(bytes);
      bytes[i] = bytes[i]! ^ (1 << m.bit);
    } else if (m.op === 'insert') {
      bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from(m.bytes, 'utf8'), bytes.subarray(i)]);
    } else if (m.op === 'delete') {
      bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + m.length)]);
    } else if (m.op === 'truncate') {
      bytes = bytes.subarray(0, i);
    } else if (m.op === 'duplicateLine') {
      const lines = bytes.toString('utf8').split('\n');
      const n = m.at % lines.length;
      lines.splice(n, 0, lines[n]!);
      bytes = Buffer.from(lines.join('\n'), 'utf8');
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

const KEYS = [
  'version',
  'project',
  'name',
  'client',
  'language',
  'phase',
  'team',
  'aliases',
  'contacts',
  'departments',
  'communication',
  'phases',
  'checklist',
  'id',
  'text',
  'done',
  'milestones',
  'due',
  'paths',
  'status',
  'client_tasks',
  'decisions',
  'red_flags',
  'severity',
  'kind',
  'mitigation',
  'client_visible',
];
const VALUES = [
  '1',
  '2',
  'true',
  'false',
  'yes',
  'null',
  '~',
  '2026-11-20',
  '2026-02-30',
  'fr',
  'xx',
  'high',
  'open',
  'src/**',
  '""',
  "''",
  '0x1F',
  '.nan',
  '-1',
  '1e999',
  '"\\u0000"',
  '"a\\tb"',
  'é',
];
const PUNCT = [
  ': ',
  ':',
  '- ',
  '-',
  '[',
  ']',
  '{',
  '}',
  ', ',
  ',',
  '\n',
  '\r\n',
  '\n  ',
  '\n    ',
  '\n\t',
  ' ',
  '#',
  ' # note',
  '&a ',
  '*a',
  '*b',
  '&b ',
  '? ',
  '!!str ',
  '!tag ',
  '|\n  ',
  '>-\n  ',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '"',
  "'",
  '<<: ',
];
const token = fc.oneof(
  fc.constantFrom(...KEYS),
  fc.constantFrom(...VALUES),
  fc.constantFrom(...PUNCT),
  fc.string({ maxLength: 3 }),
);

describe('loading project.yaml under fuzzing', () => {
  it(`keeps its invariants on ${RUNS.strings} random strings`, () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 100 }),
    );
    fc.assert(
      fc.property(text, (t) => assertWellFormed(t)),
      { seed, numRuns: RUNS.strings },
    );
  });

  it(`keeps its invariants on ${RUNS.mutations} damaged copies of valid files (flips, insertions, deletions, truncations)`, () => {
    assert.ok(SEEDS.length >= 5, 'seed files to mutate');
    const damaged = fc.record({
      source: fc.constantFrom(...SEEDS),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(damaged, ({ source, mutations }) => assertWellFormed(mutate(source, mutations))),
      { seed, numRuns: RUNS.mutations },
    );
  });

  it(`keeps its invariants on ${RUNS.soup} YAML-ish token soups`, () => {
    const soup = fc.array(token, { maxLength: 120 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(soup, (t) => assertWellFormed(t)),
      { seed, numRuns: RUNS.soup },
    );
  });

  it('reaches at least 20,000 generated inputs in total', () => {
    assert.ok(RUNS.strings + RUNS.mutations + RUNS.soup >= 20_000);
  });

  it('gives the same answer twice for the same damaged text', () => {
    const damaged = fc.record({
      source: fc.constantFrom(...SEEDS),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(damaged, ({ source, mutations }) => {
        const text = mutate(source, mutations);
        assert.deepEqual(loadProject(text), loadProject(text));
      }),
      { seed, numRuns: 50 },
    );
  });
});
