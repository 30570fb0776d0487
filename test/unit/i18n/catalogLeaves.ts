/** How a test picks the argument `i` of the catalog function found at path `at` (a count, or a «placeholder»). */
export type Sample = (at: string, i: number) => unknown;

/** Stands first in a leaf that is not a text (a number, a boolean…), which every catalog test refuses. */
export const NOT_TEXT = '\u0000';

/** Every leaf of a catalog as `path → text`, found by walking it: functions are called with sample arguments. */
export function catalogLeaves(value: unknown, sample: Sample, at = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(at, value);
  else if (typeof value === 'function')
    out.set(
      at,
      String((value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, (_, i) => sample(at, i)))),
    );
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      for (const [p, t] of catalogLeaves(v, sample, at ? `${at}.${k}` : k)) out.set(p, t);
  else out.set(at, `${NOT_TEXT}${typeof value}`);
  return out;
}
