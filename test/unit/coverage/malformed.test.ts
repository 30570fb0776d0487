// Hand-written broken reports (test/fixtures/coverage/malformed/): every parser must return a Result, quickly,
// for every one of them, and the interesting ones must be read the way the parsers document.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseClover } from '../../../src/core/coverage/clover';
import { parseCobertura } from '../../../src/core/coverage/cobertura';
import { parseCoverage } from '../../../src/core/coverage/detect';
import { parseGoCover } from '../../../src/core/coverage/goCover';
import { parseIstanbul } from '../../../src/core/coverage/istanbul';
import { parseJacoco } from '../../../src/core/coverage/jacoco';
import { parseLcov } from '../../../src/core/coverage/lcov';
import type { CoverageReport } from '../../../src/core/coverage/types';
import type { Result } from '../../../src/core/result';
import { FIXTURES, fixture, hits, hitsOf, okReport } from './helpers';

const PARSERS: Record<string, (text: string) => Result<CoverageReport>> = {
  lcov: parseLcov,
  istanbul: parseIstanbul,
  cobertura: parseCobertura,
  jacoco: parseJacoco,
  go: parseGoCover,
  clover: parseClover,
  detect: (text) => parseCoverage(text),
};
const DIR = path.join(FIXTURES, 'malformed');
const files = fs.readdirSync(DIR).sort();
const m = (name: string): string => fixture(`malformed/${name}`);

/**
 * Parses and checks the Result's shape; a throw fails the test, and so does a parse slower than `limitMs` (a
 * near-hang: the limits are far above the real times, so a busy machine does not fail the test).
 */
function parseQuickly(
  parse: (text: string) => Result<CoverageReport>,
  text: string,
  limitMs = 2000,
): Result<CoverageReport> {
  const started = performance.now();
  const result = parse(text);
  assert.ok(performance.now() - started < limitMs, `parsing took over ${limitMs} ms`);
  assert.equal(typeof result.ok, 'boolean');
  assert.ok(Array.isArray(result.issues));
  if (result.ok) assert.ok(result.value.malformed >= 0 && Array.isArray(result.value.files));
  else assert.ok(result.issues.length > 0, 'a failed Result says why');
  return result;
}

describe('malformed coverage reports', () => {
  it('has at least 60 hand-written malformed fixtures', () => {
    assert.ok(files.length >= 60, `only ${files.length}`);
  });

  for (const file of files) {
    it(`returns a Result from every parser for ${file}`, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      for (const parse of Object.values(PARSERS)) parseQuickly(parse, text);
    });
  }

  it('returns a Result from every parser for a 50 MB single line, generated at run time', function () {
    const bodies = [
      'SF:' + 'a'.repeat(50e6),
      'DA:1,' + '9'.repeat(50e6),
      '<coverage><class filename="' + 'x'.repeat(50e6),
      '{"a":"' + 'b'.repeat(50e6),
      'mode: set\n' + 'c'.repeat(50e6),
      '<' + 'd'.repeat(50e6),
    ];
    for (const body of bodies) for (const parse of Object.values(PARSERS)) parseQuickly(parse, body, 10_000);
  });

  describe('what is kept and what is counted', () => {
    it('fails an empty report with a message, never an exception', () => {
      for (const parse of Object.values(PARSERS)) {
        const result = parse('');
        assert.equal(result.ok, false);
        assert.match(result.issues[0]!.message, /empty/);
      }
    });

    it('keeps the lines of an lcov record that lacks end_of_record and counts it', () => {
      const report = okReport(parseLcov(m('lcov-no-end-of-record.info')));
      assert.deepEqual(hitsOf(report.files[0]), hits('1:1 2:0 3:4'));
      assert.equal(report.malformed, 1);
    });

    it('closes an lcov record at the next SF when end_of_record is missing', () => {
      const report = okReport(parseLcov(m('lcov-missing-end-between-records.info')));
      assert.deepEqual(
        report.files.map((f) => [f.path, hitsOf(f)]),
        [
          ['src/a.js', { 1: 1 }],
          ['src/b.js', { 1: 0 }],
        ],
      );
      assert.equal(report.malformed, 1);
    });

    it('merges an lcov file listed twice by summing its hits', () => {
      const report = okReport(parseLcov(m('lcov-duplicate-files.info')));
      assert.equal(report.files.length, 1);
      assert.deepEqual(hitsOf(report.files[0]), hits('1:1 2:3 3:0'));
      assert.deepEqual(hitsOf(okReport(parseLcov(m('lcov-duplicate-da-lines.info'))).files[0]), hits('1:3 2:0'));
    });

    it('skips negative, fractional, zero-line and lettered lcov counts and says where the first one is', () => {
      const negative = parseLcov(m('lcov-negative-count.info'));
      assert.deepEqual(hitsOf(okReport(negative).files[0]), hits('1:1 3:0'));
      assert.equal(negative.issues[0]!.line, 3);
      assert.match(negative.issues[0]!.message, /1 malformed coverage record skipped/);
      for (const name of [
        'lcov-float-count.info',
        'lcov-zero-line-number.info',
        'lcov-letters-in-count.info',
        'lcov-huge-line-number.info',
        'lcov-no-comma.info',
      ]) {
        const report = okReport(parseLcov(m(name)));
        assert.deepEqual(hitsOf(report.files[0]), { 2: 1 }, name);
        assert.equal(report.malformed, 1, name);
      }
    });

    it('clamps a count too big for a double to the largest safe integer: it still ran', () => {
      assert.equal(hitsOf(okReport(parseLcov(m('lcov-huge-count.info'))).files[0])[1], Number.MAX_SAFE_INTEGER);
      assert.equal(hitsOf(okReport(parseCobertura(m('cobertura-huge-hits.xml'))).files[0])[1], Number.MAX_SAFE_INTEGER);
      assert.equal(hitsOf(okReport(parseLcov(m('lcov-long-garbage-line.info'))).files[0])[1], Number.MAX_SAFE_INTEGER);
    });

    it('reads lcov with CRLF line ends, a BOM, checksums and no final newline', () => {
      for (const name of [
        'lcov-crlf.info',
        'lcov-bom.info',
        'lcov-checksum-field.info',
        'lcov-no-final-newline.info',
      ]) {
        const report = okReport(parseLcov(m(name)));
        assert.deepEqual(hitsOf(report.files[0]), hits('1:1 2:0'), name);
        assert.equal(report.malformed, 0, name);
      }
    });

    it('keeps the hits read before an Istanbul JSON entry goes wrong and counts each bad statement', () => {
      const bad = okReport(parseIstanbul(m('istanbul-bad-locations.json')));
      assert.deepEqual(hitsOf(bad.files[0]), { 4: 2 });
      assert.equal(bad.malformed, 5);
      assert.deepEqual(hitsOf(okReport(parseIstanbul(m('istanbul-negative-count.json'))).files[0]), { 1: 1 });
      assert.deepEqual(hitsOf(okReport(parseIstanbul(m('istanbul-wrapped-data.json'))).files[0]), hits('1:1 2:0'));
      assert.equal(parseIstanbul(m('istanbul-truncated.json')).ok, false);
      assert.equal(parseIstanbul(m('istanbul-deep-nesting-unbalanced.json')).ok, false);
    });

    it('never expands DOCTYPE entities (billion laughs, external entities) and says they were ignored', () => {
      const laughs = parseCobertura(m('cobertura-billion-laughs.xml'));
      assert.deepEqual(
        okReport(laughs).files.map((f) => f.path),
        ['src/&lol9;.py'],
      );
      assert.match(laughs.issues[0]!.message, /never expanded/);
      const xxe = okReport(parseCobertura(m('cobertura-external-entity.xml')));
      assert.deepEqual(
        xxe.files.map((f) => f.path),
        ['&xxe;'],
      );
      assert.deepEqual(xxe.sources, ['&xxe;']);
      const clover = okReport(parseClover(m('clover-entities.xml')));
      assert.deepEqual(
        clover.files.map((f) => f.path),
        ['src/<weird> & name.js'],
      );
      assert.deepEqual(
        okReport(parseJacoco(m('jacoco-entity-in-name.xml'))).files.map((f) => f.path),
        ['com/&big;/A&B.java'],
      );
    });

    it('keeps what came before a truncation in XML and counts the truncation', () => {
      const report = okReport(parseCobertura(m('cobertura-truncated-mid-tag.xml')));
      assert.deepEqual(hitsOf(report.files[0]), hits('1:1 2:0'));
      assert.equal(report.malformed, 1);
      assert.deepEqual(hitsOf(okReport(parseJacoco(m('jacoco-truncated.xml'))).files[0]), { 3: 1 });
      assert.deepEqual(hitsOf(okReport(parseClover(m('clover-truncated.xml'))).files[0]), { 1: 1 });
    });

    it('reads deeply nested XML without a stack', () => {
      assert.deepEqual(hitsOf(okReport(parseCobertura(m('cobertura-deep-nesting.xml'))).files[0]), hits('1:1 2:0'));
    });

    it('ignores lines inside comments and CDATA, and a > inside an attribute value', () => {
      const report = okReport(parseCobertura(m('cobertura-lines-in-comments-and-cdata.xml')));
      assert.deepEqual(
        report.files.map((f) => [f.path, hitsOf(f)]),
        [['src/a.py', hits('1:1 2:0')]],
      );
      assert.deepEqual(
        okReport(parseCobertura(m('cobertura-gt-in-attribute.xml'))).files.map((f) => f.path),
        ['src/a>b.py'],
      );
    });

    it('sums repeated Cobertura classes of one file and takes the larger count for repeated Clover files', () => {
      assert.deepEqual(
        hitsOf(okReport(parseCobertura(m('cobertura-duplicate-class.xml'))).files[0]),
        hits('1:1 2:5 3:0'),
      );
      assert.deepEqual(hitsOf(okReport(parseClover(m('clover-duplicate-files.xml'))).files[0]), hits('1:1 2:4'));
    });

    it('counts Cobertura, JaCoCo and Clover lines with bad numbers or outside a file, and keeps the rest', () => {
      const cases: [string, (t: string) => Result<CoverageReport>, Record<number, number>, number][] = [
        ['cobertura-negative-hits.xml', parseCobertura, { 2: 3 }, 1],
        ['cobertura-line-outside-class.xml', parseCobertura, hits('1:1 2:0'), 1],
        ['cobertura-missing-filename.xml', parseCobertura, hits('1:1 2:0'), 2],
        ['jacoco-bad-numbers.xml', parseJacoco, { 6: 0 }, 3],
        ['jacoco-missing-ci.xml', parseJacoco, { 4: 1 }, 1],
        ['jacoco-line-outside-sourcefile.xml', parseJacoco, { 2: 0 }, 1],
        ['clover-bad-counts.xml', parseClover, { 3: 1, 4: 0 }, 2],
        ['clover-line-outside-file.xml', parseClover, { 2: 0 }, 1],
      ];
      for (const [name, parse, expected, malformed] of cases) {
        const report = okReport(parse(m(name)));
        assert.deepEqual(hitsOf(report.files.find((f) => f.lines.lines.length > 0)), expected, name);
        assert.equal(report.malformed, malformed, name);
      }
    });

    it('skips Go blocks that are reversed, absurdly long, negative or cut off', () => {
      const cases: [string, Record<number, number>, number][] = [
        ['go-reversed-block.out', { 10: 2 }, 1],
        ['go-huge-block.out', hits('3:0 4:0'), 1],
        ['go-negative-count.out', hits('3:5 4:5'), 1],
        ['go-truncated.out', hits('1:3 2:3'), 1],
        ['go-bad-block.out', hits('1:1 2:1'), 3],
      ];
      for (const [name, expected, malformed] of cases) {
        const report = okReport(parseGoCover(m(name)));
        assert.deepEqual(hitsOf(report.files[0]), expected, name);
        assert.equal(report.malformed, malformed, name);
      }
      assert.equal(parseGoCover(m('go-no-mode-line.out')).ok, false);
    });

    it('reads Go blocks with Windows paths and merges concatenated profiles', () => {
      const win = okReport(parseGoCover(m('go-windows-path.out')));
      assert.deepEqual(
        win.files.map((f) => [f.path, hitsOf(f)]),
        [['C:\\src\\m\\a.go', hits('1:1 2:1 3:0')]],
      );
      const cat = okReport(parseGoCover(m('go-concatenated-profiles.out')));
      assert.deepEqual(
        cat.files.map((f) => [f.path, hitsOf(f)]),
        [
          ['example.com/m/a.go', hits('1:1 2:1')],
          ['example.com/m/b.go', { 1: 0 }],
        ],
      );
    });

    it('never quotes the text of a file that is not JSON in its message (it could be a secret)', () => {
      const result = parseIstanbul('{"token": "hunter2" password');
      assert.ok(!result.ok);
      assert.deepEqual(
        [result.issues[0]!.message, result.issues[0]!.line, result.issues[0]!.column],
        ['The report is not valid JSON.', 1, 21],
      );
      assert.ok(!JSON.stringify(parseCoverage('secret-token-abc', 'x.json')).includes('secret'));
    });

    it('fails binary, UTF-16, HTML and plain-text input with a reason instead of inventing files', () => {
      for (const name of [
        'random-binary.bin',
        'nul-bytes.bin',
        'gzip-header.info',
        'cobertura-utf16le.xml',
        'html-error-page.xml',
        'cobertura-plain-text.xml',
        'only-bom.txt',
      ]) {
        const result = parseCoverage(m(name), name);
        assert.ok(!result.ok || result.value.files.length === 0, name);
      }
    });
  });
});
