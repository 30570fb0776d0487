import type { core } from 'zod/mini';
import { en } from '../i18n/lang/en';
import type { ProblemWords, ValueType } from '../i18n/words';
import { ID_PATTERN } from './vocabulary';

type SchemaIssue = core.$ZodIssue;
type Path = readonly (string | number)[];

/** A schema problem in words a non-programmer can act on, with where it points: `path`, or `key` inside it. */
export interface SchemaProblem {
  path: Path;
  key?: string;
  message: string;
}

/** Turns one zod issue into messages, in `words`' language, that name the field and say what is expected. */
export function describeSchemaIssue(
  issue: SchemaIssue,
  data: unknown,
  words: ProblemWords = en.problems,
): SchemaProblem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = fieldName(path, words);
  const where = (p: Path) => (p.length ? fieldName(p, words) : undefined);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path, key, message: words.unknownKey(key, where(path)) }));
    case 'invalid_type': {
      if (valueAt(data, path) === undefined) {
        const parent = path.slice(0, -1);
        return [{ path: parent, message: words.missing(field, where(parent)) }];
      }
      return [{ path, message: words.mustBe(field, typeName(issue.expected, words)) }];
    }
    case 'invalid_value':
      return [
        {
          path,
          message:
            issue.values.length === 1
              ? words.mustEqual(field, JSON.stringify(issue.values[0]))
              : words.oneOf(field, issue.values.map(String).join(', ')),
        },
      ];
    case 'invalid_format':
      if (issue.format === 'date') return [{ path, message: words.date(field) }];
      if (issue.format === 'regex' && 'pattern' in issue && String(issue.pattern) === String(ID_PATTERN)) {
        return [{ path, message: words.idChars(field) }];
      }
      return [{ path, message: words.format(field) }];
    case 'too_small':
      return [{ path, message: words.notEmpty(field) }];
    default:
      return [{ path, message: words.invalid(field) }];
  }
}

/** `red_flags[2].severity` style name for a path, as a user reads it in the file. */
export function fieldName(path: Path, words: ProblemWords = en.problems): string {
  if (path.length === 0) return words.theFile;
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

const typeName = (type: string, words: ProblemWords) =>
  Object.hasOwn(words.valueType, type) ? words.valueType[type as ValueType] : words.otherType(type);
