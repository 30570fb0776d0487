// lcov tracefiles (`lcov.info`): `SF:` opens a file, `DA:line,hits[,checksum]` gives a line, `end_of_record`
// closes it. Every other key (FN, BRDA, LF...) is ignored: line hits are all Candor shows. Scanned with
// indexOf over the whole string, no split and no regex, so a 30 MB file makes no array of lines.
import type { Result } from '../result';
import { failed, indexIn, isLine, type LineBuilder, parseCount, ReportBuilder, stripBom } from './builder';
import type { CoverageReport } from './types';

const COLON = 58;
const COMMA = 44;

/** Parses an lcov tracefile; a repeated `SF:` path sums its hits; malformed lines are skipped and counted. */
export function parseLcov(input: string): Result<CoverageReport> {
  const text = stripBom(input);
  if (text.trim() === '') return failed('The coverage report is empty.');
  const report = new ReportBuilder('lcov', 'sum');
  let current: LineBuilder | undefined;
  let inRecord = false;
  let sawFile = false;
  let pos = 0;
  const length = text.length;
  while (pos < length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = length;
    let end = eol;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    const c0 = text.charCodeAt(pos);
    if (c0 === 68 /* D */ && text.charCodeAt(pos + 1) === 65 && text.charCodeAt(pos + 2) === COLON) {
      if (current) addLine(text, pos + 3, end, current, report, pos);
      else if (!inRecord) report.bad(pos, 'a DA line outside any SF record');
    } else if (c0 === 83 /* S */ && text.charCodeAt(pos + 1) === 70 && text.charCodeAt(pos + 2) === COLON) {
      if (inRecord) report.bad(pos, 'a record without end_of_record');
      const path = text.slice(pos + 3, end).trim();
      inRecord = true;
      sawFile = true;
      current = path === '' ? undefined : report.file(path);
      if (!current) report.bad(pos, 'an SF line without a path');
    } else if (c0 === 101 /* e */ && text.startsWith('end_of_record', pos)) {
      if (!inRecord) report.bad(pos, 'end_of_record without SF');
      inRecord = false;
      current = undefined;
    } else if (end > pos && !isKeyLine(text, pos, end)) {
      report.bad(pos, 'a line that is not an lcov KEY:value line');
    }
    pos = eol + 1;
  }
  if (!sawFile) return failed('No lcov records (SF: lines) were found: this is not an lcov tracefile.');
  if (inRecord) report.bad(length, 'the last record has no end_of_record (truncated file?)');
  return report.finish(text);
}

function addLine(text: string, start: number, end: number, into: LineBuilder, report: ReportBuilder, at: number): void {
  const comma = indexIn(text, COMMA, start, end);
  if (comma === -1) return report.bad(at, 'a DA line without a hit count');
  let countEnd = indexIn(text, COMMA, comma + 1, end);
  if (countEnd === -1) countEnd = end;
  const line = parseCount(text, start, comma);
  const hits = parseCount(text, comma + 1, countEnd);
  if (!isLine(line)) return report.bad(at, 'a DA line with an invalid line number');
  if (Number.isNaN(hits)) return report.bad(at, 'a DA line with an invalid hit count');
  into.add(line, hits);
}

/** `KEY:` in capitals (lcov's own keys: TN, FN, FNDA, BRDA, LF, VER...) or a blank line. */
function isKeyLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end && i < start + 16; i++) {
    const c = text.charCodeAt(i);
    if (c === COLON) return i > start;
    if (!((c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57))) break;
  }
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
