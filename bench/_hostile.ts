// Hostile inputs, one fresh process each (DESIGN.md: any input under 1 MB is answered in under 1 s and 200 MB).
// The code under test runs as it ships (bundled and minified by esbuild) in a child built from an entry that
// calls `measureInChild` (bench/_measureInChild.ts), so that each figure is that input's alone. Used by
// bench/coverage.ts and bench/projectYaml.ts.
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import type { BenchRow } from './types';
import type { ChildMeasure } from './_measureInChild';

/** One hostile input's figures, or `answered: false` when its child did not answer in time. */
export interface HostileRun extends ChildMeasure {
  family: string;
  name: string;
  bytes: number;
  answered: boolean;
}

const BUDGET_MS = 1000;
const BUDGET_MB = 200;
// A child that does not answer in this time is killed and counted as a miss: that is how a FIFO named
// project.yaml used to hang `candor check`.
const CHILD_TIMEOUT_MS = 20_000;

/** Bundles an entry (a bench/_*Child.ts, or code under test) the way scripts/build.mjs does, into `outfile`. */
export function bundleAsShipped(entry: string, outfile: string): string {
  buildSync({
    entryPoints: [entry],
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

/** Runs one input in its own process: `child` with `args`. */
export function runChild(
  child: string,
  args: readonly string[],
  input: { family: string; name: string; bytes: number },
): HostileRun {
  const out = spawnSync(process.execPath, ['--expose-gc', child, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: CHILD_TIMEOUT_MS,
  });
  const timedOut = (out.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || out.signal !== null;
  if (timedOut)
    return { ...input, answered: false, cpuMs: Infinity, wallMs: Infinity, peakMB: Infinity, heapMB: Infinity };
  // A child that failed is the bench's own bug, not a slow input: said at once, with why.
  if (out.status !== 0 || out.stdout === '')
    throw new Error(`hostile input "${input.name}" failed: ${out.stderr.split('\n')[0] ?? out.error?.message}`);
  return { ...input, answered: true, ...(JSON.parse(out.stdout) as ChildMeasure) };
}

/** The worst time and the worst memory of a set of runs, against the budget. */
export function worstRow(name: string, runs: readonly HostileRun[]): BenchRow {
  const unanswered = runs.filter((r) => !r.answered).map((r) => r.name);
  const slowest = runs.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
  const largest = runs.reduce((a, b) => (b.peakMB > a.peakMB ? b : a));
  return {
    name: `${name} (${runs.length} inputs < 1 MB)`,
    budget: `< ${BUDGET_MS / 1000} s and < ${BUDGET_MB} MB each`,
    measured:
      unanswered.length > 0
        ? `no answer in ${CHILD_TIMEOUT_MS / 1000} s: ${unanswered.join(', ')}`
        : `worst ${slowest.cpuMs.toFixed(0)} ms CPU / ${slowest.wallMs.toFixed(0)} ms wall ("${slowest.name}"), worst peak +${largest.peakMB.toFixed(0)} MB RSS, heap +${largest.heapMB.toFixed(0)} MB ("${largest.name}")`,
    ok: unanswered.length === 0 && runs.every((r) => r.bytes < 1048576 && r.cpuMs < BUDGET_MS && r.peakMB < BUDGET_MB),
  };
}
