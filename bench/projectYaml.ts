// project.yaml hostile inputs (DESIGN.md: any input under 1 MB is answered in under 1 s and 200 MB). Each input of
// the unit tests' corpus (test/fixtures/hostile/projectYaml.ts: deep nesting, node floods, collection keys, CR
// line ends, alias bombs, huge scalars), plus a FIFO, a symlink to /dev/zero and a folder named project.yaml, is
// read by `readProjectFile` as it ships (bundled by esbuild) in a fresh Node process of its own, so that each
// peak RSS is that input's. Time is judged on the process's CPU time for the call (on a shared machine other
// processes stretch the wall clock; see bench/coverage.ts), and wall time is printed beside it. A child that does
// not answer in 20 s is killed and counted as a miss: that is how a FIFO used to hang `candor check`.
import { execFileSync, spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { hostileProjects } from '../test/fixtures/hostile/projectYaml';
import type { BenchRow } from './types';

const WORK = path.join(__dirname, '.work', 'project-yaml');
const BUDGET_MS = 1000;
const BUDGET_MB = 200;

interface Measure {
  name: string;
  cpuMs: number;
  wallMs: number;
  rssMb: number;
  answered: boolean;
}

/** The loader as it ships: readProjectFile and everything it imports, in one minified bundle. */
function shippedReader(): string {
  const outfile = path.join(WORK, 'projectFile.js');
  buildSync({
    entryPoints: [path.join(__dirname, '..', 'src', 'node', 'projectFile.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** One folder per input, each holding a project.yaml; the special files are made as what they are. */
function writeInputs(): { name: string; file: string }[] {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
  const inputs = hostileProjects().map(({ name, text }, i) => {
    const file = path.join(WORK, String(i), 'project.yaml');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, text);
    return { name, file };
  });
  const special = (name: string, make: (file: string) => void) => {
    const file = path.join(WORK, `special-${inputs.length}`, 'project.yaml');
    fs.mkdirSync(path.dirname(file));
    make(file);
    inputs.push({ name, file });
  };
  special('a FIFO', (file) => execFileSync('mkfifo', [file]));
  special('a symlink to /dev/zero', (file) => fs.symlinkSync('/dev/zero', file));
  special('a folder', (file) => fs.mkdirSync(file));
  return inputs;
}

const CHILD = `
const { readProjectFile } = require(process.argv[1]);
const cpu = process.cpuUsage();
const start = performance.now();
readProjectFile(process.argv[2]).then((result) => {
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ ok: result.ok, wallMs, cpuMs: (used.user + used.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024 }));
});`;

function measure(reader: string, name: string, file: string): Measure {
  const child = spawnSync(process.execPath, ['-e', CHILD, reader, file], { encoding: 'utf8', timeout: 20_000 });
  if (child.status !== 0 || child.stdout === '')
    return { name, cpuMs: Infinity, wallMs: Infinity, rssMb: Infinity, answered: false };
  const { cpuMs, wallMs, rssMb } = JSON.parse(child.stdout) as Measure;
  return { name, cpuMs, wallMs, rssMb, answered: true };
}

export async function bench(): Promise<BenchRow[]> {
  const inputs = writeInputs();
  const reader = shippedReader();
  const measures = inputs.map(({ name, file }) => measure(reader, name, file));
  const slowest = measures.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
  const largest = measures.reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
  const unanswered = measures.filter((m) => !m.answered).map((m) => m.name);
  const family = `project.yaml hostile inputs (${measures.length}, each < 1 MB)`;
  return [
    {
      name: `${family}: worst time`,
      budget: `< ${BUDGET_MS / 1000} s`,
      measured:
        unanswered.length > 0
          ? `no answer in 20 s: ${unanswered.join(', ')}`
          : `${Math.round(slowest.cpuMs)} ms CPU (${Math.round(slowest.wallMs)} ms wall), ${slowest.name}`,
      ok: unanswered.length === 0 && slowest.cpuMs < BUDGET_MS,
    },
    {
      name: `${family}: worst memory`,
      budget: `< ${BUDGET_MB} MB`,
      measured: `${Math.round(largest.rssMb)} MB peak RSS (whole process), ${largest.name}`,
      ok: unanswered.length === 0 && largest.rssMb < BUDGET_MB,
    },
  ];
}
