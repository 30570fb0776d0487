// Reading the commits of a status update: readCommits for the last 100 commits of a generated 5,000-commit,
// 30,000-file repository, beside the bare `git log` command line for the same range (same format, same file
// names). DESIGN.md's budget, under 150 ms for a 100-commit draft, includes the drafting that bench/draft.ts
// measures; this row is the read part.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadProject } from '../src/core/model/load';
import { LOG_FORMAT, readCommits } from '../src/node/git/log';
import { draftFromRepo } from '../src/node/statusDraft';
import { BENCH_REPO, makeBenchRepo } from './_repo';
import type { BenchRow } from './types';

const RUNS = 15;

/** Times readCommits and the bare git log on the last 100 commits; medians of 15 runs after 30 warm-ups. */
export async function bench(): Promise<BenchRow[]> {
  const started = performance.now();
  const repo = await makeBenchRepo();
  const setup = performance.now() - started;
  const range = { kind: 'tag', value: BENCH_REPO.lastTag } as const;
  const read = async (): Promise<void> => {
    const result = await readCommits(repo, range);
    if (!result.ok || result.value.commits.length !== BENCH_REPO.lastCount)
      throw new Error(`readCommits: ${JSON.stringify(result).slice(0, 300)}`);
  };
  const bare = (): Promise<void> =>
    gitLog(repo, ['log', '-z', '--name-only', LOG_FORMAT, `${BENCH_REPO.lastTag}..HEAD`]);
  const ours = await measure(read);
  const theirs = await measure(bare);
  const project = benchProject();
  const draft = async (): Promise<void> => {
    const result = await draftFromRepo(repo, project, range, { today: new Date('2026-11-27T12:00:00Z') });
    if (!result.ok || result.commits !== BENCH_REPO.lastCount)
      throw new Error(`draftFromRepo: ${JSON.stringify(result).slice(0, 300)}`);
  };
  const whole = await measure(draft);
  const load = `load ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`;
  return [
    {
      name: `read ${BENCH_REPO.lastCount} commits (of ${BENCH_REPO.commits}, ${BENCH_REPO.files.toLocaleString('en')} files)`,
      budget: '< 150 ms with drafting',
      measured:
        `${ours.wall.toFixed(1)} ms vs bare git log ${theirs.wall.toFixed(1)} ms (${(ours.wall / theirs.wall).toFixed(2)}x); ` +
        `CPU ${ours.cpu.toFixed(0)} vs ${theirs.cpu.toFixed(0)} ms; ${load}; repo ${(setup / 1000).toFixed(1)} s`,
      ok: ours.wall < 150,
    },
    {
      name: `status draft end to end: read and draft ${BENCH_REPO.lastCount} commits with file names`,
      budget: '< 150 ms',
      measured: `${whole.wall.toFixed(1)} ms vs bare git log ${theirs.wall.toFixed(1)} ms (${(whole.wall / theirs.wall).toFixed(2)}x); CPU ${whole.cpu.toFixed(0)} ms; ${load}`,
      ok: whole.wall < 150,
    },
  ];
}

/** A project whose milestones and flags point at the generated repo's areas, so grouping has work to do. */
export function benchProject() {
  const text = [
    'version: 1',
    'project: { name: Bench Portal, client: Bench Corp, language: en, phase: delivery }',
    'team: [{ name: Paul Martin, aliases: [paul@agency.dev] }, { name: Kim Lee }]',
    'communication: { cadence: weekly, day: thursday }',
    'phases: [{ id: delivery, title: Delivery }]',
    'milestones:',
    '  - { id: checkout, title: New checkout, due: 2026-12-15, paths: [src/checkout/**, src/payments/**] }',
    '  - { id: invoices, title: Invoice export, due: 2027-01-15, paths: [src/invoices/**] }',
    'client_tasks: [{ id: keys, title: Provide API keys, due: 2026-11-20 }]',
    'decisions: [{ id: sso, question: SSO provider }]',
    'red_flags: [{ id: retries, title: Payment retries, severity: high, paths: [src/payments/**], client_visible: true, mitigation: Chaos tests }]',
  ].join('\n');
  const loaded = loadProject(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value.file;
}

/** Median wall time, and mean CPU time (this process and its git children) per run, after WARM_UPS runs: the
 * CPU figure does not grow with the machine's load, the wall time does. */
export async function measure(run: () => Promise<void>): Promise<{ wall: number; cpu: number }> {
  for (let i = 0; i < WARM_UPS; i++) await run();
  const times: number[] = [];
  const cpuBefore = cpuMs();
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  const cpu = (cpuMs() - cpuBefore) / RUNS;
  times.sort((a, b) => a - b);
  return { wall: times[Math.floor(times.length / 2)]!, cpu };
}

// V8's optimizing compiler works on background threads, counted in the process's CPU, for the first 20 to 40
// runs of a draft (traced with --trace-opt): three warm-ups measured the compiler as much as the draft.
const WARM_UPS = 30;

/** CPU milliseconds of this process and of its waited-for children (Linux /proc; elsewhere this process only). */
export function cpuMs(): number {
  const self = process.cpuUsage();
  let children = 0;
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th (in clock ticks, 100 per second).
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    children = (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    // Not Linux: the figure leaves the git processes out.
  }
  return (self.user + self.system) / 1000 + children;
}

export function gitLog(cwd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error) => (error ? reject(error) : resolve()));
  });
}
