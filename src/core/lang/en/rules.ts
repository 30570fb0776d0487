import { END, L, R, REST, rx, type LanguageRules } from '../rules';

/** English patterns Candor recognises in commit messages (regex sources: see ../rules.ts). */
export const en: LanguageRules = {
  blame: [
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
    {
      gate: /forgot|missed/i,
      pattern: (w) => rx(`${w} (?:forgot|missed) ${REST}${END}`),
      replace: '$1 had been missed',
    },
    { gate: /bad|oops|culpa|sorry/i, pattern: () => rx(`${L}(?:my bad|oops|mea culpa|sorry)${R}[,!.]?`), replace: '' },
  ],
  dangling: [
    'for',
    'to',
    'in',
    'of',
    'on',
    'at',
    'by',
    'with',
    'from',
    'via',
    'per',
    'as',
    'after',
    'since',
    'into',
    'see',
    'refs?',
    're',
    'the',
    'a',
    'an',
    'and',
    'or',
    'closes?',
    'fixes',
    'resolves?',
  ],
  pointers: ['refs?', 'see', 'cf\\.?', 'closes?', 'closed', 'fix(?:es|ed)?', 'resolve[sd]?', 'issue', 'ticket'],
};
