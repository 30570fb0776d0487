/**
 * The schema of a key of project.yaml by its path (keys, and `*` for the items of a list): what completion and
 * hover read (core/edit), and where the JSON Schema's descriptions are attached (./jsonSchema.ts).
 */
import type * as z from 'zod/mini';
import { projectSchema } from './schema';

export type Schema = z.core.$ZodType;
export const defOf = (s: Schema) => s._zod.def as unknown as Record<string, unknown> & { type: string };

/** Unwraps defaults and optionals to the schema that says what the value is. */
export function bare(schema: Schema): Schema {
  let s = schema;
  for (let def = defOf(s); def.type === 'default' || def.type === 'optional'; def = defOf(s))
    s = def.innerType as Schema;
  return s;
}

/** The schema at a path of keys and `*`, or undefined off the format. */
export function schemaAt(path: readonly string[]): Schema | undefined {
  let s: Schema | undefined = projectSchema;
  for (const step of path) {
    if (!s) return undefined;
    const def = defOf(bare(s));
    const shape = def.shape as Record<string, Schema> | undefined;
    // Own keys only: `constructor:` in project.yaml is not a key of the format.
    s =
      step === '*'
        ? def.type === 'array'
          ? (def.element as Schema)
          : undefined
        : shape && Object.hasOwn(shape, step)
          ? shape[step]
          : undefined;
  }
  return s;
}

/** Whether a field holds an ISO date. */
export const isDateField = (schema: Schema) => defOf(bare(schema)).format === 'date';
