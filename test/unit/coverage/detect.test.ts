import assert from 'node:assert/strict';
import { detectFormat, parseCoverage } from '../../../src/core/coverage/detect';
import { COVERAGE } from '../../../src/core/lang';

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

describe("a report's problems in the caller's language", () => {
  const messages = (text: string, language: 'en' | 'fr' | 'es' | 'de', name?: string) =>
    parseCoverage(text, name, undefined, COVERAGE[language]).issues.map((i) => i.message);

  it('says the format was not recognised, or the report is empty', () => {
    assert.deepEqual(messages('hello', 'de'), [
      'Das Format des Abdeckungsberichts wurde nicht erkannt (lcov, Istanbul JSON, Cobertura, JaCoCo, Go oder Clover).',
    ]);
    assert.deepEqual(messages('   ', 'es', 'lcov.info'), ['El informe de cobertura está vacío.']);
  });

  it('says why each format refused the report, and names the first skipped record', () => {
    assert.deepEqual(messages('{', 'fr'), ['Le rapport n’est pas du JSON valide.']);
    assert.deepEqual(messages('mode: set\nx\n', 'es'), [
      'Se omitió 1 registro de cobertura mal formado; el primero: una línea que no es un bloque de cobertura.',
    ]);
    assert.deepEqual(messages('<coverage><class filename="a"><lines><line number="x"/></lines></class>', 'de'), [
      '1 fehlerhafter Abdeckungseintrag übersprungen; der erste: ein <line> ohne gültige number und hits.',
    ]);
    assert.deepEqual(messages('<report><line nr="1" ci="1"/><line nr="2" ci="0"/></report>', 'fr'), [
      '2 enregistrements de couverture mal formés ignorés ; le premier : un <line> hors de tout <sourcefile>.',
    ]);
    // English stays what it was, given or by default.
    assert.deepEqual(
      messages('{', 'en'),
      parseCoverage('{').issues.map((i) => i.message),
    );
  });
});
