// One hostile coverage input, parsed and mapped to its workspace in a fresh process (bench/coverage.ts starts one
// per input, see bench/_hostile.ts).
import fs from 'node:fs';
import { parseCoverage } from '../src/core/coverage/detect';
import { createPathIndex, resolveReport, type PathMapOptions } from '../src/core/coverage/pathMap';
import type { CoverageFormat } from '../src/core/coverage/types';
import { measureInChild } from './_measureInChild';

interface Meta {
  format: CoverageFormat;
  workspace: string[];
  options?: PathMapOptions;
}

const [file] = process.argv.slice(2);
const meta = JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) as Meta;
const text = fs.readFileSync(file!, 'utf8');
void measureInChild(() => {
  const result = parseCoverage(text, undefined, meta.format);
  if (result.ok) resolveReport(result.value, createPathIndex(meta.workspace), meta.options);
});
