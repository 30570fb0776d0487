// Cobertura XML, as coverage.py and Istanbul (c8, nyc) write it: `<source>` roots, then `<class filename>`
// elements whose `<lines><line number hits/>` give the hits. Istanbul repeats some lines under
// `<methods><method><lines>`; those are skipped, or every function's first line would count twice.
import { en } from '../lang/en/coverage';
import type { Result } from '../result';
import { failed, isLine, ReportBuilder } from './builder';
import type { CoverageReport } from './types';
import type { CoverageWords } from './words';
import { decodeXml, scanXml, xmlIssues } from './xml';

/** Parses a Cobertura report; repeated classes of one file sum their hits; malformed lines are counted. */
export function parseCobertura(text: string, words: CoverageWords = en): Result<CoverageReport> {
  if (text.trim() === '') return failed(words.empty);
  const report = new ReportBuilder('cobertura', 'sum', words, text.length, 45);
  const why = words.record;
  let root = false;
  let inMethods = 0;
  let sourceStart = -1;
  const scan = scanXml(text, {
    open(tag) {
      const { name, start, selfClosing } = tag;
      if (name === 'line') {
        if (inMethods > 0) return;
        const line = tag.number('number');
        const hits = tag.number('hits');
        if (!report.inFile) report.bad(start, why.lineOutside('<class>'));
        else if (!isLine(line) || Number.isNaN(hits)) report.bad(start, why.lineAttributes('number', 'hits'));
        else report.add(line, hits);
      } else if (name === 'class') {
        const file = tag.attr('filename')?.trim();
        if (file && !selfClosing) report.begin(file);
        else report.end();
        if (!file) report.bad(start, why.classNoFilename);
      } else if (name === 'methods' && !selfClosing) inMethods++;
      else if (name === 'source' && !selfClosing) sourceStart = tag.after;
      else if (name === 'coverage') root = true;
    },
    close(name, at) {
      if (name === 'methods') inMethods = Math.max(0, inMethods - 1);
      else if (name === 'class') report.end();
      else if (name === 'source' && sourceStart !== -1) {
        const source = decodeXml(text.slice(sourceStart, at).trim());
        if (source !== '') report.sources.push(source);
        sourceStart = -1;
      }
    },
  });
  if (!root) return failed(words.noCoberturaRoot);
  return report.finish(text, xmlIssues(text, scan, report));
}
