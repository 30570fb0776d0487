import { blameRewriter } from './blame';
import { nameMatcher, PERSON } from './names';
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
  removals?: { text: string; source: string }[];
}

/** Redacts one text; built once per draft by `createRedactor`. */
export type Redactor = (text: string) => Redacted;

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

/** Builds a redactor: one set of compiled patterns for every text of a draft. */
export function createRedactor(config: RedactionConfig): Redactor {
  const people = nameMatcher(config.names, config.nameParts);
  // Names become a marker first, so that blame rules match "<someone> broke" with a tiny regex.
  const blame = blameRewriter(`@?${PERSON}`);
  const internal = compileUserPatterns(config.internalUrlPatterns ?? []);
  const allowed = (config.allowedHosts ?? []).map((h) => h.toLowerCase());
  const team = config.team;
  const repeatedTeam = new RegExp(`${escape(team)}(?:\\s*(?:,|and|&|et|y|und)\\s*${escape(team)})+`, 'giu');

  return (input) => {
    const findings: Finding[] = [];
    let redactions = 0;
    const count = (re: RegExp, replacement: string | ((m: string) => string)) => (s: string) =>
      s.replace(re, (m) => {
        redactions++;
        return typeof replacement === 'string' ? replacement : replacement(m);
      });
    const { text: guarded, restore } = protect(input, config.keep ?? []);
    let text = count(TRAILER_LINE, '')(guarded);
    const secrets = removeSecrets(text);
    findings.push(...secrets.hits.map((h) => ({ kind: 'secret' as const, secret: h.kind })));
    text = count(URL, (url) => (isAllowedUrl(url, allowed, internal) ? url : GAP))(secrets.text);
    text = count(BARE_INTERNAL, GAP)(count(SSH_REMOTE, GAP)(text));
    // A team member's address stands for the person (blame rules see it); anyone else's is cut out.
    text = count(EMAIL, (email) => (people.knows(email) ? PERSON : GAP))(text);
    const named = people.replace(text);
    redactions += named.count;
    const blamed = blame.rewrite(named.text);
    for (let i = 0; i < blamed.count; i++) findings.push({ kind: 'blame' });
    text = count(HANDLE, GAP)(blamed.text.replace(PERSON_HANDLE, GAP));
    text = closeGaps(text).replace(PERSON_ALL, team).replace(repeatedTeam, team);
    return { text: restore(tidySpaces(text)), findings, redactions };
  };
}

const PERSON_HANDLE = new RegExp(`@${PERSON}`, 'g');
const PERSON_ALL = new RegExp(PERSON, 'g');

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


export { redactionNames } from './names';
