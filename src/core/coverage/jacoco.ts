// JaCoCo XML: `<package name="com/example"><sourcefile name="Calc.java"><line nr mi ci mb cb/>`. JaCoCo
// records which instructions ran, not how often: a line with any covered instruction (ci > 0) counts as 1 hit.
// Its DOCTYPE names an external DTD; like every DOCTYPE here it is skipped, never fetched nor expanded.
import { en } from '../lang/en/coverage';
import type { Result } from '../result';
import { failed, isLine, ReportBuilder } from './builder';
import type { CoverageReport } from './types';
import type { CoverageWords } from './words';
import { scanXml, xmlIssues } from './xml';

/** Parses a JaCoCo XML report into `package/SourceFile.java` paths with 0/1 hits per line. */
export function parseJacoco(text: string, words: CoverageWords = en): Result<CoverageReport> {
  if (text.trim() === '') return failed(words.empty);
  const report = new ReportBuilder('jacoco', 'max', words, text.length, 50);
  const why = words.record;
  let root = false;
  let pkg = '';
  const scan = scanXml(text, {
    open(tag) {
      const { name, start, selfClosing } = tag;
      if (name === 'line') {
        const line = tag.number('nr');
        const covered = tag.number('ci');
        if (!report.inFile) report.bad(start, why.lineOutside('<sourcefile>'));
        else if (!isLine(line) || Number.isNaN(covered)) report.bad(start, why.lineAttributes('nr', 'ci'));
        else report.add(line, covered > 0 ? 1 : 0);
      } else if (name === 'sourcefile') {
        const file = tag.attr('name')?.trim();
        if (file && !selfClosing) report.begin(pkg === '' ? file : `${pkg}/${file}`);
        else report.end();
        if (!file) report.bad(start, why.sourcefileNoName);
      } else if (name === 'package') pkg = selfClosing ? '' : trimSlashes(tag.attr('name') ?? '');
      else if (name === 'report') root = true;
    },
    close(name) {
      if (name === 'sourcefile') report.end();
      else if (name === 'package') pkg = '';
    },
  });
  if (!root) return failed(words.noJacocoReport);
  return report.finish(text, xmlIssues(text, scan, report));
}

/** The name without trailing slashes; a loop, as /\/+$/ retries from every slash (quadratic on "///…/x"). */
function trimSlashes(name: string): string {
  let end = name.length;
  while (end > 0 && name.charCodeAt(end - 1) === 47) end--;
  return name.slice(0, end);
}
