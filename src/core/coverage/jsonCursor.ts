// The few JSON reads the Istanbul fast path needs (istanbulFast.ts), straight from the text: no substrings
// for keys it compares, numbers parsed in place, skipped values checked against the JSON grammar. Every read
// gives up (throws GIVE_UP, caught by scanIstanbul) on anything unexpected; the caller then uses JSON.parse.
// Skipped values nest up to MAX_DEPTH; deeper goes to the fallback, which has no such limit.

const MAX_DEPTH = 64;
/** Larger statement ids go to the fallback: the per-id arrays would cost 24 bytes per id up to the largest. */
const MAX_ID = 1 << 20;
export const QUOTE = 34;
const BACKSLASH = 92;

/** Thrown by the cursor to leave the fast path; never escapes `scanIstanbul`. */
export class GiveUp {}
export const GIVE_UP = new GiveUp();

/**
 * Scratch reused across files: statement id → start line and id → count, each stamped with the number of the
 * file that set it (so nothing needs clearing between files), and the ids counted in the current file.
 */
export interface Scratch {
  lineById: Int32Array;
  countById: Float64Array;
  lineFile: Int32Array;
  countFile: Int32Array;
  counted: number[];
  /** The current file's number, from 1. */
  file: number;
}

/** Empty scratch, sized for files of up to 1,024 statements (it grows). */
export function newScratch(): Scratch {
  return {
    lineById: new Int32Array(1024),
    countById: new Float64Array(1024),
    lineFile: new Int32Array(1024),
    countFile: new Int32Array(1024),
    counted: [],
    file: 1,
  };
}

/** A position in the text with the few JSON reads the fast path needs; each gives up on the unexpected. */
export class Cursor {
  i = 0;
  /** Set when a value nested deeper than MAX_DEPTH made the cursor give up (not a grammar error). */
  tooDeep = false;
  /** Whether the string just passed held escapes. */
  escaped = false;
  constructor(private readonly text: string) {}

  ws(): void {
    const { text } = this;
    let c = text.charCodeAt(this.i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++this.i);
  }

  peek(): number {
    return this.text.charCodeAt(this.i);
  }

  expect(ch: number): void {
    this.ws();
    if (this.text.charCodeAt(this.i) !== ch) throw GIVE_UP;
    this.i++;
  }

  maybe(ch: number): boolean {
    this.ws();
    if (this.text.charCodeAt(this.i) !== ch) return false;
    this.i++;
    return true;
  }

  /** Whether the next token is the string key `name` (then consumed with its colon left in place). */
  keyIs(name: string): boolean {
    const { text, i } = this;
    if (text.charCodeAt(i) !== QUOTE || !text.startsWith(name, i + 1) || text.charCodeAt(i + 1 + name.length) !== QUOTE)
      return false;
    this.i = i + name.length + 2;
    return true;
  }

  /** A string; escapes are decoded by JSON.parse on that string alone. */
  string(): string {
    const start = this.skipString();
    return this.escaped ? decode(this.text.slice(start, this.i)) : this.text.slice(start + 1, this.i - 1);
  }

  /** Passes over a string without making it; returns the offset of its opening quote, sets `escaped`. */
  skipString(): number {
    this.ws();
    const { text } = this;
    const start = this.i;
    // indexOf first: an unterminated string (a truncated or hostile file) gives up at once, not after a walk.
    if (text.charCodeAt(start) !== QUOTE || text.indexOf('"', start + 1) === -1) throw GIVE_UP;
    let i = start + 1;
    let escaped = false;
    for (let c = text.charCodeAt(i); c !== QUOTE; c = text.charCodeAt(++i)) {
      if (i >= text.length || c < 32) throw GIVE_UP;
      if (c === BACKSLASH) {
        escaped = true;
        i++;
      }
    }
    this.i = i + 1;
    this.escaped = escaped;
    return start;
  }

  /** A statement id: a key of digits, `"12"`; the scratch arrays grow to hold it. */
  id(scratch: Scratch): number {
    this.ws();
    const { text } = this;
    if (text.charCodeAt(this.i) !== QUOTE) throw GIVE_UP;
    const start = ++this.i;
    let id = 0;
    for (let c = text.charCodeAt(this.i) - 48; c >= 0 && c <= 9; c = text.charCodeAt(++this.i) - 48) id = id * 10 + c;
    if (
      this.i === start ||
      this.i - start > 8 ||
      text.charCodeAt(this.i) !== QUOTE ||
      id > MAX_ID ||
      (text.charCodeAt(start) === 48 && this.i - start > 1)
    )
      throw GIVE_UP;
    this.i++;
    if (id >= scratch.lineById.length) grow(scratch, id);
    return id;
  }

  /** A non-negative integer written with digits only (no sign, fraction or exponent: those go to JSON.parse). */
  count(): number {
    this.ws();
    const { text } = this;
    const start = this.i;
    let value = 0;
    for (let c = text.charCodeAt(this.i) - 48; c >= 0 && c <= 9; c = text.charCodeAt(++this.i) - 48)
      value = value * 10 + c;
    const next = text.charCodeAt(this.i);
    if (
      this.i === start ||
      next === 46 ||
      next === 101 ||
      next === 69 ||
      (text.charCodeAt(start) === 48 && this.i - start > 1)
    )
      throw GIVE_UP;
    return value;
  }

  /** Skips `"key": value`; a key that is (or, spelled with escapes, decodes to) one of `special` gives up. */
  skipMember(depth: number, special: readonly string[]): void {
    const start = this.skipString();
    if (this.escaped) {
      if (special.includes(decode(this.text.slice(start, this.i)))) throw GIVE_UP;
    } else {
      const length = this.i - start - 2;
      for (const name of special) if (name.length === length && this.text.startsWith(name, start + 1)) throw GIVE_UP;
    }
    this.expect(58);
    this.skipValue(depth);
  }

  /** Skips any JSON value, checking its grammar. */
  skipValue(depth: number): void {
    if (depth > MAX_DEPTH) {
      this.tooDeep = true;
      throw GIVE_UP;
    }
    this.ws();
    const { text } = this;
    const c = text.charCodeAt(this.i);
    if (c === 45 || (c >= 48 && c <= 57)) this.skipNumber();
    else if (c === QUOTE) this.skipString();
    else if (c === 123 || c === 91) {
      const close = c === 123 ? 125 : 93;
      this.i++;
      if (this.maybe(close)) return;
      do {
        if (c === 123) {
          this.skipString();
          this.expect(58);
        }
        this.skipValue(depth + 1);
      } while (this.maybe(44));
      this.expect(close);
    } else if (c === 116 && text.startsWith('true', this.i)) this.i += 4;
    else if (c === 102 && text.startsWith('false', this.i)) this.i += 5;
    else if (c === 110 && text.startsWith('null', this.i)) this.i += 4;
    else throw GIVE_UP;
  }

  /** `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, checked without making a substring. */
  private skipNumber(): void {
    const { text } = this;
    if (text.charCodeAt(this.i) === 45) this.i++;
    const first = text.charCodeAt(this.i);
    if (first === 48) this.i++;
    else if (this.digits() === 0) throw GIVE_UP;
    if (text.charCodeAt(this.i) === 46) {
      this.i++;
      if (this.digits() === 0) throw GIVE_UP;
    }
    const e = text.charCodeAt(this.i);
    if (e === 101 || e === 69) {
      const sign = text.charCodeAt(++this.i);
      if (sign === 43 || sign === 45) this.i++;
      if (this.digits() === 0) throw GIVE_UP;
    }
  }

  private digits(): number {
    const start = this.i;
    for (let d = this.text.charCodeAt(this.i); d >= 48 && d <= 57; d = this.text.charCodeAt(++this.i));
    return this.i - start;
  }
}

/** Makes room for statement id `id` in the scratch arrays. */
function grow(scratch: Scratch, id: number): void {
  let size = scratch.lineById.length;
  while (size <= id) size *= 2;
  const copy = <T extends Int32Array | Float64Array>(from: T, to: T): T => (to.set(from), to);
  scratch.lineById = copy(scratch.lineById, new Int32Array(size));
  scratch.countById = copy(scratch.countById, new Float64Array(size));
  scratch.lineFile = copy(scratch.lineFile, new Int32Array(size));
  scratch.countFile = copy(scratch.countFile, new Int32Array(size));
}

/**
 * The offset where a JSON text first breaks the grammar, for the error's position (Node 20's JSON.parse does not
 * give it); undefined when nesting past MAX_DEPTH hides it.
 */
export function syntaxErrorAt(text: string): number | undefined {
  const cursor = new Cursor(text);
  try {
    cursor.skipValue(0);
    cursor.ws();
    return cursor.i < text.length ? cursor.i : undefined;
  } catch (e) {
    if (e !== GIVE_UP) throw e;
    return cursor.tooDeep ? undefined : Math.min(cursor.i, text.length);
  }
}

function decode(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    throw GIVE_UP;
  }
}
