// One hostile project.yaml read by `readProjectFile` in a fresh process (bench/projectYaml.ts starts one per
// input, see bench/_hostile.ts).
import { readProjectFile } from '../src/node/projectFile';
import { measureInChild } from './_measureInChild';

void measureInChild(() => readProjectFile(process.argv[2]!));
