/**
 * Minimal edits to project.yaml: set, add or remove one key of a list item or of a top-level map, and append an
 * item to a list, each as text replacements that leave every other byte (comments, quotes, layout) as it was.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type Pair } from 'yaml';
import { normalizeLineEnds } from '../model/guards';
import type { TextEdit } from '../model/toggle';
import { yamlValue, type FieldValue } from './yamlValue';

export type { FieldValue } from './yamlValue';

/** The lists whose items the tree acts on. */
export type ItemList = 'client_tasks' | 'decisions' | 'milestones' | 'red_flags';

/** One key to change in a map: `undefined` removes it; `after` lists the keys a new key goes after (first found). */
export interface FieldChange {
  key: string;
  value: FieldValue | undefined;
  after?: readonly string[];
}

/** Why an edit was refused; the adapter words it in the user's language. */
export type EditRefusal =
  | { reason: 'syntax' }
  | { reason: 'gone'; id: string }
  | { reason: 'exists'; id: string }
  | { reason: 'shared'; key: string }
  | { reason: 'noPlace'; key: string };

/** Edits to apply together (computed on the same text, never overlapping), or why there are none. */
export type EditResult = { ok: true; edits: TextEdit[] } | ({ ok: false } & EditRefusal);

type Range = readonly [number, number, number];
type RangedPair = Pair<Node & { range?: Range }, (Node & { range?: Range }) | null>;

/** The parsed text with what every edit needs: the LF-only text used for offsets and the file's own line end. */
export interface Parsed {
  text: string;
  eol: string;
  doc: Document;
}

/** Parses project.yaml for editing; undefined when it has syntax errors (nothing is edited then). */
export function parseForEdit(original: string): Parsed | undefined {
  // Lone CRs read as LFs (same length: offsets hold); inserted lines keep the file's own line end.
  const text = normalizeLineEnds(original);
  const eol = original.includes('\r\n') ? '\r\n' : original.includes('\r') ? '\r' : '\n';
  const doc = parseDocument(text, { uniqueKeys: true });
  return doc.errors.length > 0 || !isMap(doc.contents) ? undefined : { text, eol, doc };
}

/** The item with this id in a top-level list, as a map, or undefined. */
export function findItem(parsed: Parsed, list: ItemList, id: string) {
  const seq = parsed.doc.get(list, true);
  if (!isSeq(seq)) return undefined;
  const item = seq.items.find((i) => isMap(i) && i.get('id') === id);
  return isMap(item) ? item : undefined;
}

/** Changes keys of the item `id` of `list`. */
export function editItem(original: string, list: ItemList, id: string, changes: readonly FieldChange[]): EditResult {
  const parsed = parseForEdit(original);
  if (!parsed) return { ok: false, reason: 'syntax' };
  const item = findItem(parsed, list, id);
  if (!item) return { ok: false, reason: 'gone', id };
  return editMapNode(parsed, item, changes);
}

/** Changes keys of a top-level map (`communication`), writing the map at the end of the file when it is absent. */
export function editTopMap(original: string, key: string, changes: readonly FieldChange[]): EditResult {
  const parsed = parseForEdit(original);
  if (!parsed) return { ok: false, reason: 'syntax' };
  const map = parsed.doc.get(key, true);
  if (isMap(map) && changes.every((c) => c.value === undefined) && map.items.length === changes.length) {
    // Removing every key of the map removes the map: `communication:` alone would not be a valid file.
    const root = parsed.doc.contents as unknown as { flow?: boolean; items: RangedPair[] };
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key)!;
    const edit = removePair(parsed, root.items, pair, root.flow === true);
    return edit ? { ok: true, edits: [edit] } : { ok: false, reason: 'noPlace', key };
  }
  if (isMap(map)) return editMapNode(parsed, map, changes);
  if (map !== undefined && map !== null) return { ok: false, reason: 'noPlace', key };
  const set = changes.filter((c) => c.value !== undefined);
  if (set.length === 0) return { ok: true, edits: [] };
  const lines = set.map((c) => `  ${c.key}: ${yamlValue(c.value!, false)}`);
  const flow = `{ ${set.map((c) => `${c.key}: ${yamlValue(c.value!, true)}`).join(', ')} }`;
  return { ok: true, edits: [appendTopKey(parsed, key, lines, flow)] };
}

/** Appends an item to a top-level list in the style of its last item (a flow map unless it is a block map). */
export function appendItem(original: string, list: ItemList, fields: ReadonlyArray<[string, FieldValue]>): EditResult {
  const parsed = parseForEdit(original);
  if (!parsed) return { ok: false, reason: 'syntax' };
  const id = fields.find(([k]) => k === 'id')?.[1];
  if (typeof id === 'string' && findItem(parsed, list, id)) return { ok: false, reason: 'exists', id };
  const { text, eol, doc } = parsed;
  const seq = doc.get(list, true);
  const flow = `{ ${fields.map(([k, v]) => `${k}: ${yamlValue(v, true)}`).join(', ')} }`;
  if (seq === undefined) return { ok: true, edits: [appendTopKey(parsed, list, [`  - ${flow}`], `[${flow}]`)] };
  if (!isSeq(seq) || !seq.range) return { ok: false, reason: 'noPlace', key: list };
  const last = seq.items.at(-1) as (Node & { range?: Range }) | undefined;
  if (seq.flow) {
    if (!last?.range) return { ok: true, edits: [emptyFlowSeq(parsed, list, seq.range, flow)] };
    return { ok: true, edits: [{ offset: last.range[1], length: 0, text: `, ${flow}` }] };
  }
  if (!last?.range) return { ok: false, reason: 'noPlace', key: list };
  const dash = text.lastIndexOf('-', last.range[0]);
  const dashColumn = dash - lineStartOf(text, dash);
  const at = endOfLine(text, last.range[1]);
  if (isMap(last) && !last.flow) {
    const keyIndent = ' '.repeat(last.range[0] - lineStartOf(text, last.range[0]));
    const lines = fields.map(([k, v], i) => `${i === 0 ? '' : keyIndent}${k}: ${yamlValue(v, false)}`);
    const gap = ' '.repeat(Math.max(1, keyIndent.length - dashColumn - 1));
    return {
      ok: true,
      edits: [{ offset: at, length: 0, text: `${eol}${' '.repeat(dashColumn)}-${gap}${lines.join(eol)}` }],
    };
  }
  return { ok: true, edits: [{ offset: at, length: 0, text: `${eol}${' '.repeat(dashColumn)}- ${flow}` }] };
}

/** `list: []` becomes a block list of one item; `[ ]` written elsewhere gets the item inside its brackets. */
function emptyFlowSeq(parsed: Parsed, list: string, range: Range, flow: string): TextEdit {
  const { text, eol } = parsed;
  const pair = (parsed.doc.contents as { items: RangedPair[] }).items.find(
    (p) => isScalar(p.key) && p.key.value === list,
  );
  const keyStart = pair?.key.range?.[0];
  if (keyStart === undefined || text.slice(range[0], range[1]).trim() !== '[]') {
    return { offset: range[0] + 1, length: 0, text: flow };
  }
  const indent = ' '.repeat(keyStart - lineStartOf(text, keyStart) + 2);
  // From the end of `list:` to the end of `[]`: `list: []` reads `list:` then the new item on its own line.
  const colon = text.lastIndexOf(':', range[0]);
  return { offset: colon + 1, length: range[1] - colon - 1, text: `${eol}${indent}- ${flow}` };
}

function editMapNode(
  parsed: Parsed,
  map: { items: unknown[]; flow?: boolean },
  changes: readonly FieldChange[],
): EditResult {
  const pairs = map.items as RangedPair[];
  const edits: TextEdit[] = [];
  const inserts = new Map<RangedPair, string[]>();
  for (const change of changes) {
    const pair = pairs.find((p) => isScalar(p.key) && p.key.value === change.key);
    if (pair) {
      const edit = changePair(parsed, pairs, pair, change, map.flow === true);
      if (!('offset' in edit)) return { ok: false, ...edit };
      edits.push(edit);
    } else if (change.value !== undefined) {
      const after = change.after?.map((k) => pairs.find((p) => isScalar(p.key) && p.key.value === k)).find(Boolean);
      const anchor = after ?? pairs.at(-1);
      if (!anchor) return { ok: false, reason: 'noPlace', key: change.key };
      inserts.set(anchor, [
        ...(inserts.get(anchor) ?? []),
        `${change.key}: ${yamlValue(change.value, map.flow === true)}`,
      ]);
    }
  }
  for (const [anchor, lines] of inserts) {
    const edit = insertAfter(parsed, anchor, lines, map.flow === true);
    if (!edit) return { ok: false, reason: 'noPlace', key: changes[0]!.key };
    edits.push(edit);
  }
  return { ok: true, edits: edits.sort((a, b) => a.offset - b.offset) };
}

function changePair(
  parsed: Parsed,
  pairs: RangedPair[],
  pair: RangedPair,
  change: FieldChange,
  flow: boolean,
): TextEdit | EditRefusal {
  const value = pair.value;
  // An anchored or aliased value is shared with other places: changing it here would change them too.
  if (isAlias(value) || (value && 'anchor' in value && value.anchor)) return { reason: 'shared', key: change.key };
  if (change.value === undefined)
    return removePair(parsed, pairs, pair, flow) ?? { reason: 'noPlace', key: change.key };
  if (!isScalar(value) || !value.range) return { reason: 'noPlace', key: change.key };
  if (value.type === Scalar.BLOCK_LITERAL || value.type === Scalar.BLOCK_FOLDED)
    return { reason: 'noPlace', key: change.key };
  const [start, end] = value.range;
  return { offset: start, length: end - start, text: yamlValue(change.value, flow, value) };
}

/** New keys after `anchor`: `, key: value` in a flow map, new lines at the anchor's indent in a block map. */
function insertAfter(parsed: Parsed, anchor: RangedPair, lines: string[], flow: boolean): TextEdit | undefined {
  const { text, eol } = parsed;
  const valueEnd = anchor.value?.range?.[1] ?? anchor.key.range?.[1];
  const keyStart = anchor.key.range?.[0];
  if (valueEnd === undefined || keyStart === undefined) return undefined;
  if (flow) return { offset: valueEnd, length: 0, text: lines.map((l) => `, ${l}`).join('') };
  const indent = ' '.repeat(keyStart - lineStartOf(text, keyStart));
  return { offset: endOfLine(text, valueEnd), length: 0, text: lines.map((l) => `${eol}${indent}${l}`).join('') };
}

/** Removes a key: `, key: value` from a flow map, its whole line(s) from a block map. Never the map's first key. */
function removePair(parsed: Parsed, pairs: RangedPair[], pair: RangedPair, flow: boolean): TextEdit | undefined {
  const { text, eol } = parsed;
  const index = pairs.indexOf(pair);
  const before = pairs[index - 1];
  const valueEnd = pair.value?.range?.[1] ?? pair.key.range?.[1];
  const keyStart = pair.key.range?.[0];
  if (index < 1 || valueEnd === undefined || keyStart === undefined) return undefined;
  if (flow) {
    const from = before?.value?.range?.[1] ?? before?.key.range?.[1];
    return from === undefined ? undefined : { offset: from, length: valueEnd - from, text: '' };
  }
  const start = lineStartOf(text, keyStart);
  if (text.slice(start, keyStart).trim() !== '') return undefined;
  const lineEnd = endOfLine(text, valueEnd);
  if (lineEnd < text.length)
    return { offset: start, length: lineEnd + (text[lineEnd] === '\r' ? 2 : 1) - start, text: '' };
  const from = Math.max(0, start - eol.length);
  return { offset: from, length: text.length - from, text: '' };
}

/**
 * A new top-level key: after the root map's last line in a block root (before a `...` document end), or
 * `, key: value` after the last entry of a flow root (a JSON-style file).
 */
function appendTopKey({ text, eol, doc }: Parsed, key: string, block: string[], flow: string): TextEdit {
  const root = doc.contents as unknown as { flow?: boolean; items: RangedPair[]; range?: Range };
  const last = root.items.at(-1);
  const lastEnd = last?.value?.range?.[1] ?? last?.key.range?.[1];
  if (root.flow && last && lastEnd !== undefined) {
    const keyStart = last.key.range?.[0] ?? 0;
    const indent = ' '.repeat(keyStart - lineStartOf(text, keyStart));
    return { offset: lastEnd, length: 0, text: `,${eol}${indent}${key}: ${flow}` };
  }
  const at = lastEnd === undefined ? text.length : endOfLine(text, lastEnd);
  const body = [`${key}:`, ...block].join(eol);
  if (at < text.length) return { offset: at, length: 0, text: `${eol}${body}` };
  return { offset: at, length: 0, text: text.endsWith('\n') || text === '' ? `${body}${eol}` : `${eol}${body}` };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where the line holding the end of a value ends (before its line end, after any trailing comment). */
function endOfLine(text: string, valueEnd: number): number {
  let end = valueEnd;
  // Block values end after their line break: step back onto the value's last line.
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  const lineEnd = text.indexOf('\n', end);
  return lineEnd === -1 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
}
