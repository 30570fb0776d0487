import type { DateLocale } from '../pack';

/** German dates ("1. Februar 2027"). */
export const de: DateLocale = { tag: 'de-DE', firstOfMonth: (date) => date };
