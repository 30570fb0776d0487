/**
 * The problems of a coverage report in one language (the language pack's `coverage` family): what the parsers
 * say of a report (the whole of it, or the first skipped record), and what finding and reading one may meet
 * (src/node/coverage). Each parser takes these words and defaults to English.
 */
export interface CoverageWords {
  empty: string;
  unknownFormat: string;
  notJson: string;
  notIstanbulObject: string;
  noIstanbulEntry: string;
  noLcovRecord: string;
  noGoMode: string;
  /** A Go profile whose blocks expand past `max` lines (written with the language's digit grouping). */
  goTooManyLines: (max: number) => string;
  noJacocoReport: string;
  noCoberturaRoot: string;
  noCloverRoot: string;
  entitiesIgnored: string;
  /** How many malformed records were skipped, and why the first one was (one of `record`). */
  skipped: (count: number, first: string) => string;
  /** Why a record was skipped (the formats' own keywords stay as written). */
  record: {
    lcovDaOutside: string;
    lcovNoEnd: string;
    lcovNoPath: string;
    lcovEndWithoutSf: string;
    lcovNotKey: string;
    lcovTruncated: string;
    lcovDaFields: string;
    lcovDaCount: string;
    lcovDaLine: string;
    istanbulEntry: (key: string) => string;
    istanbulStart: (id: string) => string;
    istanbulCount: (id: string) => string;
    goNotBlock: string;
    goNoPosition: string;
    goLines: string;
    goCount: string;
    /** An XML `<line>` outside the element that names its file (`<class>`, `<file>`, `<sourcefile>`). */
    lineOutside: (element: string) => string;
    /** An XML `<line>` without its two numeric attributes (`nr` and `ci`, `number` and `hits`…). */
    lineAttributes: (first: string, second: string) => string;
    sourcefileNoName: string;
    classNoFilename: string;
    fileNoNameOrPath: string;
    xmlTruncated: string;
  };
  /** A report file's size: `200 MB`, `12 KB`, `512 bytes`. */
  size: (bytes: number) => string;
  notAFile: (name: string) => string;
  missing: (name: string) => string;
  cannotRead: (code: string) => string;
  tooLarge: (size: string, max: string) => string;
  parserFailed: (message: string) => string;
  parserStopped: (code: number) => string;
  outside: (report: string) => string;
  linksOutside: (report: string) => string;
  notFound: (report: string) => string;
}
