// lcov tracefiles (`lcov.info`): `SF:` opens a file, `DA:line,hits[,checksum]` gives a line, `end_of_record`
// closes it. Every other key (FN, BRDA, LF...) is skipped: line hits are all Candor shows. Scanned with
// indexOf and charCodeAt over the whole string, no split and no regex, so a 30 MB file makes no array of lines;
// DA lines, nearly all of a report, are parsed in one pass that also finds their end.
import { en } from '../lang/en/coverage';
import type { Result } from '../result';
import { failed, isLine, ReportBuilder, stripBom, unifyLineEnds } from './builder';
import type { CoverageReport } from './types';
import type { CoverageWords } from './words';

const NL = 10;
const CR = 13;
const COLON = 58;
const COMMA = 44;

/** Parses an lcov tracefile; a repeated `SF:` path sums its hits; malformed lines are skipped and counted. */
export function parseLcov(input: string, words: CoverageWords = en): Result<CoverageReport> {
  const text = unifyLineEnds(stripBom(input));
  if (text.trim() === '') return failed(words.empty);
  const report = new ReportBuilder('lcov', 'sum', words, text.length, 11);
  const why = words.record;
  let inRecord = false;
  let sawFile = false;
  let pos = 0;
  const length = text.length;
  while (pos < length) {
    const c0 = text.charCodeAt(pos);
    if (c0 === 68 /* D */ && text.charCodeAt(pos + 1) === 65 && text.charCodeAt(pos + 2) === COLON) {
      if (report.inFile) {
        pos = readDa(text, pos, report);
        continue;
      }
      if (!inRecord) report.bad(pos, why.lcovDaOutside);
    } else if (c0 === 83 /* S */ && text.charCodeAt(pos + 1) === 70 && text.charCodeAt(pos + 2) === COLON) {
      if (inRecord) report.bad(pos, why.lcovNoEnd);
      const path = text.slice(pos + 3, lineEnd(text, pos)).trim();
      inRecord = true;
      sawFile = true;
      if (path !== '') report.begin(path);
      else {
        report.end();
        report.bad(pos, why.lcovNoPath);
      }
    } else if (c0 === 101 /* e */ && text.startsWith('end_of_record', pos)) {
      if (!inRecord) report.bad(pos, why.lcovEndWithoutSf);
      inRecord = false;
      report.end();
    } else if (!isKeyLine(text, pos, lineEnd(text, pos))) {
      report.bad(pos, why.lcovNotKey);
    }
    pos = nextLine(text, pos);
  }
  if (!sawFile) return failed(words.noLcovRecord);
  if (inRecord) report.bad(length, why.lcovTruncated);
  return report.finish(text);
}

/** Reads `DA:line,hits[,checksum]` at `pos` and returns where the next line starts. */
function readDa(text: string, pos: number, report: ReportBuilder): number {
  let i = pos + 3;
  let line = 0;
  for (let c = text.charCodeAt(i) - 48; c >= 0 && c <= 9; c = text.charCodeAt(++i) - 48) line = line * 10 + c;
  if (i === pos + 3 || text.charCodeAt(i) !== COMMA) return skip(text, pos, report, report.words.record.lcovDaFields);
  const countStart = ++i;
  let hits = 0;
  for (let c = text.charCodeAt(i) - 48; c >= 0 && c <= 9; c = text.charCodeAt(++i) - 48) hits = hits * 10 + c;
  if (i === countStart) return skip(text, pos, report, report.words.record.lcovDaCount);
  const after = text.charCodeAt(i);
  if (after === NL) {
    add(report, pos, line, hits);
    return i + 1;
  }
  if (!(i === text.length || after === CR || after === COMMA))
    return skip(text, pos, report, report.words.record.lcovDaCount);
  add(report, pos, line, hits);
  return nextLine(text, i);
}

function add(report: ReportBuilder, pos: number, line: number, hits: number): void {
  if (!isLine(line)) report.bad(pos, report.words.record.lcovDaLine);
  else report.add(line, hits > Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : hits);
}

function skip(text: string, pos: number, report: ReportBuilder, why: string): number {
  report.bad(pos, why);
  return nextLine(text, pos);
}

function nextLine(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl + 1;
}

/** The end of the line at `pos`, before any `\r`. */
function lineEnd(text: string, pos: number): number {
  let end = text.indexOf('\n', pos);
  if (end === -1) end = text.length;
  return end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
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
    if (c !== 32 && c !== 9 && c !== CR) return false;
  }
  return true;
}
