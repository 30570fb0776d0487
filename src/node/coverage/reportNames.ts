// Where coverage reports are: the one list that the report search (find.ts) and the report watcher (the red-flag
// store) share. No imports, so the main bundle takes the names without the search.

/** The places c8/nyc, coverage.py, go test and Clover write to by default, relative to the workspace folder. */
export const DEFAULT_REPORT_PATHS = [
  'coverage/lcov.info',
  'coverage/coverage-final.json',
  'coverage/cobertura-coverage.xml',
  'coverage.xml',
  'coverage.out',
  'clover.xml',
  'coverage/clover.xml',
] as const;

/** JaCoCo's file names, Maven's and Gradle's: searched for under build folders rather than at fixed places. */
export const JACOCO_NAMES: ReadonlySet<string> = new Set(['jacoco.xml', 'jacocoTestReport.xml']);

/** The file-watcher glob of every report name above, at any depth: a change to one re-reads coverage. */
export const REPORT_WATCH_GLOB = `**/{${[
  ...new Set([...DEFAULT_REPORT_PATHS.map((p) => p.slice(p.lastIndexOf('/') + 1)), ...JACOCO_NAMES]),
].join(',')}}`;
