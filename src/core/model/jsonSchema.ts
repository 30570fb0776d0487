import * as z from 'zod/mini';
import { en, isoDateNote } from '../lang/en/descriptions';
import { projectSchema } from './schema';
import { defOf, isDateField, schemaAt, type Schema } from './schemaPath';

/** The JSON Schema of project.yaml, for editor completion and validation (`contributes.yamlValidation`). */
export function projectJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(projectSchema, { io: 'input', target: 'draft-7', metadata: englishDescriptions() });
  return { ...schema, title: 'Candor project.yaml' };
}

/** Each key's English description (the pack's), on the key's own schema inside its optional, if it has one. */
function englishDescriptions(): z.core.$ZodRegistry<{ description: string }> {
  const registry = z.registry<{ description: string }>();
  for (const [path, description] of Object.entries(en)) {
    let schema: Schema | undefined = schemaAt(path.split('.'));
    if (!schema) throw new Error(`the English descriptions name ${path}, which is not a key of project.yaml`);
    while (defOf(schema).type === 'optional') schema = defOf(schema).innerType as Schema;
    registry.add(schema, { description: isDateField(schema) ? isoDateNote(description) : description });
  }
  return registry;
}
