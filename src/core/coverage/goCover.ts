// Go coverprofiles (`go test -coverprofile`): a `mode: set|count|atomic` line, then one block a line,
// `import/path/file.go:startLine.startCol,endLine.endCol statements count`. Blocks share their boundary lines
// (`} else {`), so a line takes the largest count of the blocks that span it: a line is shown uncovered only
// when nothing on it ran. Paths are import paths; pathMap.ts maps them to files by suffix.
import type { Result } from '../result';
import { failed, indexIn, isLine, lastIndexIn, parseCount, ReportBuilder, stripBom } from './builder';
import type { CoverageReport } from './types';

/** A block longer than this is not a real block (a corrupt or hostile profile): skipped, not expanded. */
const MAX_BLOCK_LINES = 100_000;
const SPACE = 32;
const COLON = 58;
const COMMA = 44;
const DOT = 46;

/** Parses a Go coverprofile; concatenated profiles (several `mode:` lines) are accepted and merged. */
export function parseGoCover(input: string): Result<CoverageReport> {
  const text = stripBom(input);
  if (text.trim() === '') return failed('The coverage report is empty.');
  const report = new ReportBuilder('go', 'max', text.length, 20);
  let sawMode = false;
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    let end = eol;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    if (text.startsWith('mode:', pos)) sawMode = true;
    else if (end > pos) {
      if (!sawMode) return failed('No "mode:" line was found: this is not a Go coverprofile.');
      addBlock(text, pos, end, report);
    }
    pos = eol + 1;
  }
  if (!sawMode) return failed('No "mode:" line was found: this is not a Go coverprofile.');
  return report.finish(text);
}

/** `path:sl.sc,el.ec n count`, read from the end since a path may hold colons (C:\) but never the suffix. */
function addBlock(text: string, start: number, end: number, report: ReportBuilder): void {
  const sp2 = lastIndexIn(text, SPACE, start, end);
  const sp1 = sp2 === -1 ? -1 : lastIndexIn(text, SPACE, start, sp2);
  const colon = sp1 === -1 ? -1 : lastIndexIn(text, COLON, start, sp1);
  if (colon <= start) return report.bad(start, 'a line that is not a coverage block');
  const dot1 = indexIn(text, DOT, colon, sp1);
  const comma = dot1 === -1 ? -1 : indexIn(text, COMMA, dot1, sp1);
  const dot2 = comma === -1 ? -1 : indexIn(text, DOT, comma, sp1);
  if (dot2 === -1) return report.bad(start, 'a block without a start and end position');
  const first = parseCount(text, colon + 1, dot1);
  const last = parseCount(text, comma + 1, dot2);
  const count = parseCount(text, sp2 + 1, end);
  if (!isLine(first) || !isLine(last) || last < first || last - first > MAX_BLOCK_LINES) {
    return report.bad(start, 'a block with invalid line numbers');
  }
  if (Number.isNaN(count) || Number.isNaN(parseCount(text, sp1 + 1, sp2))) return report.bad(start, 'a block with an invalid count');
  report.begin(text.slice(start, colon));
  for (let line = first; line <= last; line++) report.add(line, count);
}
