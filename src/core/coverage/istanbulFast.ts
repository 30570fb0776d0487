// A fast path for Istanbul JSON: reads the line hits straight from the text, without JSON.parse building a
// few million objects (fnMap, branchMap, every location) only to drop them. It is strict: on anything outside
// the plain shape nyc, c8 and Jest write (a non-numeric id, a negative or fractional count, a duplicate key, a
// wrapped `data` entry, invalid JSON...) it gives up and istanbul.ts falls back to JSON.parse, whose result
// the two paths must agree on (a test checks it on every fixture). The JSON reading is in jsonCursor.ts.
import { en } from '../lang/en/coverage';
import { isLine, ReportBuilder } from './builder';
import { Cursor, GIVE_UP, newScratch, QUOTE, type Scratch } from './jsonCursor';
import type { CoverageWords } from './words';

/** Parses Istanbul JSON in one pass; undefined when the text is outside the shape this path handles. */
export function scanIstanbul(text: string, words: CoverageWords = en): ReportBuilder | undefined {
  const report = new ReportBuilder('istanbul', 'max', words, text.length, 80);
  const cursor = new Cursor(text);
  const scratch = newScratch();
  try {
    cursor.expect(123 /* { */);
    const seen = new Set<string>();
    if (!cursor.maybe(125 /* } */)) {
      do {
        const key = cursor.string();
        // Duplicate keys (JSON.parse keeps the last) and integer-like keys (for-in visits them first) differ
        // from the fallback's reading: leave them to it.
        if (seen.has(key) || /^\d+$/.test(key)) return undefined;
        seen.add(key);
        cursor.expect(58 /* : */);
        readFile(cursor, key, report, scratch);
      } while (cursor.maybe(44 /* , */));
      cursor.expect(125);
    }
    cursor.ws();
    return cursor.i === text.length ? report : undefined;
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

function readFile(cursor: Cursor, key: string, report: ReportBuilder, scratch: Scratch): void {
  cursor.expect(123);
  let path: string | undefined;
  let sawMap = false;
  let sawCounts = false;
  if (!cursor.maybe(125)) {
    do {
      cursor.ws();
      // A repeated key is read differently by JSON.parse (the last one wins): leave it to the fallback.
      if (cursor.keyIs('statementMap')) {
        if (sawMap) throw GIVE_UP;
        sawMap = true;
        readStatementMap(cursor, scratch);
      } else if (cursor.keyIs('s')) {
        if (sawCounts) throw GIVE_UP;
        sawCounts = true;
        readCounts(cursor, scratch);
      } else if (cursor.keyIs('path')) {
        if (path !== undefined) throw GIVE_UP;
        cursor.expect(58);
        cursor.ws();
        path = cursor.peek() === QUOTE ? cursor.string() : (cursor.skipValue(0), '');
      } else if (cursor.keyIs('data')) {
        throw GIVE_UP;
      } else cursor.skipMember(0, ['statementMap', 's', 'path', 'data']);
    } while (cursor.maybe(44));
    cursor.expect(125);
  }
  if (!sawMap || !sawCounts) throw GIVE_UP; // the fallback counts such an entry as malformed
  report.begin(path === undefined || path === '' ? key : path);
  emit(report, scratch);
  report.end();
}

/**
 * Adds each counted statement's hits on its start line, in ascending id order (as for-in visits them). Only the
 * ids the file holds are visited: one statement numbered 9,999,999 must not cost a loop over ten million ids.
 */
function emit(report: ReportBuilder, scratch: Scratch): void {
  const { lineById, countById, lineFile, countFile, file } = scratch;
  const ids = scratch.counted;
  if (!ascending(ids)) ids.sort((a, b) => a - b);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (countFile[id] !== file || (k > 0 && ids[k - 1] === id)) continue;
    const line = lineFile[id] === file ? lineById[id]! : 0;
    if (!isLine(line)) report.bad(0, report.words.record.istanbulStart(String(id)));
    else report.add(line, countById[id]!);
  }
  ids.length = 0;
  scratch.file++;
}

function ascending(ids: readonly number[]): boolean {
  for (let k = 1; k < ids.length; k++) if (ids[k]! < ids[k - 1]!) return false;
  return true;
}

/** `{ "id": { "start": { "line": n, ... }, ... }, ... }` */
function readStatementMap(cursor: Cursor, scratch: Scratch): void {
  cursor.expect(58);
  cursor.expect(123);
  if (cursor.maybe(125)) return;
  do {
    const id = cursor.id(scratch);
    cursor.expect(58);
    cursor.expect(123);
    let line = 0;
    if (!cursor.maybe(125)) {
      do {
        cursor.ws();
        if (cursor.keyIs('start')) {
          cursor.expect(58);
          line = readStart(cursor);
        } else cursor.skipMember(1, ['start']);
      } while (cursor.maybe(44));
      cursor.expect(125);
    }
    scratch.lineById[id] = line;
    scratch.lineFile[id] = scratch.file;
  } while (cursor.maybe(44));
  cursor.expect(125);
}

/** `{ "line": n, "column": c }`: the line, or 0 when absent. */
function readStart(cursor: Cursor): number {
  cursor.expect(123);
  let line = 0;
  if (cursor.maybe(125)) return 0;
  do {
    cursor.ws();
    if (cursor.keyIs('line')) {
      cursor.expect(58);
      line = cursor.count();
    } else cursor.skipMember(2, ['line']);
  } while (cursor.maybe(44));
  cursor.expect(125);
  return line;
}

/** `{ "id": count, ... }` */
function readCounts(cursor: Cursor, scratch: Scratch): void {
  cursor.expect(58);
  cursor.expect(123);
  if (cursor.maybe(125)) return;
  do {
    const id = cursor.id(scratch);
    cursor.expect(58);
    scratch.countById[id] = Math.min(cursor.count(), Number.MAX_SAFE_INTEGER);
    scratch.countFile[id] = scratch.file;
    scratch.counted.push(id);
  } while (cursor.maybe(44));
  cursor.expect(125);
}
