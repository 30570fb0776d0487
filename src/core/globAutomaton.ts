/**
 * The one glob matcher: a glob is parsed into a small pattern tree, compiled to an NFA, and run as a DFA built
 * lazily, one cached transition per (state, character). Every path costs one step per character whatever the
 * glob — no backtracking, so `*a*a*a*a*c*b` against a long name is as cheap as `*.ts`.
 */

/** A parsed glob (or a piece the matcher appends to one, such as "and anything under it"). */
export type Pattern =
  | { kind: 'char'; test: (code: number) => boolean }
  | { kind: 'seq'; items: Pattern[] }
  | { kind: 'alt'; options: Pattern[] }
  | { kind: 'opt'; item: Pattern }
  | { kind: 'star'; item: Pattern };

/** Tests a whole text, as an anchored RegExp would. */
export interface NameTest {
  test(text: string): boolean;
}

const SLASH = 47;
const anyChar: Pattern = { kind: 'char', test: () => true };
const nameChar: Pattern = { kind: 'char', test: (code) => code !== SLASH };

// One pattern per character, shared by every glob: a closure per character of each glob made thousands of deep
// globs (a red flag each) cost 30 KB apiece before they matched anything.
const literals = new Map<number, Pattern>();

/** `c` itself. */
export const literal = (c: string): Pattern => {
  const code = c.charCodeAt(0);
  let pattern = literals.get(code);
  if (!pattern) {
    pattern = { kind: 'char', test: (x) => x === code };
    literals.set(code, pattern);
  }
  return pattern;
};
/** The items one after the other. */
export const seq = (...items: Pattern[]): Pattern => ({ kind: 'seq', items });
/** `item` or nothing. */
export const opt = (item: Pattern): Pattern => ({ kind: 'opt', item });
/** Any text, slashes included. */
export const anything: Pattern = { kind: 'star', item: anyChar };

/** Parses a normalized glob: `**` as a whole segment spans folders, `*`/`?`/`[..]` stay inside one name. */
export function parseGlob(glob: string): Pattern {
  const groups: Pattern[][][] = [[[]]]; // open `{` groups, each a list of alternatives
  const current = () => groups[groups.length - 1]!.at(-1)!;
  const close = () => {
    const options = groups.pop()!;
    current().push({ kind: 'alt', options: options.map((items) => seq(...items)) });
  };
  let i = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*' && (i === 0 || glob[i - 1] === '/')) {
      const end = i + 2;
      if (end === glob.length) {
        current().push(anything);
        i = end;
        continue;
      }
      if (glob[end] === '/') {
        current().push({ kind: 'star', item: seq({ kind: 'star', item: nameChar }, literal('/')) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const cls = charClass(glob, i);
      current().push(cls.pattern);
      i = cls.next;
      continue;
    }
    if (c === '*') current().push({ kind: 'star', item: nameChar });
    else if (c === '?') current().push(nameChar);
    else if (c === '{') groups.push([[]]);
    else if (c === '}' && groups.length > 1) close();
    else if (c === ',' && groups.length > 1) groups.at(-1)!.push([]);
    else current().push(literal(c));
    i++;
  }
  while (groups.length > 1) close(); // an unclosed `{` runs to the end
  return seq(...groups[0]![0]!);
}

/** `[abc]`, `[a-z]`, `[!a]`/`[^a]` (never `/`); a `]` right after the `[` is literal; no `]` at all: a literal `[`. */
function charClass(glob: string, start: number): { pattern: Pattern; next: number } {
  const end = glob.indexOf(']', start + 2);
  if (end < 0) return { pattern: literal('['), next: start + 1 };
  let body = glob.slice(start + 1, end);
  const negate = body.startsWith('!') || body.startsWith('^');
  if (negate) body = body.slice(1);
  const ranges: [number, number][] = [];
  for (let i = 0; i < body.length; i++) {
    const low = body.charCodeAt(i);
    if (body[i + 1] === '-' && i + 2 < body.length) {
      ranges.push([low, body.charCodeAt(i + 2)]); // a reversed range matches nothing
      i += 2;
    } else ranges.push([low, low]);
  }
  const inRanges = (code: number) => ranges.some(([lo, hi]) => code >= lo && code <= hi);
  const test = negate ? (code: number) => code !== SLASH && !inRanges(code) : inRanges;
  return { pattern: { kind: 'char', test }, next: end + 1 };
}

interface State {
  readonly nodes: Int32Array; // the NFA nodes that consume the next character
  readonly accept: boolean;
  readonly ascii: (State | undefined)[];
  readonly other: Map<number, State>;
}

const MAX_STATES = 2_000;
const MAX_TRANSITIONS = 50_000;
const MAX_CACHED_SET = 64;
const EPSILON = -1;

/** Compiles a pattern into a reusable anchored matcher, linear in the text's length. */
export function compilePattern(pattern: Pattern): NameTest {
  // Node 0 accepts. A consuming node has a test and one edge; an ε-node (test EPSILON) has any number.
  const tests: (((code: number) => boolean) | typeof EPSILON)[] = [EPSILON];
  const edges: number[][] = [[]];
  const node = (test: ((code: number) => boolean) | typeof EPSILON, out: number[]) => {
    tests.push(test);
    edges.push(out);
    return tests.length - 1;
  };
  const build = (p: Pattern, next: number): number => {
    switch (p.kind) {
      case 'char':
        return node(p.test, [next]);
      case 'seq':
        return p.items.reduceRight((at, item) => build(item, at), next);
      case 'alt':
        return node(
          EPSILON,
          p.options.map((o) => build(o, next)),
        );
      case 'opt':
        return node(EPSILON, [build(p.item, next), next]);
      case 'star': {
        const loop = node(EPSILON, []);
        edges[loop] = [build(p.item, loop), next];
        return loop;
      }
    }
  };
  const entry = build(pattern, 0);
  const size = tests.length;
  const seen = new Uint32Array(size);
  const stack = new Int32Array(size);
  const found = new Int32Array(size);
  let generation = 0;
  let states = new Map<string, State>();
  let transitions = 0;

  /** The state of the ε-closure of the `count` nodes in `stack` (marked seen in this generation already). */
  const close = (count: number): State => {
    let accept = false;
    let nodes = 0;
    while (count > 0) {
      const id = stack[--count]!;
      if (id === 0) accept = true;
      else if (tests[id] !== EPSILON) found[nodes++] = id;
      else
        for (const to of edges[id]!)
          if (seen[to] !== generation) {
            seen[to] = generation;
            stack[count++] = to;
          }
    }
    const set = found.slice(0, nodes);
    // A large set is stepped as a plain NFA, uncached: its key would cost as much as the step. No sort: the walk
    // is deterministic, so one set may get two keys only through two different paths (a cache entry, no error).
    if (nodes > MAX_CACHED_SET) return { nodes: set, accept, ascii: [], other: new Map() };
    const key = `${accept ? '!' : ''}${set.join(',')}`;
    let state = states.get(key);
    if (!state) {
      state = { nodes: set, accept, ascii: [], other: new Map() };
      states.set(key, state);
    }
    return state;
  };
  const startState = (): State => {
    generation++;
    seen[entry] = generation;
    stack[0] = entry;
    return close(1);
  };
  let start = startState();

  const step = (state: State, code: number): State => {
    const known = code < 128 ? state.ascii[code] : state.other.get(code);
    if (known) return known;
    if (states.size > MAX_STATES || transitions > MAX_TRANSITIONS) {
      // A bound on memory: forget the cache (the walk stays linear, only slower).
      states = new Map();
      transitions = 0;
      start = startState();
    }
    generation++;
    let count = 0;
    for (const id of state.nodes) {
      const to = edges[id]![0]!;
      if ((tests[id] as (code: number) => boolean)(code) && seen[to] !== generation) {
        seen[to] = generation;
        stack[count++] = to;
      }
    }
    const next = close(count);
    if (state.nodes.length > MAX_CACHED_SET) return next;
    transitions++;
    if (code < 128) state.ascii[code] = next;
    else state.other.set(code, next);
    return next;
  };

  return {
    test(text: string): boolean {
      let state = start;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        state = (code < 128 ? state.ascii[code] : undefined) ?? step(state, code);
        if (state.nodes.length === 0) return state.accept && i === text.length - 1;
      }
      return state.accept;
    },
  };
}
