/**
 * Blame phrasing, in the four draft languages: "X broke", "because of X", "X forgot", "my bad", "X's fault".
 * DESIGN.md: never blame a team member to the client; say what happened in the passive voice. Each rule is a
 * rewrite; every rewrite is also reported so that a person reads the sentence before it is sent.
 */

interface BlameRule {
  /** A cheap test on the line: the rule's regex (large, Unicode, slow to compile) only runs when it passes. */
  gate: RegExp;
  pattern: (who: string) => RegExp;
  replace: string;
}

const END = '(?=[,.;:!?)]|$)';
const REST = '([^,.;:!?()]+?)';
const L = '(?<![\\p{L}\\p{N}_])';
const R = '(?![\\p{L}\\p{N}_])';
const rx = (source: string) => new RegExp(source, 'giu');

const RULES: readonly BlameRule[] = [
  // English
  {
    gate: /fault|mistake|bad/i,
    pattern: (w) => rx(`${L}(?:it was |this is |that's |that was )?${w}(?:'s|’s) (?:fault|mistake|bad)${R}`),
    replace: '',
  },
  {
    gate: /because|due to|caused|introduced|broken by|blame/i,
    pattern: (w) => rx(`${L}(?:because of|due to|caused by|introduced by|broken by|blame) ${w}`),
    replace: '',
  },
  // No object after the verb ("the crash that Paul broke"): the relative clause turns passive.
  {
    gate: /broke|messed|screwed/i,
    pattern: (w) => rx(`(?:${L}(?:that|which) )?${w} (?:broke|messed up|screwed up)${END}`),
    replace: 'that was broken',
  },
  {
    gate: /forgot|missed/i,
    pattern: (w) => rx(`(?:${L}(?:that|which) )?${w} (?:forgot|missed)${END}`),
    replace: 'that had been missed',
  },
  // A preposition after the verb is no object: "the crash Paul broke on Safari" → "… that was broken on Safari".
  {
    gate: /broke|messed|screwed/i,
    pattern: (w) =>
      rx(
        `(?:${L}(?:that|which) )?${w} (?:broke|messed up|screwed up)(?= (?:on|in|at|for|with|during|when|after|since|while|yesterday|last|again)${R})`,
      ),
    replace: 'that was broken',
  },
  {
    gate: /broke|messed|screwed|botched/i,
    pattern: (w) => rx(`${w} (?:broke|has broken|messed up|screwed up|botched) ${REST}${END}`),
    replace: '$1 was broken',
  },
  {
    gate: /forgot|neglected/i,
    pattern: (w) => rx(`${w} (?:forgot to|neglected to) ${REST}${END}`),
    replace: '$1 (a missed step)',
  },
  { gate: /forgot|missed/i, pattern: (w) => rx(`${w} (?:forgot|missed) ${REST}${END}`), replace: '$1 had been missed' },
  { gate: /bad|oops|culpa|sorry/i, pattern: () => rx(`${L}(?:my bad|oops|mea culpa|sorry)${R}[,!.]?`), replace: '' },
  // French
  { gate: /faute/i, pattern: (w) => rx(`(?:c'est |c’est )?(?:la )?faute (?:de |à |d')${w}`), replace: '' },
  { gate: /cause/i, pattern: (w) => rx(`${L}à cause (?:de |d'|d’)${w}`), replace: '' },
  // Phrasings that need no agreement with the object's gender: "un problème touchait la recherche".
  {
    gate: /cassé|planté/i,
    pattern: (w) => rx(`${w} a (?:cassé|planté) ${REST}${END}`),
    replace: 'un problème touchait $1',
  },
  { gate: /oublié/i, pattern: (w) => rx(`${w} a oublié (?:de |d'|d’)${REST}${END}`), replace: '$1 (étape oubliée)' },
  { gate: /oublié/i, pattern: (w) => rx(`${w} a oublié ${REST}${END}`), replace: 'oubli corrigé : $1' },
  { gate: /faute|oups|désolé/i, pattern: () => rx(`${L}(?:ma faute|oups|désolée?)${R}[,!.]?`), replace: '' },
  // Spanish
  {
    gate: /culpa|causa|debido/i,
    pattern: (w) => rx(`${L}(?:por culpa de|a causa de|debido a|es culpa de|culpa de) ${w}`),
    replace: '',
  },
  { gate: /rompió|roto/i, pattern: (w) => rx(`${w} (?:rompió|ha roto) ${REST}${END}`), replace: 'se rompió $1' },
  { gate: /olvidó/i, pattern: (w) => rx(`${w} (?:se )?olvidó (?:de )?${REST}${END}`), replace: 'se olvidó $1' },
  {
    gate: /culpa|mío|perdón/i,
    pattern: () => rx(`${L}(?:mi culpa|culpa mía|error mío|perdón)${R}[,!.]?`),
    replace: '',
  },
  // German
  {
    gate: /wegen|aufgrund|durch/i,
    pattern: (w) => rx(`${L}(?:wegen|aufgrund von|verursacht durch|durch) ${w}`),
    replace: '',
  },
  {
    gate: /schuld/i,
    pattern: (w) => rx(`${w} (?:ist schuld|war schuld|hat schuld)${R}|${L}Schuld (?:von|hat) ${w}`),
    replace: '',
  },
  // "betraf" takes the accusative the object already has: "ein Fehler betraf den Export".
  {
    gate: /kaputt|zerschossen/i,
    pattern: (w) => rx(`${w} hat ${REST} (?:kaputt gemacht|kaputtgemacht|zerschossen|kaputt)${END}`),
    replace: 'ein Fehler betraf $1',
  },
  {
    gate: /vergessen/i,
    pattern: (w) => rx(`${w} hat vergessen,? ${REST}${END}`),
    replace: '$1 (ein vergessener Schritt)',
  },
  { gate: /vergessen/i, pattern: (w) => rx(`${w} hat ${REST} vergessen${END}`), replace: 'ein Versäumnis betraf $1' },
  { gate: /fehler/i, pattern: () => rx(`${L}mein Fehler${R}[,!.]?`), replace: '' },
];

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
