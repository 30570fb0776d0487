import type { Commit } from '../git/commit';
import { readSubject } from './subject';
import type { ParsedCommit } from './types';

export { DEFAULT_NOISE_TYPES } from './subject';

// Git's trailer token: no spaces, a colon, a value. Body lines of this shape are metadata, not prose.
const TRAILER = /^([A-Za-z][A-Za-z0-9-]*):\s+(.*\S)\s*$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:\s*/m;

/** Trailers of a commit body, keyed by lower-cased token (`client-note`), each with all its values. */
export function parseTrailers(body: string): Map<string, string[]> {
  const trailers = new Map<string, string[]>();
  // Lines cut at "\n" only (the "\r" of a CRLF line goes with the trim); a line without a colon is no trailer,
  // so most body lines are skipped without the regex. `colon` is the next colon at or after the line's start.
  let colon = body.indexOf(':');
  for (let start = 0; start <= body.length;) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    if (colon >= 0 && colon < start) colon = body.indexOf(':', start);
    const match = colon >= 0 && colon < end ? TRAILER.exec(body.slice(start, end).trim()) : null;
    start = end + 1;
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    if (key === 'http' || key === 'https') continue;
    // Appended in place: a copy per value was quadratic in a body of thousands of the same trailer.
    const values = trailers.get(key);
    if (values) values.push(match[2]!);
    else trailers.set(key, [match[2]!]);
  }
  const breaking = BREAKING_FOOTER.exec(body);
  if (breaking)
    trailers.set('breaking-change', [body.slice(breaking.index + breaking[0].length).split(/\r?\n/)[0] ?? '']);
  return trailers;
}

/** Reads a commit's convention (see subject.ts), breaking mark and trailers, and decides its section. */
export function parseCommit(commit: Commit, noiseTypes: ReadonlySet<string>): ParsedCommit {
  const reading = readSubject(commit.subject.trim(), noiseTypes);
  const trailers = parseTrailers(commit.body);
  const note = trailers.get('client-note')?.at(-1)?.trim();
  // A Client-Note is the author saying "the client should read this", whatever the type.
  const kind = note && reading.kind === 'noise' ? 'feature' : reading.kind;
  return {
    commit,
    type: reading.type,
    scope: reading.scope,
    breaking: reading.breaking || trailers.has('breaking-change'),
    text: note || reading.text,
    clientNote: Boolean(note),
    kind,
    trailers,
    files: commit.files,
  };
}

/** `Client-Visible: no` (or false/0/hidden) keeps a commit out of every client draft. */
export function isClientHidden(parsed: ParsedCommit): boolean {
  const value = parsed.trailers.get('client-visible')?.at(-1)?.trim().toLowerCase();
  return value !== undefined && ['no', 'false', '0', 'hidden', 'non', 'nein'].includes(value);
}

const WORK_IN_PROGRESS = /^(\[wip\]|wip\b|work in progress\b)/i;
const FIXUP = /^(fixup|squash|amend)! /;

/** Commits that only exist until a rebase (`fixup!`, `squash!`, `amend!`) or are unfinished (WIP). */
export function rebaseOrWip(subject: string): 'fixup' | 'wip' | undefined {
  if (FIXUP.test(subject)) return 'fixup';
  const withoutType = subject.replace(/^[a-z]+(\([^)]*\))?!?:\s*/i, '');
  if (WORK_IN_PROGRESS.test(subject) || WORK_IN_PROGRESS.test(withoutType)) return 'wip';
  return undefined;
}

const BOT = /(\[bot\]|dependabot|renovate|greenkeeper|snyk-bot|github-actions|pre-commit-ci|imgbot)/i;

/** Dependency and CI bots: their commits are never client news. */
export function isBot(commit: Commit): boolean {
  return [commit.authorName, commit.authorEmail].some((s) => BOT.test(s));
}
