import { END, L, R, REST, rx, type LanguageRules } from '../rules';

/** Spanish patterns Candor recognises in commit messages (regex sources: see ../rules.ts). */
export const es: LanguageRules = {
  blame: [
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
  ],
  dangling: ['para', 'por', 'según', 'sobre', 'del', 'el', 'los', 'las', 'en', 'con', 'y', 'o', 'ver'],
  pointers: ['ver'],
};
