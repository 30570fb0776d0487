// Issue budgets on ranges of real size: a status draft of ~1,000 commits within 2x the bare `git log` of the same
// commits (read, parse, mailmap, drafting: draftFromRepo end to end, in this process), on the generated repository
// and on every local clone named in CANDOR_BENCH_REPOS (colon-separated paths; nothing is fetched or committed),
// judged on CPU time;
// and `candor --help` within 60 ms of `node -e 0` (each started 15 times, medians).
// Measured: CANDOR_BENCH_REPOS=/path/to/clone npm run bench -- draftRange
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LOG_OPTIONS, readCommits } from '../src/node/git/log';
import { draftFromRepo } from '../src/node/statusDraft';
import { makeBenchRepo } from './_repo';
import { benchProject, cpuMs, gitLog, measure } from './git';
import type { BenchRow } from './types';

const TARGET = 1000;

/** Both budgets, with the ratio printed. */
export async function bench(): Promise<BenchRow[]> {
  const repos = [await makeBenchRepo(), ...(process.env.CANDOR_BENCH_REPOS ?? '').split(':').filter(Boolean)];
  const rows: BenchRow[] = [];
  for (const repo of repos) rows.push(await draftRow(repo));
  rows.push(startRow());
  return rows;
}

async function draftRow(repo: string): Promise<BenchRow> {
  const { boundary, date, count } = boundaryFor(repo);
  const range = { kind: 'date', value: date } as const;
  const project = benchProject();
  const today = new Date();
  let commits = 0;
  const first = performance.now();
  const draft = async (): Promise<void> => {
    const result = await draftFromRepo(repo, project, range, { today });
    if (!result.ok) throw new Error(`draftFromRepo: ${result.message}`);
    commits = result.commits;
  };
  await draft();
  const cold = performance.now() - first;
  const ours = await measure(draft);
  const bare = await measure(() => gitLog(repo, [...LOG_OPTIONS, `${boundary}..HEAD`]));
  // Where the difference goes: reading (its three git processes: the repository's state, the first-parent boundary
  // found from the date, the log; and the parsing) against drafting (.mailmap, then the core).
  const reading = await measure(async () => {
    const read = await readCommits(repo, range, { now: today });
    if (!read.ok) throw new Error(`readCommits: ${read.message}`);
  });
  // Judged on CPU time (this process and its git children), with the wall ratio beside it: on a loaded machine
  // the wall time measures the other jobs as much as the draft.
  const ratio = ours.cpu / bare.cpu;
  return {
    name: `status draft of ${commits} commits (${count} in range) in ${path.basename(repo)}`,
    budget: '< 2x bare git log (CPU)',
    measured:
      `${ratio.toFixed(2)}x CPU: ${ours.cpu.toFixed(0)} vs git log ${bare.cpu.toFixed(0)} ms; ` +
      `wall ${(ours.wall / bare.wall).toFixed(2)}x: ${ours.wall.toFixed(0)} vs ${bare.wall.toFixed(0)} ms (first in process ${cold.toFixed(0)} ms); ` +
      `reading ${reading.cpu.toFixed(0)} ms CPU, drafting ${(ours.cpu - reading.cpu).toFixed(0)} ms`,
    ok: ratio < 2,
  };
}

// The first-parent commit whose range up to HEAD holds about TARGET commits, and its commit date: the range
// "since <date>" then starts right after it.
function boundaryFor(repo: string): { boundary: string; date: string; count: number } {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
  const line = git('rev-list', '--first-parent', 'HEAD').split('\n');
  const countAt = (at: number) => Number(git('rev-list', '--count', `${line[at]}..HEAD`));
  // The count grows with k: bisect for the first k whose range holds TARGET commits or more.
  let [low, high] = [1, line.length - 1];
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (countAt(mid) >= TARGET) high = mid;
    else low = mid + 1;
  }
  const k = low;
  const count = countAt(k);
  return { boundary: line[k]!, date: git('log', '-1', '--format=%cI', line[k]!), count };
}

// Judged on CPU time (this process's waited-for children, from /proc), with wall time printed: on a loaded
// machine the wall time of a 50 ms process measures the machine.
function startRow(): BenchRow {
  const cli = path.join(__dirname, '..', 'dist', 'cli.js');
  const time = (args: string[]) => {
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < 15; i++) {
      const [t, cpu] = [performance.now(), cpuMs()];
      const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
      cpus.push(cpuMs() - cpu);
      walls.push(performance.now() - t);
      if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[7]!;
    return { wall: median(walls), cpu: median(cpus) };
  };
  const node = time(['-e', '0']);
  const help = time([cli, '--help']);
  const extra = help.cpu - node.cpu;
  return {
    name: 'candor --help beside node -e 0 (median of 15)',
    budget: '< +60 ms',
    measured: `+${extra.toFixed(0)} ms CPU (${help.cpu.toFixed(0)} vs ${node.cpu.toFixed(0)} ms); wall +${(help.wall - node.wall).toFixed(0)} ms (${help.wall.toFixed(0)} vs ${node.wall.toFixed(0)} ms)`,
    ok: extra < 60,
  };
}
