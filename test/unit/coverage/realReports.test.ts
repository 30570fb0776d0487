// Reports made by the real tools (see scripts/fixtures/makeCoverage.sh); the expected hits were checked
// against the fixture sources by hand: e.g. math.js line 17 is the loop body of factorial(4), run 3 times.
import assert from 'node:assert/strict';
import { parseClover } from '../../../src/core/coverage/clover';
import { parseCobertura } from '../../../src/core/coverage/cobertura';
import { detectFormat, parseCoverage } from '../../../src/core/coverage/detect';
import { parseGoCover } from '../../../src/core/coverage/goCover';
import { parseIstanbul } from '../../../src/core/coverage/istanbul';
import { parseJacoco } from '../../../src/core/coverage/jacoco';
import { parseLcov } from '../../../src/core/coverage/lcov';
import { coveredShare, sortLargestFirst, uncoveredRanges } from '../../../src/core/coverage/types';
import { fileEndingWith, fixture, hits, hitsOf, okReport } from './helpers';

const MATH = hits(
  '1:1 2:1 3:2 4:2 5:2 6:1 7:1 8:1 9:0 10:0 11:1 12:1 13:1 14:1 15:1 16:1 17:3 18:3 19:1 20:1 21:1 22:0 23:0 24:0 25:0 26:1 27:1',
);
const STRINGS = hits('1:1 2:1 3:1 4:1 5:1 6:1 7:0 8:0 9:0 10:1 11:1');

describe('coverage reports made by the real tools', () => {
  describe('c8 (Istanbul reporters) over a small JS project', () => {
    const cases = [
      { name: 'lcov', file: 'js-project/coverage/lcov.info', parse: parseLcov },
      { name: 'Istanbul JSON', file: 'js-project/coverage/coverage-final.json', parse: parseIstanbul },
      {
        name: 'Cobertura (Istanbul flavour)',
        file: 'js-project/coverage/cobertura-coverage.xml',
        parse: parseCobertura,
      },
      { name: 'Clover', file: 'js-project/coverage/clover.xml', parse: parseClover },
    ];
    for (const c of cases) {
      it(`reads every line's hits of math.js and strings.js from ${c.name}`, () => {
        const report = okReport(c.parse(fixture(c.file)));
        assert.equal(report.files.length, 2);
        assert.equal(report.malformed, 0);
        assert.deepEqual(hitsOf(fileEndingWith(report, 'src/math.js')), MATH);
        assert.deepEqual(hitsOf(fileEndingWith(report, 'src/strings.js')), STRINGS);
      });
    }

    it('does not count the lines Istanbul repeats under <methods> twice in Cobertura', () => {
      const report = okReport(parseCobertura(fixture('js-project/coverage/cobertura-coverage.xml')));
      assert.equal(hitsOf(fileEndingWith(report, 'src/math.js'))[3], 2); // add() ran twice, not 2 + 2
    });

    it('keeps the Cobertura <source> root for path mapping', () => {
      const report = okReport(parseCobertura(fixture('js-project/coverage/cobertura-coverage.xml')));
      assert.equal(report.sources.length, 1);
      assert.ok(report.sources[0]!.endsWith('test/fixtures/coverage/js-project'));
    });

    it('finds the uncovered branch and the never-called function as ranges, the largest first', () => {
      const report = okReport(parseLcov(fixture('js-project/coverage/lcov.info')));
      const math = fileEndingWith(report, 'src/math.js')!.lines;
      assert.deepEqual(sortLargestFirst(uncoveredRanges(math)), [
        { start: 22, end: 25 },
        { start: 9, end: 10 },
      ]);
      assert.deepEqual(coveredShare(math), { covered: 21, total: 27, share: 21 / 27 });
    });
  });

  describe('coverage.py (Debian python3-coverage) Cobertura', () => {
    it('reads calc.py with its uncovered raise and never-called function', () => {
      const report = okReport(parseCobertura(fixture('py-project/coverage.xml')));
      assert.deepEqual(hitsOf(fileEndingWith(report, 'calc.py')), hits('4:1 5:1 8:1 9:1 10:0 11:1 14:1 15:0 16:0'));
      assert.deepEqual(hitsOf(fileEndingWith(report, 'test_calc.py')), hits('1:1 3:1 6:1 7:1 8:1 10:1 11:1 14:1 15:0'));
      assert.equal(report.malformed, 0);
    });

    it('skips the empty <source> coverage.py writes', () => {
      assert.deepEqual(okReport(parseCobertura(fixture('py-project/coverage.xml'))).sources, []);
    });
  });

  describe('go test -coverprofile (count mode)', () => {
    it('gives each line the largest count of the blocks that span it', () => {
      const report = okReport(parseGoCover(fixture('go-project/coverage.out')));
      assert.equal(report.files.length, 1);
      assert.equal(report.files[0]!.path, 'example.com/shapes/shapes/area.go');
      // Sign(5), Sign(7), Sign(-2): the function ran 3 times, the x > 0 branch twice, x < 0 once, `return 0` never.
      assert.deepEqual(
        hitsOf(report.files[0]),
        hits('5:1 6:1 7:1 10:3 11:3 12:2 13:2 14:1 15:1 16:1 17:0 21:0 22:0 23:0 24:0 25:0 26:0'),
      );
    });
  });

  describe('JaCoCo (Debian libjacoco-java) XML', () => {
    it('joins the package and source file names and marks lines with a covered instruction as hit once', () => {
      const result = parseJacoco(fixture('java-project/jacoco.xml'));
      const report = okReport(result);
      assert.deepEqual(
        report.files.map((f) => f.path),
        ['com/example/Calc.java'],
      );
      assert.deepEqual(hitsOf(report.files[0]), hits('4:1 6:1 10:1 11:0 13:1 17:0 18:0'));
      assert.deepEqual(result.issues, []); // its DOCTYPE (an external DTD) is skipped silently, never fetched
    });
  });

  describe('format detection', () => {
    const expected = {
      'js-project/coverage/lcov.info': 'lcov',
      'js-project/coverage/coverage-final.json': 'istanbul',
      'js-project/coverage/cobertura-coverage.xml': 'cobertura',
      'js-project/coverage/clover.xml': 'clover',
      'py-project/coverage.xml': 'cobertura',
      'go-project/coverage.out': 'go',
      'java-project/jacoco.xml': 'jacoco',
    } as const;
    for (const [file, format] of Object.entries(expected)) {
      it(`tells ${file} is ${format} from its content alone`, () => {
        assert.equal(detectFormat(fixture(file)), format);
        assert.equal(okReport(parseCoverage(fixture(file), file)).format, format);
      });
    }
  });
});
