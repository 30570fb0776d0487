// Istanbul's coverage-final.json (nyc, c8 --reporter=json, Jest): `{ [file]: { path, statementMap, s } }`.
// Line hits are computed as istanbul-lib-coverage's getLineCoverage does: each statement counts on its start
// line and a line keeps its largest statement count, so the result agrees with the lcov the same run writes.
// The plain shape is read by istanbulFast.ts straight from the text; anything else falls back to JSON.parse
// and a walk that checks every shape by hand (no schema library: per-statement validation would cost more
// than the parse), and which also says what is wrong.
import { en } from '../lang/en/coverage';
import { fileIssue, type Result } from '../result';
import { failed, isLine, positionedIssue, ReportBuilder, stripBom } from './builder';
import { scanIstanbul } from './istanbulFast';
import { syntaxErrorAt } from './jsonCursor';
import type { CoverageReport } from './types';
import type { CoverageWords } from './words';

type Json = Record<string, unknown>;

/** Parses an Istanbul JSON report; files or statements of the wrong shape are skipped and counted. */
export function parseIstanbul(input: string, words: CoverageWords = en): Result<CoverageReport> {
  const text = stripBom(input);
  if (text.trim() === '') return failed(words.empty);
  return scanIstanbul(text, words)?.finish(text) ?? parseIstanbulWithJsonParse(text, words);
}

/** The fallback (and the reference the fast path is tested against): JSON.parse, then a checked walk. */
export function parseIstanbulWithJsonParse(text: string, words: CoverageWords = en): Result<CoverageReport> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // Only the position is kept: V8's message quotes the text, which need not be a report (a secret, say).
    const given = /at position (\d+)/.exec(e instanceof Error ? e.message : '');
    const at = given ? Number(given[1]) : syntaxErrorAt(text);
    return {
      ok: false,
      issues: [at !== undefined ? positionedIssue(text, at, words.notJson, 'error') : fileIssue(words.notJson)],
    };
  }
  if (!isObject(data)) return failed(words.notIstanbulObject);
  const report = new ReportBuilder('istanbul', 'max', words, text.length, 80);
  let files = 0;
  for (const key in data) {
    let entry = data[key];
    // Some tools wrap each file as { data: { ... } } (istanbul-lib-coverage's FileCoverage JSON).
    if (isObject(entry) && !('statementMap' in entry) && isObject(entry.data)) entry = entry.data;
    if (!isObject(entry) || !isObject(entry.statementMap) || !isObject(entry.s)) {
      report.bad(0, words.record.istanbulEntry(key.slice(0, 80)));
      continue;
    }
    files++;
    const path = typeof entry.path === 'string' && entry.path !== '' ? entry.path : key;
    report.begin(path);
    addStatements(entry.statementMap, entry.s, report);
    report.end();
  }
  if (files === 0 && report.malformed > 0) return failed(words.noIstanbulEntry);
  return report.finish(text);
}

function addStatements(map: Json, counts: Json, report: ReportBuilder): void {
  for (const id in counts) {
    const count = counts[id];
    const loc = map[id];
    const start = isObject(loc) ? loc.start : undefined;
    const line = isObject(start) ? start.line : undefined;
    if (typeof line !== 'number' || !Number.isInteger(line) || !isLine(line)) {
      report.bad(0, report.words.record.istanbulStart(id.slice(0, 20)));
    } else if (typeof count !== 'number' || !(count >= 0)) {
      report.bad(0, report.words.record.istanbulCount(id.slice(0, 20)));
    } else {
      report.add(line, Math.min(Math.floor(count), Number.MAX_SAFE_INTEGER));
    }
  }
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
