import type { CoverageWords } from '../../coverage/words';
import { size } from './size';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The problems of a coverage report, in English. */
export const en: CoverageWords = {
  empty: 'The coverage report is empty.',
  unknownFormat:
    'The coverage report format was not recognised (lcov, Istanbul JSON, Cobertura, JaCoCo, Go or Clover).',
  notJson: 'The report is not valid JSON.',
  notIstanbulObject: 'The report is not a JSON object of files: this is not Istanbul JSON.',
  noIstanbulEntry: 'No file entry has a statementMap and s: this is not Istanbul JSON.',
  noLcovRecord: 'No lcov records (SF: lines) were found: this is not an lcov tracefile.',
  noGoMode: 'No "mode:" line was found: this is not a Go coverprofile.',
  goTooManyLines: (max) =>
    `The blocks cover more than ${max.toLocaleString('en')} lines in all; the lines past that were skipped.`,
  noJacocoReport: 'No <report> element was found: this is not a JaCoCo XML report.',
  noCoberturaRoot: 'No <coverage> element was found: this is not a Cobertura report.',
  noCloverRoot: 'No <coverage> or <project> element was found: this is not a Clover report.',
  entitiesIgnored: 'Entity declarations in the report were ignored, never expanded.',
  skipped: (count, first) =>
    `${count} malformed coverage ${plural(count, 'record', 'records')} skipped; the first: ${first}.`,
  record: {
    lcovDaOutside: 'a DA line outside any SF record',
    lcovNoEnd: 'a record without end_of_record',
    lcovNoPath: 'an SF line without a path',
    lcovEndWithoutSf: 'end_of_record without SF',
    lcovNotKey: 'a line that is not an lcov KEY:value line',
    lcovTruncated: 'the last record has no end_of_record (truncated file?)',
    lcovDaFields: 'a DA line without a line number and hit count',
    lcovDaCount: 'a DA line with an invalid hit count',
    lcovDaLine: 'a DA line with an invalid line number',
    istanbulEntry: (key) => `the entry "${key}" has no statementMap and s`,
    istanbulStart: (id) => `statement ${id} has no valid start line`,
    istanbulCount: (id) => `statement ${id} has an invalid count`,
    goNotBlock: 'a line that is not a coverage block',
    goNoPosition: 'a block without a start and end position',
    goLines: 'a block with invalid line numbers',
    goCount: 'a block with an invalid count',
    lineOutside: (element) => `a <line> outside any ${element}`,
    lineAttributes: (first, second) => `a <line> without a valid ${first} and ${second}`,
    sourcefileNoName: 'a <sourcefile> without a name',
    classNoFilename: 'a <class> without a filename',
    fileNoNameOrPath: 'a <file> without a name or path',
    xmlTruncated: 'the XML ends inside a tag (truncated file?)',
  },
  size,
  notAFile: (name) => `${name} is not a file.`,
  missing: (name) => `Cannot read the coverage report: ${name} does not exist`,
  cannotRead: (code) => `Cannot read the coverage report: ${code}`,
  tooLarge: (size, max) => `The coverage report is ${size}, over the ${max} limit; it was not read.`,
  parserFailed: (message) => `The coverage parser failed: ${message}`,
  parserStopped: (code) => `The coverage parser stopped (exit code ${code}).`,
  outside: (report) => `Coverage report "${report}" is outside the workspace folder; ignored.`,
  linksOutside: (report) => `Coverage report "${report}" links outside the workspace folder; ignored.`,
  notFound: (report) => `Coverage report "${report}" was not found.`,
};
