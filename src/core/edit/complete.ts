import { dueLabel } from '../dates';
import { addDays } from '../draft/format';
import { DESCRIPTIONS } from '../lang/descriptions';
import { en } from '../lang/en/words';
import type { Words } from '../i18n/words';
import type { KeyDescriptions } from '../model/descriptions';
import type { LoadedProject } from '../model/load';
import type { Language } from '../model/vocabulary';
import { bare, defOf, isDateField, schemaAt, type Schema } from '../model/schemaPath';
import { placeAt, type Place } from './place';

/** One completion: what is inserted, and a short note beside it. */
export interface Suggestion {
  label: string;
  kind: 'key' | 'value' | 'id' | 'date';
  insert: string;
  detail?: string;
}

/** What completion knows besides the text: the day, the last readable project, the ids that markers in code use. */
export interface CompletionContext {
  today: string;
  project?: LoadedProject;
  /** Ids of `RED-FLAG(id)` markers found in code, with where the first one is. */
  markers?: readonly { id: string; file: string; line: number }[];
  /** The UI's words, and its language (the keys' descriptions); English when not given. */
  words?: Words;
  language?: Language;
}

/** The fields of the map at `path`, with their schemas. */
export function fieldsAt(path: readonly string[]): [string, Schema][] {
  const s = schemaAt(path);
  const shape = s && (defOf(bare(s)).shape as Record<string, Schema> | undefined);
  return shape ? Object.entries(shape) : [];
}

/** The values a field takes when they are a closed list: enum values, true/false, a literal. */
export function closedValues(schema: Schema): string[] | undefined {
  const def = defOf(bare(schema));
  if (def.type === 'enum') return Object.values(def.entries as Record<string, string>);
  if (def.type === 'boolean') return ['true', 'false'];
  if (def.type === 'literal') return (def.values as unknown[]).map(String);
  return undefined;
}

/** What fits at a 0-based position of project.yaml: keys of the map there, or values of the key being typed. */
export function completionsAt(text: string, line: number, character: number, context: CompletionContext): Suggestion[] {
  const place = placeAt(text, line, character);
  if (!place) return [];
  const suggestions = place.kind === 'key' ? keys(place) : values(place, context);
  return suggestions.filter((s) => s.label.toLowerCase().startsWith(place.prefix.toLowerCase()));
}

function keys(place: Place): Suggestion[] {
  return fieldsAt(place.path)
    .filter(([key]) => !place.siblings.includes(key))
    .map(([key, schema]) => ({
      label: key,
      kind: 'key' as const,
      insert: `${key}: `,
      detail: closedValues(schema)?.join(' | '),
    }));
}

function values(place: Place, context: CompletionContext): Suggestion[] {
  const schema = schemaAt([...place.path, place.key!]);
  if (!schema) return [];
  const words = context.words ?? en;
  const file = context.project?.file;
  const at = place.path.join('.');
  if (at === 'project' && place.key === 'phase')
    return (file?.phases ?? []).map((p) => ({ label: p.id, kind: 'id', insert: p.id, detail: p.title }));
  if (at === 'red_flags.*' && place.key === 'id') {
    const declared = new Set(file?.red_flags.map((f) => f.id));
    return (context.markers ?? [])
      .filter((m, i, all) => !declared.has(m.id) && all.findIndex((o) => o.id === m.id) === i)
      .map((m) => ({
        label: m.id,
        kind: 'id',
        insert: m.id,
        detail: words.outline.markerNotDeclared(`${m.file}:${m.line}`),
      }));
  }
  if (isDateField(schema))
    return [0, 7, 14, 28].map((days) => {
      const day = addDays(context.today, days);
      return {
        label: day,
        kind: 'date',
        insert: day,
        detail: days === 0 ? words.dates.today : dueLabel(context.today, day, words.dates),
      };
    });
  return (closedValues(schema) ?? []).map((v) => ({ label: v, kind: 'value', insert: v }));
}

/** What a hover on project.yaml says: about the key under the position, or its value (a date, a phase id). */
export function hoverAt(text: string, line: number, character: number, context: CompletionContext): string[] {
  const words = context.words ?? en;
  const lineText = text.split(/\r?\n/)[line] ?? '';
  const token = /[\w.-]+/g;
  for (let m = token.exec(lineText); m; m = token.exec(lineText)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (character < start || character > end) continue;
    const isKey = lineText[end] === ':';
    const place = placeAt(text, line, isKey ? start : end);
    if (!place) return [];
    const key = isKey ? m[0] : place.key;
    if (!key) return [];
    const schema = schemaAt([...place.path, key]);
    if (!schema) return [];
    return isKey
      ? keyHover([...place.path, key], schema, words, DESCRIPTIONS[context.language ?? 'en'])
      : valueHover(place, m[0], context, words);
  }
  return [];
}

function keyHover(path: string[], schema: Schema, words: Words, descriptions: KeyDescriptions): string[] {
  const values = closedValues(schema);
  // Keys whose values say it all (status, kind) have no description.
  const key = path.join('.') as keyof KeyDescriptions;
  const description = Object.hasOwn(descriptions, key) ? descriptions[key] : undefined;
  return [
    `\`${path.join('.').replaceAll('.*', '[]')}\``,
    ...(description ? [description] : []),
    ...(values ? [words.outline.oneOf(values.join(', '))] : []),
    ...(isDateField(schema) ? [words.outline.dateFormat] : []),
  ];
}

function valueHover(place: Place, value: string, context: CompletionContext, words: Words): string[] {
  const file = context.project?.file;
  if (place.path.join('.') === 'project' && place.key === 'phase') {
    const phase = file?.phases.find((p) => p.id === value);
    return phase ? [words.outline.currentPhase(phase.title)] : [];
  }
  const schema = schemaAt([...place.path, place.key!]);
  if (schema && isDateField(schema) && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return [value === context.today ? words.dates.today : dueLabel(context.today, value, words.dates)];
  return [];
}
