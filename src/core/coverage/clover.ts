// Clover XML, as OpenClover and Istanbul write it: `<file name path>` elements holding `<line num count type>`.
// A line can appear once per kind (stmt, cond, method); the largest count stands for the line. OpenClover's
// `cond` lines may carry only truecount/falsecount, whose sum then stands in for the count.
import type { Result } from '../result';
import { failed, isLine, type LineBuilder, ReportBuilder } from './builder';
import type { CoverageReport } from './types';
import { attr, attrCount, scanXml, xmlIssues } from './xml';

/** Parses a Clover XML report; the `path` attribute is preferred to `name`, which is often a bare file name. */
export function parseClover(text: string): Result<CoverageReport> {
  if (text.trim() === '') return failed('The coverage report is empty.');
  const report = new ReportBuilder('clover', 'max');
  let root = false;
  let current: LineBuilder | undefined;
  const scan = scanXml(text, {
    open(name, start, end, selfClosing) {
      if (name === 'line') {
        const line = attrCount(text, start, end, 'num');
        let count = attrCount(text, start, end, 'count');
        if (Number.isNaN(count)) count = attrCount(text, start, end, 'truecount') + attrCount(text, start, end, 'falsecount');
        if (!current) report.bad(start, 'a <line> outside any <file>');
        else if (!isLine(line) || Number.isNaN(count)) report.bad(start, 'a <line> without a valid num and count');
        else current.add(line, count);
      } else if (name === 'file') {
        const file = (attr(text, start, end, 'path') ?? attr(text, start, end, 'name'))?.trim();
        current = file && !selfClosing ? report.file(file) : undefined;
        if (!file) report.bad(start, 'a <file> without a name or path');
      } else if (name === 'coverage' || name === 'project') root = true;
    },
    close(name) {
      if (name === 'file') current = undefined;
    },
  });
  if (!root) return failed('No <coverage> or <project> element was found: this is not a Clover report.');
  return report.finish(text, xmlIssues(text, scan, report));
}
