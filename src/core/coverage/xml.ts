// A small XML tag scanner for coverage reports, in place of a DOM: it walks the string with indexOf and hands
// each start and end tag to a handler, which reads only the attributes it needs, straight from the string.
// It keeps no element stack (deep nesting costs nothing), never expands DOCTYPE or ENTITY declarations (they
// are skipped; only the five predefined entities and character references are decoded), and stops at the
// first unterminated construct instead of guessing.
import type { Issue } from '../result';
import { parseCount, positionedIssue, type ReportBuilder } from './builder';

/** What a format parser does with the tags the scanner finds. */
export interface XmlHandler {
  /** A start tag; its attributes lie in `text[attrStart, attrEnd)`; `after` is the offset after its `>`. */
  open(name: string, attrStart: number, attrEnd: number, selfClosing: boolean, after: number): void;
  /** An end tag (`</name>`); `at` is the offset of its `<`. */
  close(name: string, at: number): void;
}

/** How a scan ended: `truncatedAt` is the offset of an unterminated construct, if any. */
export interface XmlScan {
  truncatedAt: number | undefined;
  /** The document declared entities (in a DOCTYPE internal subset); they were not expanded. */
  entityDeclarations: boolean;
  /** Tags seen, so callers can tell "no XML at all" from "XML of another kind". */
  tags: number;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOT = 34;
const APOS = 39;

/** Scans every tag of `text`, calling the handler in document order; never throws on bad input. */
export function scanXml(text: string, handler: XmlHandler): XmlScan {
  const scan: XmlScan = { truncatedAt: undefined, entityDeclarations: false, tags: 0 };
  let pos = text.indexOf('<');
  while (pos !== -1) {
    const next = text.charCodeAt(pos + 1);
    let end: number;
    if (next === 63 /* ? */) end = after(text, '?>', pos + 2);
    else if (next === 33 /* ! */) end = skipDeclaration(text, pos, scan);
    else if (next === SLASH) {
      const gt = text.indexOf('>', pos + 2);
      end = gt === -1 ? -1 : gt + 1;
      if (end !== -1) {
        scan.tags++;
        handler.close(text.slice(pos + 2, gt).trim(), pos);
      }
    } else end = startTag(text, pos, handler, scan);
    if (end === -1) {
      scan.truncatedAt = pos;
      break;
    }
    pos = text.indexOf('<', end);
  }
  return scan;
}

function after(text: string, marker: string, from: number): number {
  const i = text.indexOf(marker, from);
  return i === -1 ? -1 : i + marker.length;
}

/** Comments, CDATA, and DOCTYPE with its internal subset: skipped whole, quotes and brackets respected. */
function skipDeclaration(text: string, pos: number, scan: XmlScan): number {
  if (text.startsWith('<!--', pos)) return after(text, '-->', pos + 4);
  if (text.startsWith('<![CDATA[', pos)) return after(text, ']]>', pos + 9);
  let depth = 0;
  for (let i = pos + 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOT || c === APOS) {
      i = text.indexOf(c === QUOT ? '"' : "'", i + 1);
      if (i === -1) return -1;
    } else if (c === 91 /* [ */) depth++;
    else if (c === 93 /* ] */) depth--;
    else if (c === LT && text.startsWith('<!ENTITY', i)) scan.entityDeclarations = true;
    else if (c === GT && depth <= 0) return i + 1;
  }
  return -1;
}

/** A start tag: its name, then attributes up to a `>` that is not inside a quoted value. */
function startTag(text: string, pos: number, handler: XmlHandler, scan: XmlScan): number {
  let i = pos + 1;
  const length = text.length;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === GT || c === SLASH) break;
    i++;
  }
  if (i === pos + 1) return i; // a stray `<` in text: not a tag, skip it
  const name = text.slice(pos + 1, i);
  const attrStart = i;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOT || c === APOS) {
      i = text.indexOf(c === QUOT ? '"' : "'", i + 1);
      if (i === -1) return -1;
    } else if (c === GT) {
      const selfClosing = text.charCodeAt(i - 1) === SLASH;
      scan.tags++;
      handler.open(name, attrStart, selfClosing ? i - 1 : i, selfClosing, i + 1);
      return i + 1;
    }
  }
  return -1;
}

/**
 * Finds attribute `name` in `text[start, end)` and returns the offset of its value; the value ends at the
 * matching quote, found with `valueEnd()`. Returns -1 when absent. Offsets instead of strings: numeric values
 * are then parsed in place.
 */
export function attrValueStart(text: string, start: number, end: number, name: string): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c <= 32) {
      i++;
      continue;
    }
    let eq = i;
    while (eq < end && text.charCodeAt(eq) !== 61 /* = */ && text.charCodeAt(eq) > 32) eq++;
    const isName = eq - i === name.length && text.startsWith(name, i);
    while (eq < end && text.charCodeAt(eq) <= 32) eq++;
    if (text.charCodeAt(eq) !== 61) return -1; // not name="value": the tag is malformed, stop looking
    eq++;
    while (eq < end && text.charCodeAt(eq) <= 32) eq++;
    const q = text.charCodeAt(eq);
    if (q !== QUOT && q !== APOS) return -1;
    if (isName) return eq + 1;
    const close = text.indexOf(q === QUOT ? '"' : "'", eq + 1);
    if (close === -1 || close >= end) return -1;
    i = close + 1;
  }
  return -1;
}

/** The offset of the quote that ends a value found by `attrValueStart`. */
export function valueEnd(text: string, valueStart: number): number {
  return text.indexOf(text.charCodeAt(valueStart - 1) === QUOT ? '"' : "'", valueStart);
}

/** An attribute's decoded string value, or undefined. */
export function attr(text: string, start: number, end: number, name: string): string | undefined {
  const v = attrValueStart(text, start, end, name);
  if (v === -1) return undefined;
  const e = valueEnd(text, v);
  return e === -1 ? undefined : decodeXml(text.slice(v, e));
}

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; any other `&name;` is left as written. */
export function decodeXml(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(ENTITY, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? whole;
    const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** An attribute's value as a non-negative integer, parsed in place; NaN when absent or not a count. */
export function attrCount(text: string, start: number, end: number, name: string): number {
  const v = attrValueStart(text, start, end, name);
  if (v === -1) return NaN;
  const e = valueEnd(text, v);
  return e === -1 || e > end ? NaN : parseCount(text, v, e);
}

/** The issues every XML format reports the same way: truncation (counted as malformed) and ignored entities. */
export function xmlIssues(text: string, scan: XmlScan, report: ReportBuilder): Issue[] {
  if (scan.truncatedAt !== undefined) report.bad(scan.truncatedAt, 'the XML ends inside a tag (truncated file?)');
  return scan.entityDeclarations
    ? [positionedIssue(text, text.indexOf('<!ENTITY'), 'Entity declarations in the report were ignored, never expanded.')]
    : [];
}
