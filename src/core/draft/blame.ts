/**
 * Blame phrasing, in the four draft languages: "X broke", "because of X", "X forgot", "my bad", "X's fault".
 * DESIGN.md: never blame a team member to the client; say what happened in the passive voice. Each rule is a
 * rewrite; every rewrite is also reported so that a person reads the sentence before it is sent.
 */

import { RULES as LANGUAGE_RULES } from '../lang';
import { L, R, type BlameRule } from '../lang/rules';

// Every language's rules: a commit is read whatever the language it was written in.
const RULES: readonly BlameRule[] = Object.values(LANGUAGE_RULES).flatMap((rules) => rules.blame);

const HANDLE = '@[A-Za-z0-9][\\w-]*';
// Every gate at once: most texts pass none, and one regex of their words is cheaper than 25 of them.
const ANY_GATE = new RegExp(RULES.map((rule) => rule.gate.source).join('|'), 'i');

/** Compiled blame rules for a set of names (regex sources): `rewrite` returns the text and how many fired. */
export interface BlameRewriter {
  rewrite(text: string): { text: string; count: number };
}

/** Builds the rewriter once per draft; `who` is the alternation of name patterns (handles are always in). */
export function blameRewriter(who: string | undefined): BlameRewriter {
  // Lookarounds, not \b: \b is ASCII-only and would miss names such as "Émile".
  const alternation = `${L}(?:${who ? `${who}|${HANDLE}` : HANDLE})${R}`;
  const compiled: (RegExp | undefined)[] = RULES.map(() => undefined);
  // Line by line, rule by rule, each behind its gate. A gate that fails on the whole text fails on each of its
  // lines, until a rewrite on the line brings new words: then every gate is tried again.
  const rewriteLine = (line: string, open: readonly boolean[], counter: { count: number }): string => {
    let out = line;
    let rewritten = false;
    RULES.forEach((rule, i) => {
      if (!(open[i] || rewritten) || !rule.gate.test(out)) return;
      const re = (compiled[i] ??= rule.pattern(alternation));
      out = out.replace(re, (...args: unknown[]) => {
        counter.count++;
        rewritten = true;
        return rule.replace.replace('$1', typeof args[1] === 'string' ? args[1].trim() : '');
      });
    });
    return out;
  };
  return {
    rewrite(text) {
      if (!ANY_GATE.test(text)) return { text, count: 0 };
      const open = RULES.map((rule) => rule.gate.test(text));
      if (!open.includes(true)) return { text, count: 0 };
      const counter = { count: 0 };
      const out = text
        .split('\n')
        .map((line) => rewriteLine(line, open, counter))
        .join('\n');
      return { text: out, count: counter.count };
    },
  };
}
