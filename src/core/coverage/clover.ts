// Clover XML, as OpenClover and Istanbul write it: `<file name path>` elements holding `<line num count type>`.
// A line can appear once per kind (stmt, cond, method); the largest count stands for the line. OpenClover's
// `cond` lines may carry only truecount/falsecount, whose sum then stands in for the count.
import { en } from '../lang/en/coverage';
import type { Result } from '../result';
import { failed, isLine, ReportBuilder } from './builder';
import type { CoverageReport } from './types';
import type { CoverageWords } from './words';
import { scanXml, xmlIssues } from './xml';

/** Parses a Clover XML report; the `path` attribute is preferred to `name`, which is often a bare file name. */
export function parseClover(text: string, words: CoverageWords = en): Result<CoverageReport> {
  if (text.trim() === '') return failed(words.empty);
  const report = new ReportBuilder('clover', 'max', words, text.length, 45);
  const why = words.record;
  let root = false;
  const scan = scanXml(text, {
    open(tag) {
      const { name, start, selfClosing } = tag;
      if (name === 'line') {
        const line = tag.number('num');
        let count = tag.number('count');
        if (Number.isNaN(count)) count = tag.number('truecount') + tag.number('falsecount');
        if (!report.inFile) report.bad(start, why.lineOutside('<file>'));
        else if (!isLine(line) || Number.isNaN(count)) report.bad(start, why.lineAttributes('num', 'count'));
        else report.add(line, count);
      } else if (name === 'file') {
        const file = (tag.attr('path') ?? tag.attr('name'))?.trim();
        if (file && !selfClosing) report.begin(file);
        else report.end();
        if (!file) report.bad(start, why.fileNoNameOrPath);
      } else if (name === 'coverage' || name === 'project') root = true;
    },
    close(name) {
      if (name === 'file') report.end();
    },
  });
  if (!root) return failed(words.noCloverRoot);
  return report.finish(text, xmlIssues(text, scan, report));
}
