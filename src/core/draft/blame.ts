/**
 * Blame phrasing, in the four draft languages: "X broke", "because of X", "X forgot", "my bad", "X's fault".
 * DESIGN.md: never blame a team member to the client; say what happened in the passive voice. Each rule is a
 * rewrite; every rewrite is also reported so that a person reads the sentence before it is sent.
 */

interface BlameRule {
  pattern: (who: string) => RegExp;
  replace: string;
}

// Cheap gate: the rules (large Unicode regexes, slow to compile) only run on a text that has one of these.
const KEYWORDS =
  /broke|broken|messed|screwed|botched|forgot|neglected|missed|fault|mistake|bad|because|due to|caused|introduced|blame|oops|culpa|sorry|faute|cause|cassé|planté|oublié|oups|désolé|debido|rompió|roto|olvidó|perdón|mío|wegen|aufgrund|verursacht|durch|schuld|kaputt|zerschossen|vergessen|fehler/i;

const END = '(?=[,.;:!?)]|$)';
const REST = '([^,.;:!?()]+?)';

const RULES: readonly BlameRule[] = [
  // English
  { pattern: (w) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:it was |this is |that's |that was )?${w}(?:'s|’s) (?:fault|mistake|bad)(?![\\p{L}\\p{N}_])`, 'giu'), replace: '' },
  { pattern: (w) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:because of|due to|caused by|introduced by|broken by|blame) ${w}`, 'giu'), replace: '' },
  { pattern: (w) => new RegExp(`${w} (?:broke|has broken|messed up|screwed up|botched) ${REST}${END}`, 'giu'), replace: '$1 was broken' },
  { pattern: (w) => new RegExp(`${w} (?:broke|messed up|screwed up)(?![\\p{L}\\p{N}_])`, 'giu'), replace: 'was broken' },
  { pattern: (w) => new RegExp(`${w} (?:forgot to|forgot|neglected to|missed) ${REST}${END}`, 'giu'), replace: '$1 had been missed' },
  { pattern: (w) => new RegExp(`${w} (?:forgot|missed)(?![\\p{L}\\p{N}_])`, 'giu'), replace: 'had been missed' },
  { pattern: () => /\b(?:my bad|oops|mea culpa|sorry)\b[,!.]?/giu, replace: '' },
  // French
  { pattern: (w) => new RegExp(`(?:c'est |c’est )?(?:la )?faute (?:de |à |d')${w}`, 'giu'), replace: '' },
  { pattern: (w) => new RegExp(`(?<![\\p{L}\\p{N}_])à cause (?:de |d'|d’)${w}`, 'giu'), replace: '' },
  { pattern: (w) => new RegExp(`${w} a (?:cassé|planté) ${REST}${END}`, 'giu'), replace: '$1 était cassé' },
  { pattern: (w) => new RegExp(`${w} a oublié (?:de |d'|d’)?${REST}${END}`, 'giu'), replace: '$1 avait été oublié' },
  { pattern: () => /(?:\bma faute\b|\boups\b|\bdésolée?\b)[,!.]?/giu, replace: '' },
  // Spanish
  { pattern: (w) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:por culpa de|a causa de|debido a|es culpa de|culpa de) ${w}`, 'giu'), replace: '' },
  { pattern: (w) => new RegExp(`${w} (?:rompió|ha roto) ${REST}${END}`, 'giu'), replace: 'se rompió $1' },
  { pattern: (w) => new RegExp(`${w} (?:se )?olvidó (?:de )?${REST}${END}`, 'giu'), replace: 'se olvidó $1' },
  { pattern: () => /\b(?:mi culpa|culpa mía|error mío|perdón)\b[,!.]?/giu, replace: '' },
  // German
  { pattern: (w) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:wegen|aufgrund von|verursacht durch|durch) ${w}`, 'giu'), replace: '' },
  { pattern: (w) => new RegExp(`${w} (?:ist schuld|war schuld|hat schuld)\\b|\\bSchuld (?:von|hat) ${w}`, 'giu'), replace: '' },
  { pattern: (w) => new RegExp(`${w} hat ${REST} (?:kaputt gemacht|kaputtgemacht|zerschossen|kaputt)${END}`, 'giu'), replace: '$1 war defekt' },
  { pattern: (w) => new RegExp(`${w} hat ${REST} vergessen${END}`, 'giu'), replace: '$1 wurde vergessen' },
  { pattern: () => /\bmein Fehler\b[,!.]?/giu, replace: '' },
];

const HANDLE = '@[A-Za-z0-9][\\w-]*';

/** Compiled blame rules for a set of names (regex sources): `rewrite` returns the text and how many fired. */
export interface BlameRewriter {
  rewrite(text: string): { text: string; count: number };
}

/** Builds the rewriter once per draft; `who` is the alternation of name patterns (handles are always in). */
export function blameRewriter(who: string | undefined): BlameRewriter {
  // Lookarounds, not \b: \b is ASCII-only and would miss names such as "Émile".
  const alternation = `(?<![\\p{L}\\p{N}_])(?:${who ? `${who}|${HANDLE}` : HANDLE})(?![\\p{L}\\p{N}_])`;
  let compiled: { re: RegExp; replace: string }[] | undefined;
  return {
    rewrite(text) {
      if (!KEYWORDS.test(text)) return { text, count: 0 };
      compiled ??= RULES.map((r) => ({ re: r.pattern(alternation), replace: r.replace }));
      let out = text;
      let count = 0;
      for (const { re, replace } of compiled) {
        out = out.replace(re, (...args: unknown[]) => {
          count++;
          const group = typeof args[1] === 'string' ? args[1] : '';
          return replace.replace('$1', group.trim());
        });
      }
      return { text: out, count };
    },
  };
}
