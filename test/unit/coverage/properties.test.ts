// Property tests: no input makes a parser throw, and lcov written from random data reads back exactly.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseClover } from '../../../src/core/coverage/clover';
import { parseCobertura } from '../../../src/core/coverage/cobertura';
import { parseCoverage } from '../../../src/core/coverage/detect';
import { parseGoCover } from '../../../src/core/coverage/goCover';
import { parseIstanbul } from '../../../src/core/coverage/istanbul';
import { parseJacoco } from '../../../src/core/coverage/jacoco';
import { parseLcov } from '../../../src/core/coverage/lcov';
import { toMap } from '../../../src/core/coverage/types';
import { fixture } from './helpers';

const ALL = [
  parseLcov,
  parseIstanbul,
  parseCobertura,
  parseJacoco,
  parseGoCover,
  parseClover,
  (t: string) => parseCoverage(t),
];
const REAL = [
  'js-project/coverage/lcov.info',
  'js-project/coverage/coverage-final.json',
  'js-project/coverage/cobertura-coverage.xml',
  'js-project/coverage/clover.xml',
  'py-project/coverage.xml',
  'go-project/coverage.out',
  'java-project/jacoco.xml',
].map(fixture);
const TOKENS = [
  '<',
  '>',
  '/>',
  '</',
  '"',
  "'",
  '=',
  '<!--',
  '-->',
  '<!DOCTYPE x [',
  ']>',
  '&amp;',
  '&x;',
  'SF:',
  'DA:',
  ',',
  '\n',
  'end_of_record',
  'mode: set\n',
  ':1.1,2.2 1 1',
  '{',
  '}',
  '[',
  ']',
  '-1',
  '99999999999999999999',
  '<line number="1" hits="2"/>',
  '<class filename="a">',
  '\uFFFD',
  '\u0000',
];

describe('coverage parser properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        for (const parse of ALL) assert.equal(typeof parse(text).ok, 'boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on text made of format tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), (tokens) => {
        const text = tokens.join('');
        for (const parse of ALL) assert.equal(typeof parse(text).ok, 'boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on real reports cut, spliced or overwritten at random places', () => {
    fc.assert(
      fc.property(fc.nat(REAL.length - 1), fc.nat(), fc.nat(), fc.constantFrom(...TOKENS), (which, a, b, token) => {
        const real = REAL[which]!;
        const i = a % (real.length + 1);
        const j = b % (real.length + 1);
        for (const text of [
          real.slice(0, i),
          real.slice(0, i) + token + real.slice(i),
          real.slice(0, Math.min(i, j)) + real.slice(Math.max(i, j)),
        ]) {
          for (const parse of ALL) assert.equal(typeof parse(text).ok, 'boolean');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads back exactly the hits an lcov file was written with, summing repeated files', () => {
    const record = fc.record({
      file: fc.constantFrom('a.ts', 'b.ts', 'src/c d.ts'),
      lines: fc.dictionary(fc.integer({ min: 1, max: 500 }).map(String), fc.nat(1e9)),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (records) => {
        const text = records
          .map(
            (r) =>
              `TN:\nSF:${r.file}\n${Object.entries(r.lines)
                .map(([l, h]) => `DA:${l},${h}\n`)
                .join('')}end_of_record\n`,
          )
          .join('');
        const expected = new Map<string, Map<number, number>>();
        for (const r of records) {
          const m = expected.get(r.file) ?? new Map<number, number>();
          for (const [l, h] of Object.entries(r.lines)) m.set(Number(l), (m.get(Number(l)) ?? 0) + h);
          expected.set(r.file, m);
        }
        const result = parseLcov(text);
        assert.ok(result.ok);
        assert.equal(result.value.malformed, 0);
        const got = new Map(
          result.value.files.map((f) => [f.path, new Map([...toMap(f.lines)].sort((x, y) => x[0] - y[0]))]),
        );
        for (const [file, m] of expected) assert.deepEqual(got.get(file), new Map([...m].sort((x, y) => x[0] - y[0])));
      }),
      { numRuns: 200 },
    );
  });
});
