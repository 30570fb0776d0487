import { END, L, R, REST, rx, type LanguageRules } from '../rules';

/** German patterns Candor recognises in commit messages (regex sources: see ../rules.ts). */
export const de: LanguageRules = {
  blame: [
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
  ],
  dangling: [
    'für',
    'zu',
    'von',
    'mit',
    'laut',
    'gemäß',
    'nach',
    'im',
    'am',
    'bei',
    'der',
    'die',
    'das',
    'den',
    'dem',
    'ein',
    'eine',
    'und',
    'oder',
    'siehe',
  ],
  pointers: ['siehe'],
};
