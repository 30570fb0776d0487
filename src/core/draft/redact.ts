import type { Commit } from '../git/commit';
import type { ProjectFile } from '../model/schema';
import { blameRewriter } from './blame';
import type { SecretKind } from './phrases';
import { removeSecrets } from './secrets';

/** What the redactor must know: who is internal, what stays, which hosts may be linked. */
export interface RedactionConfig {
  /** Full names, aliases, logins and emails: removed case-insensitively, as whole words. */
  names: readonly string[];
  /** First and last names alone: removed when capitalized ("Paul", not "paul"), as whole words. */
  nameParts: readonly string[];
  /** Phrases never touched, e.g. client contacts who share a first name with a team member. */
  keep?: readonly string[];
  /** Hosts whose URLs may stay (and their subdomains). Default: none, so every URL goes. */
  allowedHosts?: readonly string[];
  /** URLs matching these are removed even when their host is allowed. */
  internalUrlPatterns?: readonly (string | RegExp)[];
  /** The words that stand in for a name, e.g. "the team". */
  team: string;
}

/** Something the redactor did that a person must check before sending. */
export type Finding = { kind: 'secret'; secret: SecretKind } | { kind: 'blame' };

/** A redacted text, what was found in it, and how many names, emails, handles and URLs were removed. */
export interface Redacted {
  text: string;
  findings: Finding[];
  redactions: number;
}

/** Redacts one text; built once per draft by `createRedactor`. */
export type Redactor = (text: string) => Redacted;

// Git identities of forges and placeholders: common words that must not be removed from every sentence.
const SERVICE_NAMES = new Set(['github', 'gitlab', 'bitbucket', 'web-flow', 'noreply', 'no-reply', 'root', 'unknown', 'git', 'system', 'your name', 'azure devops', 'users']);
const TRAILER_LINE = /^[ \t]*(?:[A-Za-z][\w-]*-by|Client-(?:Note|Visible)|Change-Id|Cc|Refs?|Closes|Fixes|Resolves|See-also|Ticket|Issue|Jira|Signed-off-by):[^\n]*\n?/gim;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const SSH_REMOTE = /\b[\w.-]+@[\w.-]+:[\w./~-]+/g;
const HANDLE = /(?<![\p{L}\p{N}_.@/`-])@[A-Za-z0-9](?:[\w-]*[A-Za-z0-9])?(?![\w/@])/gu;
const URL = /\b(?:https?|ftp|ssh|git|file):\/\/[^\s<>()[\]"'`]+/gi;
// Internal without a scheme: loopback and private addresses, intranet suffixes, the usual internal tools.
const BARE_INTERNAL =
  /\b(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[\w-]+(?:\.[\w-]+)*\.(?:internal|local|corp|lan|intranet|intra)|(?:jira|gitlab|confluence|jenkins|grafana|kibana|sentry|wiki|intranet)(?:\.[\w-]+)+)(?::\d+)?(?:\/[^\s<>()"'`]*)?/gi;
const INTERNAL_HOST = /(?:^|\.)(?:localhost|internal|local|corp|lan|intranet|intra)$|^(?:jira|gitlab|confluence|jenkins|grafana|kibana|sentry|wiki)\.|atlassian\.net$|^(?:10|127)\.|^192\.168\.|^172\.(?:1[6-9]|2\d|3[01])\./i;
const ESCAPES = /[.*+?^${}()|[\]\\]/g;
const PERSON_TRAILER = /^[ \t]*[A-Za-z][\w-]*-by:[ \t]*([^<\n]*?)[ \t]*(?:<([^>\n]+)>)?[ \t]*$/gim;

/** Builds a redactor: one set of compiled patterns for every text of a draft. */
export function createRedactor(config: RedactionConfig): Redactor {
  const full = alternation(config.names);
  const parts = alternation(config.nameParts.flatMap((p) => [capitalized(p), p.toLocaleUpperCase()]));
  const fullRe = full && new RegExp(word(full), 'giu');
  const partsRe = parts && new RegExp(word(parts), 'gu');
  const blame = blameRewriter([full, parts].filter(Boolean).join('|') || undefined);
  const internal = compileUserPatterns(config.internalUrlPatterns ?? []);
  const allowed = (config.allowedHosts ?? []).map((h) => h.toLowerCase());
  const team = config.team;
  const repeatedTeam = new RegExp(`${escape(team)}(?:\\s*(?:,|and|&|et|y|und)\\s*${escape(team)})+`, 'giu');

  return (input) => {
    const findings: Finding[] = [];
    let redactions = 0;
    const count = (re: RegExp, replacement: string) => (s: string) =>
      s.replace(re, () => {
        redactions++;
        return replacement;
      });
    const { text: guarded, restore } = protect(input, config.keep ?? []);
    let text = count(TRAILER_LINE, '')(guarded);
    const secrets = removeSecrets(text);
    text = secrets.text;
    findings.push(...secrets.hits.map((h) => ({ kind: 'secret' as const, secret: h.kind })));
    text = text.replace(URL, (url) => {
      if (isAllowedUrl(url, allowed, internal)) return url;
      redactions++;
      return GAP;
    });
    text = count(BARE_INTERNAL, GAP)(text);
    const blamed = blame.rewrite(text);
    text = blamed.text;
    for (let i = 0; i < blamed.count; i++) findings.push({ kind: 'blame' });
    text = count(SSH_REMOTE, GAP)(text);
    text = count(EMAIL, GAP)(text);
    // Handles before names: "@sofia-dev" must go whole, not become "@the team".
    text = count(HANDLE, GAP)(text);
    if (fullRe) text = count(fullRe, team)(text);
    if (partsRe) text = count(partsRe, team)(text);
    text = closeGaps(text).replace(repeatedTeam, team);
    return { text: restore(tidySpaces(text)), findings, redactions };
  };
}

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

// Client contacts' names are swapped for placeholders so that a shared first name is not redacted in them.
function protect(text: string, keep: readonly string[]): { text: string; restore: (s: string) => string } {
  const phrases = keep.filter((k) => k.trim() !== '' && text.includes(k));
  if (phrases.length === 0) return { text, restore: (s) => s };
  let out = text;
  phrases.forEach((p, i) => (out = out.split(p).join(`\uE000${i}\uE001`)));
  return { text: out, restore: (s) => s.replace(/\uE000(\d+)\uE001/g, (_, i: string) => phrases[Number(i)]!) };
}

// Where a URL, email or handle was cut out, the word that pointed at it goes too ("see", "ping", "cc", "to"),
// and so does a conjunction left dangling: "retry, see <url> and ping @x" → "retry".
const GAP = '\uE002';
const POINTER = /(?<![\p{L}])(?:see|ping|cc|cf\.?|ref|refs|via|thanks|thx|by|to|from|at|with|voir|merci|à|de|ver|gracias|siehe|danke|an|von)\s*:?\s*\uE002/giu;
const DANGLING = /(?:\s*[,;]?\s*(?<![\p{L}\p{N}])(?:and|or|et|ou|y|o|und|oder)(?![\p{L}\p{N}])\s*)+(?=\s*(?:[,.;:)]|$))/gimu;

function closeGaps(text: string): string {
  if (!text.includes(GAP)) return text;
  return text.replace(POINTER, GAP).replace(/\s*\uE002\s*/g, ' ').replace(DANGLING, '');
}

function tidySpaces(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').replace(/[ \t]+([,.)])/g, '$1').replace(/\(\s*\)/g, '').trimEnd())
    .join('\n')
    .trim();
}

const escape = (s: string) => s.replace(ESCAPES, '\\$&');
const capitalized = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const word = (source: string) => `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`;

/** Longest first, so "Paul Martin" wins over "Paul"; spaces in names match any run of spaces. */
function alternation(names: readonly string[]): string {
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  return unique.map((n) => escape(n).replace(/\s+/g, '\\s+')).join('|');
}

/** Every name to redact: project.yaml's team and aliases, git authors and committers, and `.mailmap` names. */
export function redactionNames(project: ProjectFile, commits: readonly Commit[], mailmap: readonly string[] = []): { names: string[]; nameParts: string[] } {
  const names = new Set<string>();
  const parts = new Set<string>();
  const addName = (raw: string) => {
    const name = raw.trim().replace(/^@/, '');
    if (name.length < 2 || SERVICE_NAMES.has(name.toLowerCase()) || /\[bot\]$/i.test(name)) return;
    if (name.includes('@')) return addEmail(name);
    names.add(name);
    for (const part of name.split(/[\s]+/)) if (part.length >= 2 && /^\p{L}/u.test(part) && part !== name) parts.add(part);
  };
  const addEmail = (email: string) => {
    names.add(email);
    const local = email.split('@')[0] ?? '';
    // GitHub's noreply addresses are "12345+login@users.noreply.github.com": the login is the part after "+".
    for (const piece of [local, local.split('+').at(-1) ?? '']) {
      if (piece.length >= 3 && !SERVICE_NAMES.has(piece.toLowerCase()) && !/^\d+$/.test(piece)) names.add(piece);
    }
  };
  for (const member of project.team) [member.name, ...(member.aliases ?? [])].forEach(addName);
  for (const c of commits) {
    [c.authorName, c.committerName].forEach(addName);
    [c.authorEmail, c.committerEmail].forEach((e) => e.includes('@') && addEmail(e));
    // Co-authors, reviewers, reporters: people named in `…-by:` trailers are people too.
    for (const match of c.body.matchAll(PERSON_TRAILER)) {
      addName(match[1]!);
      if (match[2]) addEmail(match[2]);
    }
  }
  mailmap.forEach(addName);
  return { names: [...names], nameParts: [...parts] };
}
