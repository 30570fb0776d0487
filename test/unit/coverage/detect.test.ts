import assert from 'node:assert/strict';
import { detectFormat, parseCoverage } from '../../../src/core/coverage/detect';

describe('telling a coverage report format', () => {
  const byContent: [string, string][] = [
    ['TN:\nSF:a.js\nDA:1,1\nend_of_record\n', 'lcov'],
    ['\uFEFFSF:a.js\nend_of_record\n', 'lcov'],
    ['VER:2.0\nSF:a.c\nend_of_record\n', 'lcov'],
    ['  {"a.js":{}}', 'istanbul'],
    ['mode: atomic\n', 'go'],
    ['<?xml version="1.0"?>\n<coverage line-rate="1"><packages/></coverage>', 'cobertura'],
    ['<?xml version="1.0"?>\n<coverage generated="1" clover="3.2.0"><project/></coverage>', 'clover'],
    [
      '<?xml version="1.0"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x"/>',
      'jacoco',
    ],
  ];
  for (const [text, format] of byContent) {
    it(`recognises ${format} from the content ${JSON.stringify(text.slice(0, 30))}`, () => {
      assert.equal(detectFormat(text, 'misleading.name'), format);
    });
  }

  it('falls back on the file name when the content does not tell', () => {
    assert.equal(detectFormat('', 'coverage/lcov.info'), 'lcov');
    assert.equal(detectFormat('???', 'build/jacocoTestReport.xml'), 'jacoco');
    assert.equal(detectFormat('???', 'clover.xml'), 'clover');
    assert.equal(detectFormat('???', 'coverage.xml'), 'cobertura');
    assert.equal(detectFormat('???', 'coverage.out'), 'go');
    assert.equal(detectFormat('???', 'C:\\x\\coverage-final.json'), 'istanbul');
    assert.equal(detectFormat('???', 'notes.txt'), undefined);
    assert.equal(detectFormat('???'), undefined);
  });

  it('fails an unknown format with a reason instead of guessing', () => {
    const result = parseCoverage('hello', 'notes.txt');
    assert.equal(result.ok, false);
    assert.match(result.issues[0]!.message, /not recognised/);
  });

  it('parses with a format forced by the caller', () => {
    const result = parseCoverage('SF:a.js\nDA:1,2\nend_of_record\n', 'x.xml', 'lcov');
    assert.ok(result.ok && result.value.format === 'lcov');
  });
});
