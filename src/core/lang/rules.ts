/**
 * The rules family of a language pack: what Candor recognises in commit messages written in that language.
 * These are regex sources, so the compiler checks their place, not their content: the draft's tests
 * (draftRedact, draftTidy) read real sentences in each language through them.
 */

/** A rewrite of wording that blames a person (DESIGN.md: never blame a team member to the client). */
export interface BlameRule {
  /** A cheap test on the line: the rule's regex (large, Unicode, slow to compile) only runs when it passes. */
  gate: RegExp;
  /** The rule's regex for an alternation of names (`who`). */
  pattern: (who: string) => RegExp;
  /** What the match becomes; `$1` is the rest of the clause. */
  replace: string;
}

/** What a language's commit messages are read with. */
export interface LanguageRules {
  /** Blaming phrasings rewritten in the passive voice ("Paul broke the export" → "the export was broken"). */
  blame: readonly BlameRule[];
  /** Words that cannot end a line once what they introduced was removed ("Rewrite tests for #17857"): regex sources. */
  dangling: readonly string[];
  /** Pointer words left alone in brackets once the ids are gone ("(refs #88)", "[voir PROJ-9]"): regex sources. */
  pointers: readonly string[];
}

/** The end of a clause. */
export const END = '(?=[,.;:!?)]|$)';
/** The rest of a clause, captured as `$1`. */
export const REST = '([^,.;:!?()]+?)';
/** A word's left edge (Unicode: `\b` is ASCII-only and would miss "Émile"). */
export const L = '(?<![\\p{L}\\p{N}_])';
/** A word's right edge. */
export const R = '(?![\\p{L}\\p{N}_])';
/** A rule's regex: global, case-insensitive, Unicode. */
export const rx = (source: string) => new RegExp(source, 'giu');
