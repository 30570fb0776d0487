/**
 * Who must not be named: the names of a draft's people, and a scanner that finds them in a text by words
 * (set lookups, not one regex of every name: a range with many authors stays linear).
 */
import { isCommonWord, isNeverName } from './words';

/** Stands for a person inside the redactor until the last step writes "the team". */
export const PERSON = '\uE010';

/** Where a removed name came from: `candor status --explain` says why each word went. */
export type NameSource = 'team' | 'author' | 'committer' | 'trailer' | 'mailmap' | 'message-cue';

/** A name with the place it was found. */
export interface Sourced {
  text: string;
  source: NameSource;
}

/** A name and where it came from; a bare string counts as a team name. */
export type SourcedName = string | Sourced;

/** A name found in a text: where it starts and ends, and its source. */
export interface NameHit {
  from: number;
  to: number;
  source: NameSource;
}

/** Finds names in a text: full names and logins in any case, name parts only when capitalized. */
export interface NameMatcher {
  /** Replaces every name with PERSON; `extra` names (e.g. found by a cue in this text) count too. */
  replace(
    text: string,
    extra?: readonly SourcedName[],
  ): { text: string; removed: { text: string; source: NameSource }[] };
  /** The source of an email, a login or a short name, when it is one of the names. */
  knows(word: string): NameSource | undefined;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;
// What may join the words of one name: spaces, and the glue of logins and emails (paul.martin, sofia-dev).
const JOIN = /^(?:[ \t]+|[.+'’@-])$/;
// Longer "names" are sentences pasted into a .mailmap or a trailer: never worth a scan of their length.
const MAX_NAME_TOKENS = 6;
// The longest one-word name that is matched only in the spellings that name a person (see addShortName).
const MAX_SHORT_NAME = 3;

interface Part {
  source: NameSource;
  /** A common word ("Will", "Grace"): not a name at the start of a sentence. */
  common: boolean;
}

interface Lexicon {
  full: Map<string, NameSource>;
  /** Emails, matched whole by the redactor (see `knows`), not word by word. */
  emails: Map<string, NameSource>;
  parts: Map<string, Part>;
  /** Names of two or three letters, in each spelling that names the person (see addShortName). */
  short: Map<string, NameSource>;
  starts: Set<string>;
  longest: number;
}

const sourceOf = (n: SourcedName) => (typeof n === 'string' ? { text: n, source: 'team' as const } : n);
const key = (name: string) => {
  const k = name.trim().toLowerCase();
  return /\s\s|[\t\n\r]/.test(k) ? k.replace(/\s+/g, ' ') : k;
};
const tokensOf = (name: string) => name.match(TOKEN) ?? [];

// `inPlace`: the names were found where they name someone (after "thanks to"), so even a short one counts as is.
function lexicon(
  names: readonly SourcedName[],
  parts: readonly SourcedName[],
  kept: ReadonlySet<string>,
  inPlace = false,
): Lexicon {
  const lex: Lexicon = {
    full: new Map(),
    emails: new Map(),
    parts: new Map(),
    short: new Map(),
    starts: new Set(),
    longest: 1,
  };
  const addPart = (text: string, source: NameSource) => {
    if (text.length < 2 || isNeverName(text) || kept.has(key(text))) return;
    const common = tokensOf(text).every(isCommonWord);
    const tokens = tokensOf(text);
    // One word in capitals is an acronym or a constant ("JSON", "MAX"), not the person "Json" or "Max"; a word
    // in lower case is matched capitalised only ("robin" of Robin Moffatt is not "round robin").
    const capitalised = text.charAt(0).toLocaleUpperCase() + text.slice(1);
    const spelled = tokens.length > 1 ? text.toLocaleUpperCase() : text === text.toLowerCase() ? capitalised : text;
    for (const form of [capitalised, spelled]) if (!lex.parts.has(form)) lex.parts.set(form, { source, common });
    lex.starts.add((tokens[0] ?? '').toLowerCase());
    if (tokens.length > lex.longest) lex.longest = tokens.length;
  };
  // The forms of a short name that name the person: capitalised ("Bg", "Kim"), as spelled with capitals ("KD"),
  // and in lower case only when it reads like a name ("kim", not "bg"); never in capitals unless so spelled
  // ("Dom" is not "DOM").
  const addShortName = (text: string, source: NameSource) => {
    if (isNeverName(text) || kept.has(key(text))) return;
    const lower = text.toLowerCase();
    const forms = [text.charAt(0).toLocaleUpperCase() + text.slice(1)];
    if (text !== lower) forms.push(text);
    if (/[aeiouy\u00e0-\u00ff]/.test(lower)) forms.push(lower);
    const common = isCommonWord(text);
    for (const form of forms) if (!lex.parts.has(form)) lex.parts.set(form, { source, common });
    // Where a cue says someone is named ("thanks to bg"), the person's own spelling counts too, never another.
    for (const form of [...forms, text]) if (!lex.short.has(form)) lex.short.set(form, source);
    lex.starts.add(lower);
  };
  for (const name of names) {
    const { text: raw, source } = sourceOf(name);
    const text = raw.trim();
    if (text.length < 2) continue;
    const k = key(text);
    if (text.includes('@')) {
      if (!lex.emails.has(k)) lex.emails.set(k, source);
      continue;
    }
    if (lex.full.has(k) || kept.has(k)) continue;
    const tokens = tokensOf(text);
    if (tokens.length === 0 || tokens.length > MAX_NAME_TOKENS) continue;
    // A "name" made of ordinary words ("Cat", "Status Update") is a name only where capitalisation says so.
    if (tokens.every(isCommonWord)) {
      addPart(text, source);
      continue;
    }
    // A name of two or three letters is often an abbreviation too ("bg", "DOM"): see addShortName.
    if (!inPlace && tokens.length === 1 && text.length <= MAX_SHORT_NAME) {
      addShortName(text, source);
      continue;
    }
    lex.full.set(k, source);
    lex.starts.add(tokens[0]!.toLowerCase());
    if (tokens.length > lex.longest) lex.longest = tokens.length;
  }
  for (const part of parts) {
    const { text, source } = sourceOf(part);
    addPart(text, source);
  }
  return lex;
}

/** Builds the matcher for `names` (any case) and `parts` (capitalized or upper case only); `keep` phrases and `keepWords` stay. */
export function nameMatcher(
  names: readonly SourcedName[],
  parts: readonly SourcedName[],
  keep: readonly string[] = [],
  keepWords: readonly string[] = [],
): NameMatcher {
  const keptPhrases = keep.map(key).filter((k) => k.length >= 2 && tokensOf(k).length <= MAX_NAME_TOKENS);
  // A name equal to a kept phrase, or one word equal to a kept word, is no name (the project "Prism", prism@).
  const kept = new Set([...keptPhrases, ...keepWords.map(key)]);
  const keptStarts = new Set(keptPhrases.map((k) => tokensOf(k)[0] ?? ''));
  const keptLongest = Math.max(1, ...keptPhrases.map((k) => tokensOf(k).length));
  const base = lexicon(names, parts, kept);
  return {
    knows: (word) =>
      base.emails.get(key(word)) ??
      base.full.get(key(word)) ??
      base.short.get(word.trim()) ??
      base.full.get(key(word.split('@')[0] ?? '')),
    replace(text, extra = []) {
      const more =
        extra.length > 0
          ? lexicon(
              extra.map((n) => ({ ...sourceOf(n) })),
              [],
              kept,
              true,
            )
          : undefined;
      const scan = new Scanner(text, base, more, { kept, keptStarts, keptLongest });
      return scan.run();
    },
  };
}

interface Keep {
  kept: ReadonlySet<string>;
  keptStarts: ReadonlySet<string>;
  keptLongest: number;
}

const NON_ASCII = /[^\x00-\x7f]/;

// The spans of TOKEN's matches. Not `matchAll`, which copies the regex for every text.
function unicodeTokens(text: string): (readonly [number, number])[] {
  const tokens: (readonly [number, number])[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) tokens.push([m.index, m.index + m[0].length]);
  return tokens;
}

// The same spans in plain ASCII, where TOKEN's letters, digits and `_` are [A-Za-z0-9_]: one pass, no regex.
function asciiTokens(text: string): (readonly [number, number])[] {
  const tokens: (readonly [number, number])[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      tokens.push([start, i]);
      start = -1;
    }
  }
  return tokens;
}

// One pass over the words of a text: at each word, the longest kept phrase or name that starts there wins.
class Scanner {
  private readonly tokens: (readonly [number, number])[];

  constructor(
    private readonly text: string,
    private readonly base: Lexicon,
    private readonly more: Lexicon | undefined,
    private readonly keep: Keep,
  ) {
    this.tokens = NON_ASCII.test(text) ? unicodeTokens(text) : asciiTokens(text);
  }

  run(): { text: string; removed: { text: string; source: NameSource }[] } {
    const { text, tokens } = this;
    const removed: { text: string; source: NameSource }[] = [];
    let out = '';
    let last = 0;
    for (let i = 0; i < tokens.length;) {
      const word = text.slice(tokens[i]![0], tokens[i]![1]).toLowerCase();
      const keptEnd = this.keep.keptStarts.has(word)
        ? this.longestSpan(i, this.keep.keptLongest, (s) => (this.keep.kept.has(key(s)) ? true : undefined))
        : undefined;
      const isStart = this.base.starts.has(word) || this.more?.starts.has(word);
      const nameEnd = isStart
        ? this.longestSpan(i, Math.max(this.base.longest, this.more?.longest ?? 1), (s, from) => this.sourceOf(s, from))
        : undefined;
      if (keptEnd !== undefined && (nameEnd === undefined || keptEnd.end >= nameEnd.end)) {
        i = keptEnd.end + 1;
        continue;
      }
      if (nameEnd === undefined) {
        i++;
        continue;
      }
      const from = tokens[i]![0];
      const to = tokens[nameEnd.end]![1];
      out += text.slice(last, from) + PERSON;
      removed.push({ text: text.slice(from, to), source: nameEnd.value });
      last = to;
      i = nameEnd.end + 1;
    }
    return { text: out + text.slice(last), removed };
  }

  // The last token of the longest span from token i (joined like a name) that `test` accepts.
  private longestSpan<T>(
    i: number,
    longest: number,
    test: (span: string, from: number) => T | undefined,
  ): { end: number; value: T } | undefined {
    const { text, tokens } = this;
    let end = i;
    while (
      end + 1 < tokens.length &&
      end + 1 - i < longest &&
      JOIN.test(text.slice(tokens[end]![1], tokens[end + 1]![0]))
    )
      end++;
    for (; end >= i; end--) {
      const value = test(text.slice(tokens[i]![0], tokens[end]![1]), tokens[i]![0]);
      if (value !== undefined) return { end, value };
    }
    return undefined;
  }

  private sourceOf(span: string, from: number): NameSource | undefined {
    const to = from + span.length;
    const k = key(span);
    const full = this.base.full.get(k) ?? this.more?.full.get(k);
    const part = full ? undefined : this.base.parts.get(span);
    if (!full && (!part || (part.common && (sentenceStart(this.text, from) || nextToNumber(this.text, from, to)))))
      return undefined;
    // Inside an identifier (a path, a dotted or snake_case name, a call), a name counts only as the whole of it.
    const run = wordRun(this.text, from, to);
    if (run.text !== span && isIdentifier(run.raw)) return undefined;
    return full ?? part!.source;
  }
}

// The whitespace-delimited run around a span, raw and without the punctuation that wraps words in prose.
function wordRun(text: string, from: number, to: number): { raw: string; text: string } {
  let a = from;
  let b = to;
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
  while (b < text.length && !/\s/.test(text[b]!)) b++;
  const raw = text.slice(a, b);
  return { raw, text: raw.replace(/^[("'“‘[{*]+/, '').replace(/(?:'s|’s|[)"'”’\]}*,.;:!?])+$/, '') };
}

const IDENTIFIER = /[_\\=<>{}$]|\(\)|::|->|[\p{L}\p{N}]\.[\p{L}\p{N}]|\p{Ll}\p{Lu}|^--?\p{L}/u;

/** Whether a run of text is code-ish: a path, a dotted, snake_case or camelCase name, a call, a flag. */
export function isIdentifier(run: string): boolean {
  if (IDENTIFIER.test(run)) return true;
  // "Paul/Émile" is two names; "src/config" or "cat/config" is a path.
  return run.includes('/') && run.split('/').some((segment) => segment !== '' && !/^\p{Lu}/u.test(segment));
}

// "15 December 2026", "May 3", "15. Dezember": an ordinary word beside a number is a date, not a person.
function nextToNumber(text: string, from: number, to: number): boolean {
  return (
    /\d[.,]?[ \t]+$/.test(text.slice(Math.max(0, from - 4), from)) || /^[.,]?[ \t]+\d/.test(text.slice(to, to + 4))
  );
}

// At the start of the text or of a sentence, a capital letter says nothing about a name.
function sentenceStart(text: string, from: number): boolean {
  let i = from - 1;
  while (i >= 0 && /[\s"'“‘([*\-•>]/.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:;]/.test(text[i]!);
}
