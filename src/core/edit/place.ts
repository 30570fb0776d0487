/**
 * Where a position in project.yaml stands, read from the lines alone (the file is often broken while one types):
 * the YAML path of the map being written (`['red_flags', '*']`), and whether a key or a key's value is being typed.
 */
export interface Place {
  /** Keys and `*` (a list item) from the root to the map at the position. */
  path: string[];
  kind: 'key' | 'value';
  /** The key whose value is typed (kind 'value'). */
  key?: string;
  /** What is typed so far of the key or value. */
  prefix: string;
  /** Keys already written in the same map, not offered again. */
  siblings: string[];
}

const KEY_LINE = /^([A-Za-z_][\w-]*):(?:\s|$)/;

/** The place at a 0-based line and character, or undefined in a comment, a list of scalars or a quoted string. */
export function placeAt(text: string, line: number, character: number): Place | undefined {
  const lines = text.split(/\r?\n/);
  const before = (lines[line] ?? '').slice(0, character);
  if (/(^|\s)#/.test(before) || /["']/.test(before.replace(/^[^:]*:\s*/, '')) || /\[[^\]]*$/.test(before))
    return undefined;
  const flowStart = before.lastIndexOf('{');
  if (flowStart >= 0 && before.indexOf('}', flowStart) < 0) return flowPlace(lines, line, before, flowStart);
  const m = /^(\s*)(-\s+)?(.*)$/.exec(before)!;
  const dash = m[2] ? m[1]!.length : undefined;
  const column = m[1]!.length + (m[2]?.length ?? 0);
  const path = parentPath(lines, line, column, dash);
  return typed(m[3]!, path, siblingKeys(lines, line, column, dash !== undefined));
}

/** Inside `{ … }` on one line: the map is the line's key (`project: {`) or the line's list item (`- {`). */
function flowPlace(lines: string[], line: number, before: string, flowStart: number): Place | undefined {
  const head = /^(\s*)(-\s+)?(.*)$/.exec(before.slice(0, flowStart))!;
  const dash = head[2] ? head[1]!.length : undefined;
  const column = head[1]!.length + (head[2]?.length ?? 0);
  const path = parentPath(lines, line, column, dash);
  const key = KEY_LINE.exec(head[3]!)?.[1];
  if (key) path.push(key);
  const inside = before.slice(flowStart + 1);
  const segment = inside.slice(inside.lastIndexOf(',') + 1).trimStart();
  const siblings = [...inside.matchAll(/(?:^|,)\s*([A-Za-z_][\w-]*)\s*:/g)].map((s) => s[1]!);
  return typed(segment, path, siblings);
}

function typed(rest: string, path: string[], siblings: string[]): Place | undefined {
  const value = /^([A-Za-z_][\w-]*):\s+(.*)$/.exec(rest);
  if (value) return { path, kind: 'value', key: value[1]!, prefix: value[2]!.trim(), siblings };
  if (/^[\w-]*$/.test(rest)) return { path, kind: 'key', prefix: rest, siblings: siblings.filter((s) => s !== rest) };
  return undefined;
}

/** The path of the map whose entries start at `column`; `dash` is the column of this line's `- `, if any. */
function parentPath(lines: string[], line: number, column: number, dash?: number): string[] {
  const path: string[] = [];
  let col = column;
  if (dash !== undefined) {
    path.unshift('*');
    col = dash;
  }
  for (let i = line - 1; i >= 0 && col > 0; i--) {
    const m = /^(\s*)(-\s+)?(.*)$/.exec(lines[i]!)!;
    if (m[3] === '' || m[3]!.startsWith('#')) continue;
    const content = m[1]!.length + (m[2]?.length ?? 0);
    const key = KEY_LINE.exec(m[3]!)?.[1];
    if (content < col && key) {
      path.unshift(key);
      col = content;
    }
    if (m[2] && m[1]!.length < col) {
      path.unshift('*');
      col = m[1]!.length;
    }
  }
  return path;
}

/** The keys of the other entries of the same block map: lines at `column` up and down to the map's ends. */
function siblingKeys(lines: string[], line: number, column: number, itemStart: boolean): string[] {
  const keys: string[] = [];
  const scan = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const m = /^(\s*)(-\s+)?(.*)$/.exec(lines[i]!)!;
      if (m[3] === '' || m[3]!.startsWith('#')) continue;
      const content = m[1]!.length + (m[2]?.length ?? 0);
      if (content < column || (m[2] && content === column && i !== line)) {
        if (step < 0 && m[2] && content === column) keys.push(KEY_LINE.exec(m[3]!)?.[1] ?? '');
        return;
      }
      const key = content === column ? KEY_LINE.exec(m[3]!)?.[1] : undefined;
      if (key) keys.push(key);
    }
  };
  if (!itemStart) scan(line - 1, -1);
  scan(line + 1, 1);
  return keys.filter(Boolean);
}
