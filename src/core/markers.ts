/**
 * Red-flag markers (the token below, an id, a closing parenthesis, a colon and a note) in comments of any language. The marker must sit in a comment — after `//`, `#`,
 * `--`, `/*`, `<!--` or `;` on its line, or on a ` * ` continuation line of a block comment — so that the
 * string `"RED-FLAG("` in code (this parser's own tests, say) is not mistaken for a marker.
 */

/** The token every marker starts with; searches look for this fixed string first. Spelled out here only in
 * code, never in a comment, so that Candor run on itself does not find a marker in this file. */
export const MARKER_TOKEN = 'RED-FLAG(';

/** A marker found in a text: 1-based line, 1-based column of the `R` in UTF-16 code units (as editors count). */
export interface MarkerMatch {
  id: string;
  note: string;
  line: number;
  column: number;
}

/** A marker in a workspace file; `file` is workspace-relative with `/` separators. */
export interface Marker extends MarkerMatch {
  file: string;
}

// Same id alphabet as the schema's ID_PATTERN, but not anchored: an id that the schema would reject is still
// reported (as an unknown id) rather than silently ignored.
const MARKER = /RED-FLAG\(\s*([A-Za-z0-9][A-Za-z0-9_.-]*)\s*\)(?:\s*:)?[ \t]*(.*)$/;
const COMMENT_OPENER = /(?:\/\/|\/\*|<!--|--|#|;|^\s*\*)/;
// A block comment closed on the same line: the closer is not part of the note.
const CLOSERS = /\s*(?:\*\/|-->)[\s\S]*$/;
// A note cut short by a second marker on the line may end with that marker's comment opener.
const TRAILING_OPENER = /\s*(?:\/\*|<!--|\/\/)\s*$/;
const MAX_NOTE = 500;

/** Every marker on one line of text (usually zero or one); `line` is the 1-based line number to report. */
export function markersInLine(text: string, line: number): MarkerMatch[] {
  const out: MarkerMatch[] = [];
  let from = text.indexOf(MARKER_TOKEN);
  // The first comment opener, found once: testing each marker's prefix would be quadratic on a long line of
  // markers with none. An opener cannot overlap the token (it starts with `R`), so "before it" is exact.
  const opener = from < 0 ? -1 : text.search(COMMENT_OPENER);
  while (from >= 0) {
    const next = text.indexOf(MARKER_TOKEN, from + MARKER_TOKEN.length);
    const found = MARKER.exec(text.slice(from, next < 0 ? undefined : next));
    if (found && opener >= 0 && opener < from) {
      const note = found[2]!.replace(CLOSERS, '').replace(TRAILING_OPENER, '').trim().slice(0, MAX_NOTE);
      out.push({ id: found[1]!, note, line, column: from + 1 });
    }
    from = next;
  }
  return out;
}

/** Every marker in a whole text, with 1-based lines; `\n`, `\r\n` and `\r` line ends are all understood. */
export function findMarkers(text: string): MarkerMatch[] {
  const out: MarkerMatch[] = [];
  let at = text.indexOf(MARKER_TOKEN);
  let line = 1;
  let counted = 0;
  while (at >= 0) {
    line += countLineBreaks(text, counted, at);
    const start = lineStart(text, at);
    const end = lineEnd(text, at);
    counted = start;
    out.push(...markersInLine(text.slice(start, end), line));
    // Resume on the next line: markersInLine already took every marker on this one.
    at = text.indexOf(MARKER_TOKEN, end);
  }
  return out;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

function lineEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}
