// Writes schemas/project.schema.json from the zod schema; `--check` fails when the committed file has drifted.
import fs from 'node:fs';
import { projectJsonSchema } from '../src/core/model/jsonSchema';

const target = 'schemas/project.schema.json';
const text = `${JSON.stringify(projectJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error(`${target} is out of date with src/core/model/schema.ts: run "npm run schema" and commit it.`);
    process.exit(1);
  }
  console.log(`${target} is up to date.`);
} else {
  fs.writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
