import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import { en } from '../lang/en/words';
import type { ProblemWords } from '../i18n/words';
import { fileIssue, type Result } from '../result';
import { normalizeLineEnds } from './guards';

/** A replacement in a text: `length` characters at `offset` become `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** Which checklist item to tick, and the state the caller saw: the edit is refused if the file says otherwise. */
export interface ChecklistTarget {
  phase: string;
  item: string;
  /** The item's `done` as the caller last saw it. */
  seen: boolean;
}

/**
 * The smallest edit that flips one checklist item's `done`: only that value's characters change, or, where the
 * item has no `done` yet, one `done: true` is added in the item's own style. Comments and layout stay as they are.
 * Refusals are worded in `words`' language.
 */
export function toggleChecklistEdit(
  original: string,
  target: ChecklistTarget,
  words: ProblemWords = en.problems,
): Result<TextEdit> {
  // Lone CRs read as LFs (same length: offsets hold); the inserted line keeps the file's own line end.
  const text = normalizeLineEnds(original);
  const eol = original.includes('\r\n') ? '\r\n' : original.includes('\r') ? '\r' : '\n';
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return refuse(words.toggleSyntax);
  const item = findItem(doc, target);
  if (!item) return refuse(words.toggleGone(target.item, target.phase));
  const pair = item.items.find((p) => isScalar(p.key) && p.key.value === 'done');
  // An anchored or aliased value is shared with other places: ticking one item must not tick the others.
  if (pair && (isAlias(pair.value) || (isScalar(pair.value) && pair.value.anchor))) {
    return refuse(words.toggleShared(target.item));
  }
  const current = pair ? (isScalar(pair.value) ? pair.value.value : undefined) : false;
  if (current !== target.seen) return refuse(words.toggleChanged);
  const edit =
    pair && isScalar(pair.value) && pair.value.range
      ? replaceValue(text, pair.value.range, !target.seen)
      : insertDone(text, item, eol);
  if (!edit) return refuse(words.toggleNoPlace(target.item));
  return { ok: true, value: edit, issues: [] };
}

/** Applies an edit to a text. */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
}

function findItem(doc: Document, target: ChecklistTarget): YAMLMap | undefined {
  const phases = doc.get('phases', true);
  if (!isSeq(phases)) return undefined;
  const phase = phases.items.find((p) => isMap(p) && p.get('id') === target.phase);
  const checklist = isMap(phase) ? phase.get('checklist', true) : undefined;
  if (!isSeq(checklist)) return undefined;
  const item = checklist.items.find((c) => isMap(c) && c.get('id') === target.item);
  return isMap(item) ? item : undefined;
}

/** Writes the new boolean in the spelling the file used (`true`, `True`, `TRUE`), so toggling back restores it. */
function replaceValue(text: string, range: readonly [number, number, number], value: boolean): TextEdit {
  const before = text.slice(range[0], range[1]);
  const word = String(value);
  const spelled = /^[A-Z]+$/.test(before)
    ? word.toUpperCase()
    : /^[A-Z]/.test(before)
      ? word[0]!.toUpperCase() + word.slice(1)
      : word;
  return { offset: range[0], length: range[1] - range[0], text: spelled };
}

/** Adds `done: true` after the item's last entry: `, done: true` in a flow map, a new indented line in a block map. */
function insertDone(text: string, item: YAMLMap, eol: string): TextEdit | undefined {
  const last = item.items.at(-1) as
    Pair<{ range?: [number, number, number] }, { range?: [number, number, number] }> | undefined;
  const valueEnd = last?.value?.range?.[1] ?? last?.key?.range?.[1];
  const keyStart = last?.key?.range?.[0];
  if (valueEnd === undefined || keyStart === undefined) return undefined;
  if (item.flow) return { offset: valueEnd, length: 0, text: ', done: true' };
  let end = valueEnd;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  const lineEnd = text.indexOf('\n', end);
  const at = lineEnd === -1 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  const indent = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  return { offset: at, length: 0, text: `${eol}${' '.repeat(indent)}done: true` };
}

const refuse = (message: string): Result<TextEdit> => ({ ok: false, issues: [fileIssue(message)] });
