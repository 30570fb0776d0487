import type { core } from 'zod/mini';
import { ID_PATTERN } from './schema';

type SchemaIssue = core.$ZodIssue;
type Path = readonly (string | number)[];

/** A schema problem in words a non-programmer can act on, with where it points: `path`, or `key` inside it. */
export interface SchemaProblem {
  path: Path;
  key?: string;
  message: string;
}

/** Turns one zod issue into messages that name the field and say what is expected. */
export function describeSchemaIssue(issue: SchemaIssue, data: unknown): SchemaProblem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = fieldName(path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path, key, message: `Unknown key "${key}"${path.length ? ` in ${fieldName(path)}` : ''}: check its spelling and indentation.` }));
    case 'invalid_type': {
      if (valueAt(data, path) === undefined) {
        const parent = path.slice(0, -1);
        return [{ path: parent, message: `Missing ${field}${parent.length ? ` in ${fieldName(parent)}` : ''}.` }];
      }
      return [{ path, message: `${field} must be ${article(issue.expected)}.` }];
    }
    case 'invalid_value':
      return [{ path, message: issue.values.length === 1
        ? `${field} must be ${JSON.stringify(issue.values[0])}.`
        : `${field} must be one of: ${issue.values.map(String).join(', ')}.` }];
    case 'invalid_format':
      if (issue.format === 'date') return [{ path, message: `${field} must be a real date written YYYY-MM-DD, like 2026-11-20.` }];
      if (issue.format === 'regex' && 'pattern' in issue && String(issue.pattern) === String(ID_PATTERN)) {
        return [{ path, message: `${field} may use only letters, digits, "-", "_" and ".", starting with a letter or digit.` }];
      }
      return [{ path, message: `${field} is not in the expected format.` }];
    case 'too_small':
      return [{ path, message: `${field} must not be empty.` }];
    default:
      return [{ path, message: `${field} is not valid.` }];
  }
}

/** `red_flags[2].severity` style name for a path, as a user reads it in the file. */
export function fieldName(path: Path): string {
  if (path.length === 0) return 'the file';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const p of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[p];
  }
  return value;
}

const article = (type: string) => ({ array: 'a list', object: 'a map of keys', string: 'text', number: 'a number', boolean: 'true or false' }[type] ?? `a ${type}`);
