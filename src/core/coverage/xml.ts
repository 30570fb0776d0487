// A small XML tag scanner for coverage reports, in place of a DOM: it walks the string once, with indexOf
// between tags and charCodeAt inside them, and hands each start tag (its attribute spans already found, in a
// reused object: no allocation per tag) and each end tag to a handler, which reads only the attributes it
// needs, parsing numbers in place. It keeps no element stack (deep nesting costs nothing), never expands
// DOCTYPE or ENTITY declarations (they are skipped; only the five predefined entities and character references
// are decoded), and stops at the first unterminated construct instead of guessing.

import type { Issue } from '../result';
import { parseCount, positionedIssue, type ReportBuilder } from './builder';

/** What a format parser does with the tags the scanner finds. */
export interface XmlHandler {
  /** A start tag. The tag object is reused for the next tag: read what you need before returning. */
  open(tag: XmlTag): void;
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
  const tag = new XmlTag(text);
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
    } else end = startTag(text, pos, tag, handler, scan);
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

/** The start tag being handled: its name and where each attribute's name and value lie in the text. */
export class XmlTag {
  name = '';
  selfClosing = false;
  /** The offset of the tag's `<`, for issue positions. */
  start = 0;
  /** The offset after the tag's `>`, where its content begins. */
  after = 0;
  /** Per attribute: name start, name end, value start, value end (grows for a tag with many attributes). */
  spans = new Int32Array(64 * 4);
  count = 0;

  constructor(private readonly text: string) {}

  /** An attribute's decoded value, or undefined. */
  attr(name: string): string | undefined {
    const k = this.find(name);
    return k === -1 ? undefined : decodeXml(this.text.slice(this.spans[k + 2], this.spans[k + 3]));
  }

  /** An attribute's value as a non-negative integer, parsed in place; NaN when absent or not a count. */
  number(name: string): number {
    const k = this.find(name);
    return k === -1 ? NaN : parseCount(this.text, this.spans[k + 2]!, this.spans[k + 3]!);
  }

  private find(name: string): number {
    const { spans, text } = this;
    for (let k = 0; k < this.count * 4; k += 4) {
      const start = spans[k]!;
      if (spans[k + 1]! - start === name.length && text.startsWith(name, start)) return k;
    }
    return -1;
  }
}

/**
 * A start tag: its name, then `name="value"` attributes up to a `>` outside quotes, recorded as spans.
 * Returns the offset after the tag, or -1 when the tag (or a quoted value) never ends.
 */
function startTag(text: string, pos: number, tag: XmlTag, handler: XmlHandler, scan: XmlScan): number {
  const length = text.length;
  let i = pos + 1;
  for (let c = text.charCodeAt(i); i < length && c > 32 && c !== GT && c !== SLASH; c = text.charCodeAt(++i));
  if (i === pos + 1) return i; // a stray `<` in text: not a tag, skip it
  tag.name = text.slice(pos + 1, i);
  tag.count = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === SLASH) {
      i++;
      continue;
    }
    if (c === GT) {
      tag.selfClosing = text.charCodeAt(i - 1) === SLASH;
      tag.start = pos;
      tag.after = i + 1;
      scan.tags++;
      handler.open(tag);
      return i + 1;
    }
    if (c === QUOT || c === APOS) {
      // A value without a name (`<a "x">`): skip it whole so a `>` inside it does not end the tag.
      const close = text.indexOf(c === QUOT ? '"' : "'", i + 1);
      if (close === -1) return -1;
      i = close + 1;
      continue;
    }
    i = readAttribute(text, i, tag);
    if (i === -1) return -1;
  }
  return -1;
}

/**
 * Reads `name="value"` at `i` into the tag's spans and returns the offset after it (-1: the value never ends).
 * Not-XML leftovers (a name without a value, an unquoted value) are stepped over, never recorded.
 */
function readAttribute(text: string, start: number, tag: XmlTag): number {
  const length = text.length;
  let i = start;
  for (
    let d = text.charCodeAt(i);
    i < length && d > 32 && d !== 61 && d !== GT && d !== SLASH && d !== QUOT && d !== APOS;
    d = text.charCodeAt(++i)
  );
  const nameEnd = i;
  while (i < length && text.charCodeAt(i) <= 32) i++;
  if (text.charCodeAt(i) !== 61 /* = */) return i;
  i++;
  while (i < length && text.charCodeAt(i) <= 32) i++;
  const q = text.charCodeAt(i);
  if (q !== QUOT && q !== APOS) return i;
  const close = text.indexOf(q === QUOT ? '"' : "'", i + 1);
  if (close === -1) return -1;
  const k = tag.count++ * 4;
  if (k === tag.spans.length) {
    const spans = new Int32Array(k * 2);
    spans.set(tag.spans);
    tag.spans = spans;
  }
  tag.spans[k] = start;
  tag.spans[k + 1] = nameEnd;
  tag.spans[k + 2] = i + 1;
  tag.spans[k + 3] = close;
  return close + 1;
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

/** The issues every XML format reports the same way: truncation (counted as malformed) and ignored entities. */
export function xmlIssues(text: string, scan: XmlScan, report: ReportBuilder): Issue[] {
  if (scan.truncatedAt !== undefined) report.bad(scan.truncatedAt, report.words.record.xmlTruncated);
  return scan.entityDeclarations ? [positionedIssue(text, text.indexOf('<!ENTITY'), report.words.entitiesIgnored)] : [];
}
