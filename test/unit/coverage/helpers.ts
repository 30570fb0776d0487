// Shared by the coverage tests: fixture paths and a readable view of line hits.
import fs from 'node:fs';
import path from 'node:path';
import type { Result } from '../../../src/core/result';
import type { CoverageReport, FileCoverage } from '../../../src/core/coverage/types';
import { toMap } from '../../../src/core/coverage/types';

export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'coverage');

/** A fixture's text, decoded as the reader decodes it (invalid UTF-8 becomes U+FFFD). */
export function fixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
}

/** `{ line: hits }` for one file: easy to compare with deepStrictEqual. */
export function hitsOf(file: FileCoverage | undefined): Record<number, number> {
  return Object.fromEntries(file ? toMap(file.lines) : []);
}

/** The report of a Result that must have succeeded. */
export function okReport(result: Result<CoverageReport>): CoverageReport {
  if (!result.ok) throw new Error(`expected a parsed report, got: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.value;
}

/** The file of a report whose path ends with `suffix`. */
export function fileEndingWith(report: CoverageReport, suffix: string): FileCoverage | undefined {
  return report.files.find((f) => f.path.replace(/\\/g, '/').endsWith(suffix));
}

/** Builds `{ line: hits }` from "1:1 2:0 ..." — the way the expectations below are written. */
export function hits(spec: string): Record<number, number> {
  return Object.fromEntries(
    spec
      .trim()
      .split(/\s+/)
      .map((pair) => pair.split(':').map(Number) as [number, number]),
  );
}
