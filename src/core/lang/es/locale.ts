import type { DateLocale } from '../pack';

/** Spanish dates ("1 de febrero de 2027"). */
export const es: DateLocale = { tag: 'es-ES', firstOfMonth: (date) => date };
