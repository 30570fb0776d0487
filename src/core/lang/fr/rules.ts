import { END, L, R, REST, rx, type LanguageRules } from '../rules';

/** French patterns Candor recognises in commit messages (regex sources: see ../rules.ts). */
export const fr: LanguageRules = {
  blame: [
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
  ],
  dangling: ['pour', 'de', 'du', 'des', 'le', 'la', 'les', 'un', 'une', 'et', 'ou', 'dans', 'sur', 'avec', 'voir'],
  pointers: ['voir'],
};
