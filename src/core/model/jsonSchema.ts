import * as z from 'zod/mini';
import { projectSchema } from './schema';

/** The JSON Schema of project.yaml, for editor completion and validation (`contributes.yamlValidation`). */
export function projectJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(projectSchema, { io: 'input', target: 'draft-7' });
  return { ...schema, title: 'Candor project.yaml' };
}
