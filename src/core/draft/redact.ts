import { blameRewriter } from './blame';
import { findCues, type Cue } from './cues';
import { nameMatcher, PERSON, type NameSource, type SourcedName } from './names';
import { isServiceEmail } from './identities';
import type { SecretKind } from './phrases';
import { removeSecrets } from './secrets';

/** What the redactor must know: who is internal, what stays, which hosts may be linked. */
export interface RedactionConfig {
  /** Full names, aliases, logins and emails: removed case-insensitively, as whole words. */
  names: readonly SourcedName[];
  /** First and last names alone: removed when capitalized ("Paul", not "paul"), as whole words. */
  nameParts: readonly SourcedName[];
  /** Phrases never touched: client contacts who share a first name with a team member, project.yaml's names. */
  keep?: readonly string[];
  /** Words never taken for a name on their own, e.g. those of the project's and the client's names. */
  keepWords?: readonly string[];
  /** Hosts whose URLs may stay (and their subdomains). Default: none, so every URL goes. */
  allowedHosts?: readonly string[];
  /** URLs matching these are removed even when their host is allowed. */
  internalUrlPatterns?: readonly (string | RegExp)[];
  /** The words that stand in for a name, e.g. "the team". */
  team: string;
}

/** Something the redactor did that a person must check before sending. */
export type Finding = { kind: 'secret'; secret: SecretKind } | { kind: 'blame' };

/** Why a piece of text was removed: a person's name (by where the name came from), or an address. */
export type RemovalSource = NameSource | 'email' | 'handle' | 'url' | 'trailer-line';

/** One piece of text the redactor removed, and why (`candor status --explain` lists them). */
export interface Removal {
  text: string;
  source: RemovalSource;
}

/** A redacted text, what was found in it, and every name, email, handle, URL and trailer line removed. */
export interface Redacted {
  text: string;
  findings: Finding[];
  /** How many removals: `removals.length`. */
  redactions: number;
  removals: Removal[];
}

/** Redacts one text; built once per draft by `createRedactor`. */
export type Redactor = (text: string) => Redacted;

const TRAILER_LINE =
  /^[ \t]*(?:[A-Za-z][\w-]*-by|Client-(?:Note|Visible)|Change-Id|Cc|Refs?|Closes|Fixes|Resolves|See-also|Ticket|Issue|Jira|Signed-off-by):[^\n]*\n?/gim;
// Each pattern starts only where a run of its characters starts (lookbehind): tried from every character of a
// long run, they would be quadratic (a 50 KB dotted line took 19 s).
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const NAMED_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}\p{Lu}[\p{L}'’.-]*)[ \t]*<(?=[ \t]*(${EMAIL.source})[ \t]*>)`,
  'gu',
);
const SSH_REMOTE = /(?<![\w.-])[\w.-]+@[\w.-]+:[\w./~-]+/g;
const HANDLE = /(?<![\p{L}\p{N}_.@/`-])@[A-Za-z0-9](?:[\w-]*[A-Za-z0-9])?(?![\w/@])/gu;
const URL = /\b(?:https?|ftp|ssh|git|file):\/\/[^\s<>()[\]"'`]+/gi;
// Internal without a scheme: loopback and private addresses, intranet suffixes, the usual internal tools.
const BARE_INTERNAL =
  /(?<![\w.-])(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[\w-]+(?:\.[\w-]+)*\.(?:internal|local|corp|lan|intranet|intra)|(?:jira|gitlab|confluence|jenkins|grafana|kibana|sentry|wiki|intranet)(?:\.[\w-]+)+)(?::\d+)?(?:\/[^\s<>()"'`]*)?/gi;
// The one internal address of BARE_INTERNAL without a dot.
const LOCALHOST = /localhost/i;
const INTERNAL_HOST =
  /(?:^|\.)(?:localhost|internal|local|corp|lan|intranet|intra)$|^(?:jira|gitlab|confluence|jenkins|grafana|kibana|sentry|wiki)\.|atlassian\.net$|^(?:10|127)\.|^192\.168\.|^172\.(?:1[6-9]|2\d|3[01])\./i;
const ESCAPES = /[.*+?^${}()|[\]\\]/g;

/** Builds a redactor: one set of compiled patterns for every text of a draft. */
export function createRedactor(config: RedactionConfig): Redactor {
  const people = nameMatcher(config.names, config.nameParts, config.keep ?? [], config.keepWords ?? []);
  // Names become a marker first, so that blame rules match "<someone> broke" with a tiny regex.
  const blame = blameRewriter(`@?${PERSON}`);
  const internal = compileUserPatterns(config.internalUrlPatterns ?? []);
  const allowed = (config.allowedHosts ?? []).map((h) => h.toLowerCase());
  const team = config.team;
  const repeatedTeam = new RegExp(`${escape(team)}(?:[ \\t]*(?:,|and|&|et|y|und)[ \\t]*${escape(team)})+`, 'giu');

  return (input) => {
    const findings: Finding[] = [];
    const removals: Removal[] = [];
    const cut = (re: RegExp, source: RemovalSource, replacement: (m: string) => string) => (s: string) =>
      s.replace(re, (m) => {
        const out = replacement(m);
        if (out !== m) removals.push({ text: m.trim(), source });
        return out;
      });
    // Each pattern needs a character the text may not hold (a trailer its colon, an address its `@` or dot).
    let text = input.includes(':') ? cut(TRAILER_LINE, 'trailer-line', () => '')(input) : input;
    const secrets = removeSecrets(text);
    findings.push(...secrets.hits.map((h) => ({ kind: 'secret' as const, secret: h.kind })));
    text = secrets.text;
    if (text.includes('://')) text = cut(URL, 'url', (url) => (isAllowedUrl(url, allowed, internal) ? url : GAP))(text);
    if (text.includes('@')) text = cut(SSH_REMOTE, 'url', () => GAP)(text);
    if (text.includes('.') || LOCALHOST.test(text)) text = cut(BARE_INTERNAL, 'url', () => GAP)(text);
    const cues = findCues(text, (word) => people.knows(word) !== undefined);
    text = cutCredits(text, cues, removals);
    // A team member's address stands for the person (blame rules see it); anyone else's is cut out.
    if (text.includes('@')) {
      // "Bo Lind <bo@example.org>": two to four capitalised words before an address in angle brackets name its owner.
      text = text.replace(NAMED_ADDRESS, (m, name: string, email: string) => {
        if (isServiceEmail(email)) return m;
        removals.push({ text: name.trim(), source: 'email' });
        return `${PERSON} <`;
      });
      text = text.replace(EMAIL, (email) => {
        const source = people.knows(email);
        removals.push({ text: email, source: source ?? 'email' });
        return source ? PERSON : GAP;
      });
    }
    // Code spans are code: no name is looked for inside them.
    const code = maskCode(text);
    const named = people.replace(code.text, mentioned(cues));
    removals.push(...named.removed);
    const blamed = blame.rewrite(named.text);
    for (let i = 0; i < blamed.count; i++) findings.push({ kind: 'blame' });
    text = cut(HANDLE, 'handle', () => GAP)(blamed.text.replace(PERSON_HANDLE, GAP));
    text = text.replace(NAME_WITH_ADDRESS, PERSON).replace(EMPTY_ADDRESS, GAP);
    text = closeGaps(text.replace(PEOPLE_BRACKET, '')).replace(PERSON_ALL, team).replace(repeatedTeam, team);
    return { text: code.restore(tidySpaces(text)), findings, redactions: removals.length, removals };
  };
}

// Credits ("thanks to Jane Doe", "[reported by jdoe]") are cut out whole; mentions keep their words.
function cutCredits(text: string, cues: readonly Cue[], removals: Removal[]): string {
  let out = '';
  let last = 0;
  for (const cue of cues) {
    if (!cue.credit) continue;
    out += text.slice(last, cue.from) + GAP;
    last = cue.to;
    removals.push(...cue.names.map((name) => ({ text: name, source: 'message-cue' as const })));
  }
  return out + text.slice(last);
}

// Names that a mention cue introduced: removed wherever else they appear in the same text.
const mentioned = (cues: readonly Cue[]) =>
  cues.flatMap((c) =>
    c.names.filter((n) => !n.includes('@')).map((text) => ({ text, source: 'message-cue' as const })),
  );

const CODE_SPAN = /`[^`\n]+`/g;

function maskCode(text: string): { text: string; restore: (s: string) => string } {
  if (!text.includes('`')) return { text, restore: (s) => s };
  const spans: string[] = [];
  const masked = text.replace(CODE_SPAN, (span) => `\uE020${spans.push(span) - 1}\uE021`);
  return { text: masked, restore: (s) => s.replace(/\uE020(\d+)\uE021/g, (_, i: string) => spans[Number(i)]!) };
}

const PERSON_HANDLE = new RegExp(`@${PERSON}`, 'g');
const PERSON_ALL = new RegExp(PERSON, 'g');
// "Jane Doe <jane@example.org>", "Jane Doe (jane@example.org)": one person, not "the team <the team>"; an
// address cut out of its angle brackets leaves nothing ("< >").
const EMPTY_ADDRESS = /(?<![ \t])[ \t]*<[ \t]*\uE002[ \t]*>/g;
const NAME_WITH_ADDRESS = new RegExp(
  `${PERSON}[ \\t]*(?:<[ \\t]*(?:${PERSON}|\uE002)?[ \\t]*>|\\([ \\t]*(?:${PERSON}|\uE002)[ \\t]*\\))`,
  'g',
);
// A bracket at a line's end that held only people (`… [jdoe]`, `… [Jane Doe & @bob]`) is a credit: it goes whole.
// Its spaces are tried from where they start (from each space, a long run was quadratic).
const PEOPLE_BRACKET = new RegExp(
  `(?<![ \\t])[ \\t]*\\[@?${PERSON}(?:[ \\t]*(?:,|&|and)[ \\t]*@?${PERSON})*\\][ \\t]*$`,
  'gm',
);

// Settings are user data: a pattern that does not compile is dropped here and reported by `invalidPatterns`.
function compileUserPatterns(patterns: readonly (string | RegExp)[]): RegExp[] {
  return patterns.flatMap((p) => {
    if (typeof p !== 'string') return [new RegExp(p.source, p.flags.replace('g', ''))];
    try {
      return [new RegExp(p, 'i')];
    } catch {
      return [];
    }
  });
}

/** The string patterns among `patterns` that are not valid regular expressions. */
export function invalidPatterns(patterns: readonly (string | RegExp)[]): string[] {
  return patterns.filter((p): p is string => typeof p === 'string' && compileUserPatterns([p]).length === 0);
}

function isAllowedUrl(url: string, allowed: readonly string[], internal: readonly RegExp[]): boolean {
  const host = /^[a-z]+:\/\/(?:[^@/]*@)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host || INTERNAL_HOST.test(host) || internal.some((re) => re.test(url))) return false;
  return allowed.some((h) => host === h || host.endsWith(`.${h}`));
}

// Where a URL, email or handle was cut out, the word that pointed at it goes too ("see", "ping", "cc", "to"),
// and so does a conjunction left dangling: "retry, see <url> and ping @x" → "retry".
const GAP = '\uE002';
const POINTER =
  /(?<![\p{L}])(?:see|ping|cc|cf\.?|ref|refs|via|thanks|thx|by|to|from|at|with|voir|merci|à|de|ver|gracias|siehe|danke|an|von)[ \t]*(?::[ \t]*)?\uE002/giu;
// A conjunction is dangling when a comma, a stop or the line's end follows it; the ones chained before it by
// spaces and one comma go too. Read from each such end backwards: one pattern tried from every conjunction of a
// run was quadratic ("and and … and x": 4 s at 20 KB).
const CONJUNCTION = String.raw`(?:and|or|et|ou|y|o|und|oder)`;
const DANGLING_END = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${CONJUNCTION}(?![\p{L}\p{N}])(?=[ \t]*(?:[,.;:)]|$))`,
  'gimu',
);
// A whole conjunction at the end of a few characters (the longest is four letters, so six hold the character
// before it, surrogate pairs included).
const CONJUNCTION_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${CONJUNCTION}$`, 'iu');

function closeGaps(text: string): string {
  if (!text.includes(GAP)) return text;
  // A run of gaps and spaces becomes one space, matched from where the run starts ("see @a see @b" leaves two gaps).
  const cleaned = text
    .replace(POINTER, GAP)
    .replace(/(?<![ \t\uE002])[ \t]*\uE002(?:[ \t]*\uE002)*[ \t]*/g, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^[ \t]*[,;][ \t]*/gm, '');
  return dropDanglingConjunctions(cleaned).replace(/[ \t]*[,;][ \t]*$/gm, '');
}

/** The text without its dangling conjunctions (exported for the test that compares it with the former pattern). */
export function dropDanglingConjunctions(text: string): string {
  const ends = [...text.matchAll(DANGLING_END)].map((m) => m.index + m[0].length);
  const kept: string[] = [];
  let limit = text.length;
  // From the last end to the first: a chain may hold the ends before its own.
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k]!;
    if (end > limit) continue;
    const start = chainStart(text, end);
    kept.push(text.slice(end, limit));
    limit = start;
  }
  kept.push(text.slice(0, limit));
  return kept.reverse().join('');
}

// Where the chain of conjunctions ending at `end` starts: each unit is a conjunction and the spaces (around at
// most one comma or semicolon) before it.
function chainStart(text: string, end: number): number {
  let start = end;
  for (let at = end; ;) {
    const conjunction = CONJUNCTION_BEFORE.exec(text.slice(Math.max(0, at - 6), at));
    if (!conjunction) return start;
    const word = at - conjunction[0].length;
    let sep = word;
    while (sep > 0 && isSpace(text.charAt(sep - 1))) sep--;
    if (sep > 0 && (text.charAt(sep - 1) === ',' || text.charAt(sep - 1) === ';')) {
      sep--;
      while (sep > 0 && isSpace(text.charAt(sep - 1))) sep--;
    }
    // Before an unseparated conjunction stands a character that ends no word: the next step finds none there.
    start = sep;
    at = sep;
  }
}

const isSpace = (c: string) => c === ' ' || c === '\t';

function tidySpaces(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/[ \t]+([,)]|\.(?![\p{L}\p{N}_]))/gu, '$1')
        .replace(/(?<![\p{L}\p{N}_$])(?:\(\s*\)|\[\s*\])/gu, '')
        .trimEnd(),
    )
    .join('\n')
    .trim();
}

const escape = (s: string) => s.replace(ESCAPES, '\\$&');

export { redactionNames } from './identities';
