import { parse, Scalar } from 'yaml';

/** A value Candor writes into project.yaml: text, a date, an enum word, a flag or a list of texts. */
export type FieldValue = string | boolean | readonly string[];

/**
 * A value as YAML text: plain when it reads back as the same string (in a flow map when `flow`), else double
 * quoted. A value replacing one quoted by choice (it would read back plain too) keeps the quotes, so that writing
 * the old value back restores the bytes; quotes that were only needed by the old value are dropped.
 */
export function yamlValue(value: FieldValue, flow: boolean, previous?: Scalar): string {
  if (typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return `[${value.map((v) => yamlValue(v, true)).join(', ')}]`;
  const chosen = typeof previous?.value === 'string' && readsBackPlain(previous.value, flow);
  if (chosen && previous?.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (chosen && previous?.type === Scalar.QUOTE_SINGLE && !/[\n\r]/.test(value))
    return `'${value.replace(/'/g, "''")}'`;
  return readsBackPlain(value, flow) ? value : JSON.stringify(value);
}

function readsBackPlain(value: string, flow: boolean): boolean {
  if (value === '' || value !== value.trim() || /[\n\r\t#]|^[-?:,[\]{}&*!|>'"%@`]/.test(value)) return false;
  if (flow && /[,[\]{}]/.test(value)) return false;
  try {
    return (
      (flow ? (parse(`{ k: ${value} }`) as { k?: unknown })?.k : (parse(`k: ${value}`) as { k?: unknown })?.k) === value
    );
  } catch {
    return false;
  }
}
