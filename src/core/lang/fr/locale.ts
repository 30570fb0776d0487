import type { DateLocale } from '../pack';

/** French dates; the first of the month is an ordinal: "le 1er février", never "le 1 février". */
export const fr: DateLocale = { tag: 'fr-FR', firstOfMonth: (date) => date.replace(/^1(?=\s)/, '1er') };
