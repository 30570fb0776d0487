// project.yaml hostile inputs (DESIGN.md: any input under 1 MB is answered in under 1 s and 200 MB). Each input of
// the unit tests' corpus (test/fixtures/hostile/projectYaml.ts: deep nesting, node floods, collection keys, CR
// line ends, alias bombs, huge scalars), plus a FIFO, a symlink to /dev/zero and a folder named project.yaml, is
// read by `readProjectFile` as it ships in a fresh Node process of its own (bench/_hostile.ts), so that each
// figure is that input's. Time is judged on the process's CPU time for the call (on a shared machine other
// processes stretch the wall clock; see bench/coverage.ts), and wall time is printed beside it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { hostileProjects } from '../test/fixtures/hostile/projectYaml';
import { bundleAsShipped, runChild, worstRow } from './_hostile';
import type { BenchRow } from './types';

const WORK = path.join(__dirname, '.work', 'project-yaml');

/** One folder per input, each holding a project.yaml; the special files are made as what they are. */
function writeInputs(): { name: string; file: string; bytes: number }[] {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
  const inputs = hostileProjects().map(({ name, text }, i) => {
    const file = path.join(WORK, String(i), 'project.yaml');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, text);
    return { name, file, bytes: Buffer.byteLength(text) };
  });
  const special = (name: string, make: (file: string) => void) => {
    const file = path.join(WORK, `special-${inputs.length}`, 'project.yaml');
    fs.mkdirSync(path.dirname(file));
    make(file);
    inputs.push({ name, file, bytes: 0 });
  };
  special('a FIFO', (file) => execFileSync('mkfifo', [file]));
  special('a symlink to /dev/zero', (file) => fs.symlinkSync('/dev/zero', file));
  special('a folder', (file) => fs.mkdirSync(file));
  return inputs;
}

export async function bench(): Promise<BenchRow[]> {
  const inputs = writeInputs();
  const child = bundleAsShipped(path.join(__dirname, '_projectYamlChild.ts'), path.join(WORK, 'projectYamlChild.js'));
  const runs = inputs.map(({ name, file, bytes }) => runChild(child, [file], { family: 'project.yaml', name, bytes }));
  return [worstRow('project.yaml hostile inputs', runs)];
}
