/**
 * The people of a draft: project.yaml's team, the range's authors and committers, people of `…-by:` trailers,
 * and `.mailmap` entries (people credited only in a message are found by the redactor, text by text). Only what names a person becomes a name: role and bot
 * addresses (support@, noreply@, how@) and ordinary words stay out, so that redaction never damages the text.
 */
import type { Commit } from '../git/commit';
import type { ProjectFile } from '../model/schema';
import type { NameSource, Sourced } from './names';
import { isCommonWord, isNeverName } from './words';

// Git identities of forges and placeholders: not people.
const SERVICE_NAMES = new Set([
  'github',
  'gitlab',
  'bitbucket',
  'web-flow',
  'noreply',
  'no-reply',
  'root',
  'unknown',
  'git',
  'system',
  'your name',
  'azure devops',
  'users',
]);
const isGithubNoreply = (email: string) => email.toLowerCase().endsWith('@users.noreply.github.com');
const SERVICE_WORDS = new Set([
  'bot',
  'robot',
  'automation',
  'ci',
  'actions',
  'support',
  'helpdesk',
  'noreply',
  'deploy',
  'deployer',
  'release',
  'releaser',
  'builder',
  'linter',
  'daemon',
  'service',
]);
const TRAILER_KEY = /^[A-Za-z][\w-]*-by$/;

/** Every name to redact, with its source: full names and logins (any case), and name parts (capitalised). */
export function redactionNames(
  project: ProjectFile,
  commits: readonly Commit[],
  mailmap: readonly string[] = [],
): { names: Sourced[]; nameParts: Sourced[] } {
  // First source wins: a name is traced to the first place it was found (team, then the range, then .mailmap).
  const names = new Map<string, Sourced>();
  const parts = new Map<string, Sourced>();
  const push = (list: Map<string, Sourced>, text: string, source: NameSource) => {
    const id = text.toLowerCase();
    if (!list.has(id)) list.set(id, { text, source });
  };
  const seenIdentities = new Map<string, Set<string>>();
  const addName = (raw: string, source: NameSource) => {
    const name = raw.trim().replace(/^@/, '');
    if (name.length < 2 || isService(name)) return;
    if (name.includes('@')) return addEmail(name, undefined, source);
    push(names, name, source);
    if (!/\s/.test(name)) return;
    for (const word of name.split(/\s+/)) if (word.length >= 2 && /^\p{L}/u.test(word)) push(parts, word, source);
  };
  const addEmail = (email: string, displayName: string | undefined, source: NameSource) => {
    if (!email.includes('@') || isServiceEmail(email)) return;
    push(names, email, source);
    // A login that is one word of the name ("robin" of Robin Moffatt) is that word: capitalised only, like a part.
    const words = new Set((displayName ?? '').toLowerCase().split(/\s+/));
    for (const login of loginsOf(email, displayName))
      push(words.has(login.toLowerCase()) ? parts : names, login, source);
  };
  const addIdentity = (name: string, email: string, source: NameSource) => {
    // By email, then name: no joined key to build and hash per commit. A service identity is remembered too:
    // the forge commits hundreds of merges, one check is enough.
    let names = seenIdentities.get(email);
    if (!names) seenIdentities.set(email, (names = new Set()));
    if (names.has(name)) return;
    names.add(name);
    if (isService(name) || isServiceEmail(email) || isMachineAccount(name, email)) return;
    addName(name, source);
    addEmail(email, name, source);
  };
  for (const member of project.team) [member.name, ...(member.aliases ?? [])].forEach((n) => addName(n, 'team'));
  for (const c of commits) {
    addIdentity(c.authorName, c.authorEmail, 'author');
    addIdentity(c.committerName, c.committerEmail, 'committer');
    for (const t of personTrailers(c.body)) addIdentity(t.name, t.email, 'trailer');
  }
  mailmap.forEach((m) => addName(m, 'mailmap'));
  return { names: [...names.values()], nameParts: [...parts.values()] };
}

// Bots, forges and roles: "dependabot[bot]", "GitHub", "Release Bot", "ci-bot", "Prism CI", "Acme Support".
function isService(name: string): boolean {
  const n = name.trim().toLowerCase();
  const last = n.slice(Math.max(n.lastIndexOf(' '), n.lastIndexOf('-'), n.lastIndexOf('_')) + 1);
  return SERVICE_NAMES.has(n) || n.endsWith('[bot]') || SERVICE_WORDS.has(last);
}

/** support@, noreply@, how@: a role address, not a person (a GitHub noreply address is a person's). */
export function isServiceEmail(email: string): boolean {
  if (isGithubNoreply(email)) return false;
  const local = email.slice(0, email.indexOf('@')).toLowerCase();
  return isNeverName(local) || /(?:^|[._+-])bot$/.test(local) || /^(?:no-?reply|do-?not-?reply)/.test(local);
}

// "vagrant <vagrant@precise64.(none)>": the user account of a machine with no mail set up names no one.
function isMachineAccount(name: string, email: string): boolean {
  const at = email.lastIndexOf('@');
  const host = email.slice(at + 1).toLowerCase();
  return (
    name === name.toLowerCase() &&
    key(name) === key(email.slice(0, at)) &&
    (host.endsWith('(none)') || host === 'localhost' || host.endsWith('.localdomain') || host.endsWith('.local'))
  );
}

/**
 * The logins an email gives: its local part (and, for GitHub's "12345+login@users.noreply…", the login) when it
 * looks like a person's login: not an ordinary word, and derived from the display name or shaped like a login.
 */
export function loginsOf(email: string, displayName?: string): string[] {
  const local = email.slice(0, email.lastIndexOf('@'));
  const login = local.split('+').at(-1) ?? '';
  const candidates = isGithubNoreply(email) ? [local, login] : [local];
  return [...new Set(candidates)].filter((piece) => {
    if (piece.length < 3 || /^\d+$/.test(piece) || isCommonWord(piece) || isNeverName(piece)) return false;
    if (!displayName || (candidates.length > 1 && piece === login) || key(displayName) === key(piece)) return true;
    return derivesFrom(piece, displayName) || /[\d._-]/.test(piece);
  });
}

const key = (s: string) => s.trim().toLowerCase();
const letters = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Whether a login is built from prefixes of the display name's words: pmartin, paul.m, martinp, ezola. */
export function derivesFrom(login: string, displayName: string): boolean {
  const target = letters(login);
  const words = displayName.split(/\s+/).map(letters).filter(Boolean).slice(0, 5);
  if (target.length < 3 || words.length === 0) return false;
  // Memoised on (position, words used): at most 32 states per position, whatever the names.
  const failed = new Set<number>();
  const fits = (pos: number, used: number): boolean => {
    if (pos === target.length) return used !== 0;
    if (failed.has(pos * 32 + used)) return false;
    const ok = words.some((w, i) => {
      if (used & (1 << i)) return false;
      for (let k = w.length; k >= 1; k--)
        if (target.startsWith(w.slice(0, k), pos) && fits(pos + k, used | (1 << i))) return true;
      return false;
    });
    if (!ok) failed.add(pos * 32 + used);
    return ok;
  };
  return fits(0, 0);
}

/** People of `…-by:` trailers: at the start of a line (an indented line is an example, not a trailer). */
export function personTrailers(body: string): { name: string; email: string }[] {
  const out: { name: string; email: string }[] = [];
  // Every trailer of a person holds "-by:": only the lines that do are read (most bodies have none).
  for (let at = body.indexOf('-by:'); at >= 0;) {
    let end = body.indexOf('\n', at);
    if (end < 0) end = body.length;
    const line = body.slice(body.lastIndexOf('\n', at) + 1, end);
    at = body.indexOf('-by:', end);
    const colon = line.indexOf(':');
    if (colon < 3 || !TRAILER_KEY.test(line.slice(0, colon))) continue;
    const value = line.slice(colon + 1).trim();
    const open = value.indexOf('<');
    const close = value.indexOf('>', open);
    if (open >= 0 && close > open)
      out.push({ name: value.slice(0, open).trim(), email: value.slice(open + 1, close).trim() });
    else if (value.includes('@') && !value.includes(' ')) out.push({ name: '', email: value });
    else out.push({ name: value, email: '' });
  }
  return out;
}
