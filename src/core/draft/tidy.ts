import type { DraftItem } from './types';

/** Ticket ids stripped by default: Jira-like keys and `#123` references. */
export const DEFAULT_TICKET_PATTERNS: readonly string[] = ['[A-Z][A-Z0-9]+-\\d+', '#\\d+'];

const PR_NUMBER = /\(\s*(?:#|!|PR\s*#?)\d+\s*\)/gi;
const HASH = /(?<![\w-])[0-9a-f]{7,40}(?![\w-])/gi;
const EMOJI_CODE = /:[a-z0-9_+-]+:/gi;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u20E3]/gu;
const EMPTY_BRACKETS = /[[(]\s*[,;:/|-]*\s*[\])]/g;

/**
 * Compiles ticket patterns (strings or regexps) into whole-word global regexps. Patterns come from settings:
 * one that does not compile is skipped and named in `invalid`, never thrown.
 */
export function ticketMatchers(patterns: readonly (string | RegExp)[]): RegExp[] & { invalid?: string[] } {
  const out: RegExp[] & { invalid?: string[] } = [];
  for (const p of patterns) {
    const source = typeof p === 'string' ? p : p.source;
    const flags = typeof p === 'string' ? 'g' : p.flags.includes('g') ? p.flags : `${p.flags}g`;
    try {
      out.push(new RegExp(`(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`, flags));
    } catch {
      (out.invalid ??= []).push(source);
    }
  }
  return out;
}

/** Removes ticket ids, PR numbers, commit hashes, emoji and emoji codes, and tidies what is left. */
export function stripInternalIds(text: string, tickets: readonly RegExp[]): string {
  let out = text.replace(PR_NUMBER, ' ');
  for (const re of tickets) out = out.replace(re, ' ');
  // A hash has digits and letters; plain hex words ("decade", "added") are left alone.
  out = out.replace(HASH, (h) => (/\d/.test(h) && /[a-f]/i.test(h) ? ' ' : h));
  out = out.replace(EMOJI_CODE, ' ').replace(EMOJI, ' ');
  return tidyText(out);
}

/** Collapses spaces, drops empty brackets and dangling punctuation, capitalizes the first letter. */
export function tidyText(text: string): string {
  let out = text.replace(/\s+/g, ' ');
  let previous = '';
  while (previous !== out) {
    previous = out;
    out = out.replace(EMPTY_BRACKETS, ' ').replace(/\s+/g, ' ').trim();
    out = out.replace(/^[\s,;:/|.–—-]+/, '').replace(/[\s,;:/|–—-]+$/, '').replace(/\s+([,.;:!?])/g, '$1');
    out = out.replace(/\(\s+/g, '(').replace(/\s+\)/g, ')');
  }
  out = out.replace(/\.$/, '');
  return out.charAt(0).toLocaleUpperCase() + out.slice(1);
}

/** Lower-case words without accents or punctuation: the form compared for near-duplicates. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Dice coefficient over character bigrams of the normalized texts: 1 is identical, 0 shares nothing. */
export function similarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

interface Bigrams {
  normal: string;
  /** Each bigram as one number (its two UTF-16 units), sorted: two merges of sorted arrays count the shared
   * ones without a Map per text, which kept thousands of commits' comparisons (and garbage) cheap. */
  keys: Uint32Array;
  total: number;
}

function bigrams(text: string): Bigrams {
  const normal = normalize(text);
  const total = Math.max(0, normal.length - 1);
  const keys = new Uint32Array(total);
  for (let i = 0; i < total; i++) keys[i] = normal.charCodeAt(i) * 0x10000 + normal.charCodeAt(i + 1);
  keys.sort();
  return { normal, keys, total };
}

function dice(x: Bigrams, y: Bigrams): number {
  if (x.normal === y.normal) return 1;
  if (x.total === 0 || y.total === 0) return 0;
  // The size of the multiset intersection: each bigram counts min(times in x, times in y).
  let shared = 0;
  for (let i = 0, j = 0; i < x.total && j < y.total; ) {
    const a = x.keys[i]!;
    const b = y.keys[j]!;
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return (2 * shared) / (x.total + y.total);
}

// Near-duplicates are close in time (a retry, a re-land): comparing with the latest lines kept is enough, and
// keeps "since a tag" over thousands of commits linear instead of quadratic.
const WINDOW = 300;

/**
 * Merges near-duplicates of the same kind ("Add coupon field" twice, once per retry of the same work). The
 * kept item prefers a Client-Note, then the newest wording; files are pooled so grouping sees all of them.
 */
export function mergeNearDuplicates(items: readonly DraftItem[], threshold: number): { items: DraftItem[]; merged: number } {
  const kept: { item: DraftItem; grams: Bigrams; files: Set<string>; findings: DraftItem['findings'][number][] }[] = [];
  const exact = new Map<string, number>();
  let merged = 0;
  for (const item of items) {
    const grams = bigrams(item.text);
    let index = exact.get(`${item.kind}\n${grams.normal}`) ?? -1;
    for (let i = kept.length - 1; index < 0 && i >= Math.max(0, kept.length - WINDOW); i--) {
      const k = kept[i]!;
      // Dice ≥ t needs the shorter text to be at least t/(2-t) of the longer: skip the rest without counting.
      const ratio = Math.min(k.grams.total, grams.total) / Math.max(k.grams.total, grams.total, 1);
      if (k.item.kind === item.kind && ratio >= threshold / (2 - threshold) && dice(k.grams, grams) >= threshold) index = i;
    }
    if (index < 0) {
      exact.set(`${item.kind}\n${grams.normal}`, kept.length);
      kept.push({ item, grams, files: new Set(item.files), findings: [...item.findings] });
      continue;
    }
    merged++;
    const k = kept[index]!;
    for (const f of item.files) k.files.add(f);
    k.findings.push(...item.findings);
    const breaking = k.item.breaking || item.breaking;
    // The commit whose wording is kept comes first in `commits`.
    const reworded = item.clientNote && !k.item.clientNote;
    const commits = reworded ? [...item.commits, ...k.item.commits] : [...k.item.commits, ...item.commits];
    k.item = { ...(reworded ? item : k.item), breaking, commits };
  }
  return { items: kept.map((k) => ({ ...k.item, files: [...k.files], findings: k.findings })), merged };
}
