/**
 * The one sanitizer for text that reaches a document or a terminal. Values from project.yaml and git are data:
 * YAML escapes (`\e`, `\a`, `\u009b`) and commit messages can carry ESC, BEL, C1 and bidi overrides that would
 * drive a terminal, reorder what a reader sees, or (with a newline) open a Markdown block of their own.
 */

// C0 but tab and line feed, DEL, C1, and the bidi embeddings, overrides and isolates (U+202A–E, U+2066–9).
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// Everything that breaks or spaces a line: a value shown on one line is flattened at these.
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/** Removes control and bidi override characters; keeps `\n` and `\t` (a CRLF becomes `\n`). */
export function stripControls(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(UNSAFE, '');
}

/** A value shown on one line: line breaks and tabs become one space, control characters go, ends trimmed. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(UNSAFE, '').replace(/ {2,}/g, ' ').trim();
}

/** Control characters escaped as `\xNN` (one line, nothing lost): for messages that quote a bad value. */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
