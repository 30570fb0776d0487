import type { Commit } from '../git/commit';
import type { ChangeKind, ParsedCommit } from './types';

/** Hidden unless the project says otherwise: work the client neither sees nor pays attention to. */
export const DEFAULT_NOISE_TYPES: readonly string[] = ['chore', 'ci', 'build', 'test', 'style', 'refactor', 'docs'];

const CONVENTIONAL = /^([A-Za-z]+)(?:\(([^()\r\n]*)\))?(!)?:\s*(.*)$/;
// Git's trailer token: no spaces, a colon, a value. Body lines of this shape are metadata, not prose.
const TRAILER = /^([A-Za-z][A-Za-z0-9-]*):\s+(.*\S)\s*$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:\s*/m;
const FEATURE_TYPES = new Set(['feat', 'feature', 'perf']);
const FIX_TYPES = new Set(['fix', 'bugfix', 'hotfix']);
// Plain (non-conventional) subjects: the first verb tells fixes from housekeeping; the rest is delivered work.
const PLAIN_FIX = /^(fix(e[ds])?|bug ?fix|correct(ed|s)?|resolve[ds]?|repair(ed|s)?|corrig|arregl|behoben|behebt)\b/i;
const PLAIN_NOISE =
  /^(bump|update (deps|dependencies)|upgrade deps|merge|format|lint|typo|refactor|tests?\b|ci\b|docs?\b|readme|chore|cleanup|clean up|wip\b|version\b|release\b|v?\d+\.\d+)/i;

/** Trailers of a commit body, keyed by lower-cased token (`client-note`), each with all its values. */
export function parseTrailers(body: string): Map<string, string[]> {
  const trailers = new Map<string, string[]>();
  for (const line of body.split(/\r?\n/)) {
    const match = TRAILER.exec(line.trim());
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    if (key === 'http' || key === 'https') continue;
    trailers.set(key, [...(trailers.get(key) ?? []), match[2]!]);
  }
  const breaking = BREAKING_FOOTER.exec(body);
  if (breaking) trailers.set('breaking-change', [body.slice(breaking.index + breaking[0].length).split(/\r?\n/)[0] ?? '']);
  return trailers;
}

/** Reads a commit's conventional type, scope, breaking mark and trailers, and decides its section. */
export function parseCommit(commit: Commit, noiseTypes: ReadonlySet<string>): ParsedCommit {
  const subject = commit.subject.trim();
  const match = CONVENTIONAL.exec(subject);
  const type = match ? match[1]!.toLowerCase() : undefined;
  const scope = match?.[2]?.trim() || undefined;
  const trailers = parseTrailers(commit.body);
  const note = trailers.get('client-note')?.at(-1)?.trim();
  const text = note || (match ? match[4]!.trim() : subject);
  return {
    commit,
    type,
    scope,
    breaking: Boolean(match?.[3]) || trailers.has('breaking-change'),
    text,
    clientNote: Boolean(note),
    kind: kindOf(type, match ? match[4]! : subject, noiseTypes, Boolean(note)),
    trailers,
    files: commit.files,
  };
}

function kindOf(type: string | undefined, text: string, noise: ReadonlySet<string>, hasNote: boolean): ChangeKind {
  if (type !== undefined) {
    if (FIX_TYPES.has(type)) return 'fix';
    if (FEATURE_TYPES.has(type)) return 'feature';
    // A Client-Note is the author saying "the client should read this", whatever the type.
    if (hasNote) return 'feature';
    return noise.has(type) ? 'noise' : 'feature';
  }
  if (PLAIN_FIX.test(text)) return 'fix';
  if (!hasNote && PLAIN_NOISE.test(text)) return 'noise';
  return 'feature';
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
