/**
 * Why each line is there: every commit of the range traced through the pipeline (hidden and why, a line of the
 * draft, merged into one, left out by the cap) with the words removed from it. Pure data, then a plain-text
 * rendering in the tech lead's language for `candor status --explain` and the Explain Draft view.
 */
import type { Commit } from '../git/commit';
import { oneLine } from '../safeText';
import type { CappedSection } from './group';
import type { Language } from '../model/schema';
import { reviewPhrasesFor } from './reviewPhrases';
import { removeSecrets } from './secrets';
import type { DraftItem, DraftPlace, ExplainEntry, ExplainOutcome, HiddenReason } from './types';

/** A word removed from a commit's text, and the rule that removed it. */
export interface Removal {
  text: string;
  source: string;
}

/** What the drafting steps recorded per commit hash: words removed, and lines left empty by cleaning. */
export interface Trace {
  removed: Map<string, Removal[]>;
  empty: Set<string>;
}

/** A section of changes as drafted: its heading, every item of its kind, and what the cap kept. */
export interface TracedSection {
  heading: string;
  items: readonly DraftItem[];
  capped: CappedSection;
}

/** One entry per commit, in git log order: where it went in the draft or why it did not. */
export function explainCommits(
  commits: readonly Commit[],
  hidden: ReadonlyMap<Commit, HiddenReason>,
  trace: Trace,
  sections: readonly TracedSection[],
  lineOf: (place: DraftPlace) => number | undefined,
): ExplainEntry[] {
  const outcomes = new Map<string, ExplainOutcome>();
  for (const { heading, items, capped } of sections) {
    const shown = new Set<DraftItem>();
    let n = 0;
    for (const item of capped.groups.flatMap((g) => g.items)) {
      shown.add(item);
      const place = { heading, item: ++n };
      const line = lineOf(place);
      item.commits.forEach((hash, i) =>
        outcomes.set(
          hash,
          i === 0
            ? { kind: 'item', place, line }
            : { kind: 'merged', into: item.commits[0]!, place, line, section: heading },
        ),
      );
    }
    for (const item of items.filter((i) => !shown.has(i))) {
      item.commits.forEach((hash, i) =>
        outcomes.set(
          hash,
          i === 0 ? { kind: 'capped', section: heading } : { kind: 'merged', into: item.commits[0]!, section: heading },
        ),
      );
    }
  }
  return commits.map((commit) => {
    const reason = hidden.get(commit) ?? (trace.empty.has(commit.hash) ? 'empty' : undefined);
    const outcome: ExplainOutcome = reason
      ? { kind: 'hidden', reason }
      : (outcomes.get(commit.hash) ?? { kind: 'hidden', reason: 'empty' });
    const removed = (trace.removed.get(commit.hash) ?? []).map((r) => ({ ...r, text: withoutSecrets(r.text) }));
    return { hash: commit.hash, subject: withoutSecrets(commit.subject), outcome, removed };
  });
}

// The explanation is internal, but it is printed to terminals and CI logs: a secret is never repeated there.
function withoutSecrets(text: string): string {
  const cleaned = removeSecrets(text);
  return cleaned.hits.length === 0 ? text : cleaned.text.replace(/ {2,}/g, ' ').trim() || '•••';
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}#]+|[^\p{L}\p{N}]+$/gu;
// Most words start and end with an ASCII letter or digit: nothing to strip, and no Unicode regex to run.
const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
const asciiWordEdges = (w: string) =>
  w.length > 0 && (isAsciiAlnum(w.charCodeAt(0)) || w.charCodeAt(0) === 35) && isAsciiAlnum(w.charCodeAt(w.length - 1));

/**
 * The words of `before` missing from `after` (compared without case or edge punctuation): what a cleaning step
 * removed, for the explanation.
 */
export function removedWords(before: string, after: string, source: string): Removal[] {
  // Most cleaning steps change nothing, or only the case and a final dot (tidyText): then no word was removed.
  if (before === after) return [];
  const lowerAfter = after.toLowerCase();
  const lowerBefore = before.toLowerCase();
  if (lowerBefore === lowerAfter || lowerBefore === `${lowerAfter}.`) return [];
  const key = (word: string) => {
    const lower = word.toLowerCase();
    return asciiWordEdges(lower) ? lower : lower.replace(EDGE_PUNCTUATION, '');
  };
  // Words cut at the end ("… (#1234)"): `after` is the start of `before` but the case, so its words match those
  // of that start one for one, and every word after it was removed. Same lengths: the case kept every position.
  const cutAtEnd =
    lowerBefore.length === before.length &&
    lowerAfter.length === after.length &&
    lowerBefore.startsWith(lowerAfter) &&
    /\s/.test(before.charAt(after.length));
  if (cutAtEnd)
    return before
      .slice(after.length)
      .split(/\s+/)
      .filter((word) => key(word) !== '')
      .map((text) => ({ text, source }));
  const left = new Map<string, number>();
  for (const word of after.split(/\s+/)) {
    const k = key(word);
    left.set(k, (left.get(k) ?? 0) + 1);
  }
  const out: Removal[] = [];
  for (const word of before.split(/\s+/)) {
    const k = key(word);
    if (k === '') continue;
    if ((left.get(k) ?? 0) > 0) left.set(k, left.get(k)! - 1);
    else out.push({ text: word, source });
  }
  return out;
}

/** The explanation as plain text in `language`, one block per commit: short hash and subject, then what became of it. */
export function renderExplain(entries: readonly ExplainEntry[], language: Language): string {
  const rp = reviewPhrasesFor(language);
  const e = rp.explain;
  const short = (hash: string) => hash.slice(0, 7);
  const outcome = (o: ExplainOutcome): string => {
    switch (o.kind) {
      case 'item':
        return e.item(rp.where(o.place.heading, o.place.item));
      case 'merged':
        return e.merged(short(o.into), o.place ? rp.where(o.place.heading, o.place.item) : e.capped(o.section));
      case 'capped':
        return e.capped(o.section);
      case 'hidden':
        return e.hidden(e.reasons[o.reason]);
    }
  };
  const lines = [e.title(entries.length), ''];
  for (const entry of entries) {
    lines.push(`${short(entry.hash)} ${oneLine(entry.subject)}`, `  ${outcome(entry.outcome)}`);
    const removed = entry.removed.map((r) => `"${oneLine(r.text)}" (${e.sources[r.source] ?? oneLine(r.source)})`);
    if (removed.length > 0) lines.push(`  ${e.removed(removed.join(', '))}`);
  }
  return `${lines.join('\n')}\n`;
}
