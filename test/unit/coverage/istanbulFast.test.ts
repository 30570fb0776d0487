// The Istanbul fast path must read exactly what JSON.parse reads, or step aside.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseIstanbul, parseIstanbulWithJsonParse } from '../../../src/core/coverage/istanbul';
import { scanIstanbul } from '../../../src/core/coverage/istanbulFast';
import type { CoverageReport } from '../../../src/core/coverage/types';
import type { Result } from '../../../src/core/result';
import { FIXTURES, fixture, hitsOf } from './helpers';

/** A Result in comparable form: files with their hits, the malformed count and the issue messages. */
function view(result: Result<CoverageReport>): unknown {
  return result.ok
    ? {
        files: result.value.files.map((f) => [f.path, hitsOf(f)]),
        malformed: result.value.malformed,
        issues: result.issues.map((i) => i.message),
      }
    : { failed: result.issues.map((i) => i.message) };
}

function assertSameAsJsonParse(text: string): void {
  if (text.trim() === '') return; // both say "empty" before either path runs
  assert.deepEqual(view(parseIstanbul(text)), view(parseIstanbulWithJsonParse(text.replace(/^\uFEFF/, ''))));
}

describe('the Istanbul JSON fast path', () => {
  it('reads the real c8 report itself, without falling back', () => {
    assert.ok(scanIstanbul(fixture('js-project/coverage/coverage-final.json')));
    assertSameAsJsonParse(fixture('js-project/coverage/coverage-final.json'));
  });

  it('agrees with JSON.parse on every malformed fixture, pretty-printed or not', () => {
    for (const name of fs.readdirSync(path.join(FIXTURES, 'malformed'))) {
      const text = fixture(`malformed/${name}`);
      assertSameAsJsonParse(text);
    }
    assertSameAsJsonParse(JSON.stringify(JSON.parse(fixture('js-project/coverage/coverage-final.json')), null, 2));
  });

  it('steps aside for shapes it does not handle', () => {
    for (const text of [
      '{"a":{"statementMap":{},"s":{"0":-1}}}',
      '{"a":{"statementMap":{},"s":{"x":1}}}',
      '{"a":1,"a":2}',
      '{"1":{"statementMap":{},"s":{}}}',
      '{"a":{"data":{}}}',
      '{"a":{"statementMap":{},"s":{}}} x',
      '{"a":{"s":{}}}',
      '{"a":{"statementMap":{"0":{"start":{"line":1.0}}},"s":{"0":1}}}',
    ]) {
      assert.equal(scanIstanbul(text), undefined, text);
      assertSameAsJsonParse(text);
    }
  });

  it('agrees with JSON.parse on generated reports, odd values included', () => {
    const line = fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom(0, -1, 1.5, '2', null, 1e3));
    const count = fc.oneof(fc.nat(20), fc.constantFrom(-1, 0.5, '3', null, 1e21, 7));
    const loc = fc.oneof(
      fc.record({ start: fc.record({ line, column: fc.nat(80) }), end: fc.record({ line, column: fc.nat(80) }) }),
      fc.constant({}),
      fc.constant({ start: {} }),
    );
    const file = fc.record({
      path: fc.oneof(fc.constantFrom('src/a.ts', 'C:\\x\\b.ts', 'é/ü.ts', '', 'q"uote.ts'), fc.constant(undefined)),
      statementMap: fc.dictionary(fc.nat(30).map(String), loc, { maxKeys: 12 }),
      s: fc.dictionary(fc.nat(30).map(String), count, { maxKeys: 12 }),
      fnMap: fc.constant({
        0: { name: 'f', decl: { start: { line: 1, column: 0 } }, loc: { start: { line: 1, column: -0.5e-3 } } },
      }),
      b: fc.constant({ 0: [1, 0, true, false, null] }),
    });
    const report = fc.dictionary(fc.constantFrom('/ci/a.ts', 'b.ts', 'ü\\n.ts', 'x\u0001y'), file, { maxKeys: 4 });
    fc.assert(
      fc.property(report, fc.constantFrom(0, 2, '\t'), (data, indent) => {
        assertSameAsJsonParse(JSON.stringify(data, null, indent));
      }),
      { numRuns: 400 },
    );
  });
});
