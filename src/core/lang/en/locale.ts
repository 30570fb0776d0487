import type { DateLocale } from '../pack';

/** English dates: British order ("1 February 2027"), as the drafts have always been written. */
export const en: DateLocale = { tag: 'en-GB', firstOfMonth: (date) => date };
