import { RULES } from '../lang';
import { bigrams, diceAtLeast, prefixFilter, type Bigrams } from './similar';
import type { DraftItem } from './types';

export { normalize, similarity } from './similar';

/** Ticket ids stripped by default: Jira-like keys and `#123` references. */
export const DEFAULT_TICKET_PATTERNS: readonly string[] = ['[A-Z][A-Z0-9]+-\\d+', '#\\d+'];

// With the spaces before it, taken from where they start (linear in a long run of spaces).
const PR_NUMBER = /(?<!\s)\s*\(\s*(?:#|!|PR\s*#?)\d+\s*\)/gi;
const HASH = /(?<![\w-])[0-9a-f]{7,40}(?![\w-])/gi;
const EMOJI_CODE = /:[a-z0-9_+-]+:/gi;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u20E3]/gu;
const EMPTY_BRACKETS = /[[(]\s*[,;:/|-]*\s*[\])]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const BRACKET = /[[()]/;
const DIGIT = /\d/;
const WORD_START = /[\p{L}\p{N}]/u;
// Standards, not tickets: "CVE-2024-2391", "SHA-256", "ISO-8601" look like `KEY-123` and must stay whole.
const STANDARD_ID =
  /^(CVE|CWE|GHSA|UTF|UCS|ISO|IEC|SHA|AES|RFC|RSA|TLS|SSL|HTTP|PEP|JSR|JEP|ECMA|ES|IEEE|WCAG|DIN|NF|EN|MD|CP|IPV)-/;
// Where an id was removed: a marker, so that only a line left dangling *by the removal* is trimmed.
const CUT = '\u0000';
// "(refs #88)", "[see PROJ-9]": a bracket left with only its pointer word once the ids are gone. Each bracket's
// inside is found by a scan that stops at the next bracket, then judged whole: one pattern with three runs of
// separators took 20 s on 8 KB of "#1 " after an unclosed bracket.
const BRACKETED = /[([]([^()[\]]*)[)\]]/g;
const ONLY_SEPARATORS = /^[\s\u0000,;:]*$/;
const POINTER_THEN_CUT = new RegExp(
  String.raw`^[\s\u0000,;:]*(?:${wordsOfEveryLanguage('pointers')})(?=[^\u0000]*\u0000)[\s\u0000,;:]*$`,
  'iu',
);
const onlyPointer = (inside: string) =>
  inside.includes(CUT) && (ONLY_SEPARATORS.test(inside) || POINTER_THEN_CUT.test(inside));
// Words that cannot end a line once what they introduced is gone ("Rewrite tests for #17857"), in every language.
// They are read from the end, one word at a time: a pattern tried from each word was quadratic in a long run of
// them that does not reach the end ("for for … for x #1").
const DANGLING_WORD = new RegExp(`^(?:${wordsOfEveryLanguage('dangling')})$`, 'iu');
const SEPARATOR = /[\s,;:(\u0000]/;

// One alternation of a rules list over the language packs (commits are written in any of them).
function wordsOfEveryLanguage(list: 'pointers' | 'dangling'): string {
  return [...new Set(Object.values(RULES).flatMap((rules) => rules[list]))].join('|');
}

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
      // Not a piece of a longer hyphenated id: "CVE-2024-2391" is not the ticket "CVE-2024" followed by "-2391".
      out.push(new RegExp(`(?<![A-Za-z0-9_]|[A-Za-z0-9_]-)(?:${source})(?![A-Za-z0-9_]|-[A-Za-z0-9_])`, flags));
    } catch {
      (out.invalid ??= []).push(source);
    }
  }
  return out;
}

/**
 * Removes ticket ids, PR numbers, commit hashes, emoji and emoji codes, drops the words a removal at the end
 * left dangling ("Rewrite tests for #17857" → "Rewrite tests"), and tidies what is left.
 */
export function stripInternalIds(text: string, tickets: readonly RegExp[]): string {
  // Each step below runs only where the text holds what its pattern needs (a bracket, a colon, a non-ASCII
  // character, a cut): most subjects have none of them, and a draft cleans thousands.
  let out = text.includes(CUT) ? text.replace(/\u0000/g, '') : text;
  // A squash merge's "(#123)" is no cut: no word before it pointed there ("Layout fixes (#12)" keeps "fixes").
  if (out.includes('('))
    out = out.replace(PR_NUMBER, (pr, at: number, whole: string) =>
      WORD_START.test(whole.charAt(at + pr.length)) ? ' ' : '',
    );
  for (const re of tickets) out = out.replace(re, (id) => (STANDARD_ID.test(id) ? id : CUT));
  // A hash has digits and letters; plain hex words ("decade", "added") are left alone.
  if (DIGIT.test(out)) out = out.replace(HASH, (h) => (DIGIT.test(h) && /[a-f]/i.test(h) ? CUT : h));
  if (out.includes(':')) out = out.replace(EMOJI_CODE, CUT);
  // Every emoji is outside ASCII.
  if (NON_ASCII.test(out)) out = out.replace(EMOJI, CUT);
  return tidyText(out.includes(CUT) ? dropLeftovers(out).replace(/\u0000/g, ' ') : out);
}

// Whether a cut is among the text's last characters that may follow a removal (spaces, cuts, closing
// punctuation): read from the end, where a search for such a tail from each cut was quadratic.
const AFTER_CUT = /[\s\u0000.,;:!?)\]]/;
function endsWithCut(text: string): boolean {
  for (let i = text.length - 1; i >= 0 && AFTER_CUT.test(text.charAt(i)); i--) if (text.charAt(i) === CUT) return true;
  return false;
}

/** The text with the dangling words before its last characters (spaces, cuts, closing punctuation) made one cut. */
function dropDanglingWords(text: string): string {
  let tail = text.length;
  while (tail > 0 && AFTER_CUT.test(text.charAt(tail - 1))) tail--;
  let start = tail;
  // Each step takes one word and the whole run of separators before it; a word is what lies between two runs.
  while (start > 0) {
    let word = start;
    while (word > 0 && !SEPARATOR.test(text.charAt(word - 1))) word--;
    if (!DANGLING_WORD.test(text.slice(word, start))) break;
    start = word;
    while (start > 0 && SEPARATOR.test(text.charAt(start - 1))) start--;
  }
  return start === tail ? text : text.slice(0, start) + CUT + text.slice(tail);
}

/**
 * What the removals (each marked by a cut, U+0000) left behind: a bracket holding only its pointer word, the
 * words left dangling at the end, a space before `;:!?`. Each pattern is linear in the text (exported for the
 * test that compares them with the patterns they replace).
 */
export function dropLeftovers(cut: string): string {
  let out = cut.replace(BRACKETED, (found, inside: string) => (onlyPointer(inside) ? CUT : found));
  if (endsWithCut(out)) out = dropDanglingWords(out);
  // French sets a space before `:;!?` ("Corrigé : …"): only a space left by a removal is dropped before them.
  // One match per run of spaces and cuts, from where the run starts: the former pattern was cubic in its length.
  return out.replace(/(?<![\s\u0000])[\s\u0000]+(?=[;:!?])/g, (run) => (run.includes(CUT) ? '' : run));
}

/** Collapses spaces, drops empty brackets, dangling punctuation and spaces before `,` `.`, capitalizes the first letter. */
export function tidyText(text: string): string {
  let out = text.replace(/\s+/g, ' ');
  let previous = '';
  while (previous !== out) {
    previous = out;
    const brackets = BRACKET.test(out);
    // Spaces are already single (above, and no step below joins two): only an emptied bracket leaves a run.
    out = (brackets ? out.replace(EMPTY_BRACKETS, emptyBrackets).replace(/\s+/g, ' ') : out).trim();
    // A dot that starts a word (".github", ".env") is a name, not punctuation: its space and itself stay.
    out = trimTrailing(out.replace(/^(?:[\s,;:/|–—-]|\.(?![\w/]))+/, '')).replace(/\s+([,.])(?=\s|$)/g, '$1');
    if (brackets) out = out.replace(/\(\s+/g, '(').replace(/\s+\)/g, ')');
    // Without a bracket one pass is final, unless a leading dot kept for what followed it now ends the line:
    // the second pass of every text only confirmed it (test/unit/core/draftTidyFastPaths.test.ts).
    else if (!out.startsWith('.')) break;
  }
  out = out.replace(/\.$/, '');
  return out.charAt(0).toLocaleUpperCase() + out.slice(1);
}

// The separators that end a text, trimmed from the end: the search for a trailing run from each separator
// (`/[…]+$/`) was quadratic in a long run that is not trailing.
const TRAILING = /[\s,;:/|–—-]/;
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

// `res.partial()`, `list[]`: empty brackets right after an identifier are code; others are leftovers of a removal.
function emptyBrackets(found: string, at: number, whole: string): string {
  return (found === '()' || found === '[]') && /[\w$]/.test(whole.charAt(at - 1)) ? found : ' ';
}

// Near-duplicates are close in time (a retry, a re-land): comparing with the latest lines kept is enough, and
// keeps "since a tag" over thousands of commits linear instead of quadratic.
const WINDOW = 300;

/**
 * Merges near-duplicates of the same kind ("Add coupon field" twice, once per retry of the same work). The
 * kept item prefers a Client-Note, then the newest wording; files are pooled so grouping sees all of them.
 */
export function mergeNearDuplicates(
  items: readonly DraftItem[],
  threshold: number,
): { items: DraftItem[]; merged: number } {
  const kept: {
    item: DraftItem;
    grams: Bigrams;
    files: Set<string>;
    findings: DraftItem['findings'][number][];
    commits: string[];
  }[] = [];
  const exact = new Map<string, number>();
  const minRatio = threshold / (2 - threshold);
  const grams = items.map((item) => bigrams(item.text));
  const filter = prefixFilter(grams, threshold);
  let merged = 0;
  for (const [n, item] of items.entries()) {
    const mine = grams[n]!;
    const exactKey = `${item.kind}\n${mine.normal}`;
    let index = exact.get(exactKey) ?? -1;
    const stop = Math.max(0, kept.length - WINDOW);
    // The newest kept line of the window that reaches the threshold; the filter only skips lines that cannot.
    const candidates = index >= 0 ? [] : (filter?.candidates(n, stop) ?? window(kept.length, stop));
    for (const i of candidates) {
      const k = kept[i]!;
      // Dice ≥ t needs the shorter text to be at least t/(2-t) of the longer: skip the rest without counting.
      const ratio = Math.min(k.grams.total, mine.total) / Math.max(k.grams.total, mine.total, 1);
      if (k.item.kind === item.kind && ratio >= minRatio && diceAtLeast(k.grams, mine, threshold)) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      exact.set(exactKey, kept.length);
      filter?.add(n, kept.length);
      kept.push({
        item,
        grams: mine,
        files: new Set(item.files),
        findings: [...item.findings],
        commits: [...item.commits],
      });
      continue;
    }
    merged++;
    const k = kept[index]!;
    for (const f of item.files) k.files.add(f);
    k.findings.push(...item.findings);
    const breaking = k.item.breaking || item.breaking;
    // The commit whose wording is kept comes first in `commits`; the list grows in place, as a copy per merge made
    // thousands of commits alike quadratic.
    if (item.clientNote && !k.item.clientNote) {
      k.item = { ...item, breaking };
      k.commits.unshift(...item.commits);
    } else {
      if (breaking !== k.item.breaking) k.item = { ...k.item, breaking };
      for (const hash of item.commits) k.commits.push(hash);
    }
  }
  return {
    items: kept.map((k) => ({ ...k.item, files: [...k.files], findings: k.findings, commits: k.commits })),
    merged,
  };
}

/** The places from the newest kept line down to `stop`. */
function window(length: number, stop: number): number[] {
  const places: number[] = [];
  for (let i = length - 1; i >= stop; i--) places.push(i);
  return places;
}
