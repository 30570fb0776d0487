// Issue budgets on ranges of real size: a status draft of ~1,000 commits within 2x the bare `git log` of the same
// commits (read, parse, mailmap, drafting: draftFromRepo end to end, in this process), on the generated repository
// and on every local clone named in CANDOR_BENCH_REPOS (colon-separated paths; nothing is fetched or committed);
// and `candor --help` within 60 ms of `node -e 0` (each started 15 times, medians).
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LOG_OPTIONS } from '../src/node/git/log';
import { draftFromRepo } from '../src/node/statusDraft';
import { makeBenchRepo } from './_repo';
import { benchProject, gitLog, measure } from './git';
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
  const ratio = ours.wall / bare.wall;
  return {
    name: `status draft of ${commits} commits (${count} in range) in ${path.basename(repo)}`,
    budget: '< 2x bare git log',
    measured: `${ratio.toFixed(2)}x: ${ours.wall.toFixed(0)} ms vs git log ${bare.wall.toFixed(0)} ms (CPU ${ours.cpu.toFixed(0)} vs ${bare.cpu.toFixed(0)} ms; first in process ${cold.toFixed(0)} ms)`,
    ok: ratio < 2,
  };
}

// The first-parent commit whose range up to HEAD holds about TARGET commits, and its commit date: the range
// "since <date>" then starts right after it.
function boundaryFor(repo: string): { boundary: string; date: string; count: number } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
  const line = git('rev-list', '--first-parent', 'HEAD').split('\n');
  const countAt = (at: number) => Number(git('rev-list', '--count', `${line[at]}..HEAD`));
  let k = Math.min(TARGET, line.length - 1);
  let count = countAt(k);
  for (let tries = 0; tries < 4 && Math.abs(count - TARGET) >= TARGET * 0.05; tries++) {
    k = Math.max(1, Math.min(line.length - 1, Math.round((k * TARGET) / Math.max(count, 1))));
    count = countAt(k);
  }
  return { boundary: line[k]!, date: git('log', '-1', '--format=%cI', line[k]!), count };
}

function startRow(): BenchRow {
  const cli = path.join(__dirname, '..', 'dist', 'cli.js');
  const time = (args: string[]) => {
    const walls: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
      walls.push(performance.now() - t);
      if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
    }
    return walls.sort((a, b) => a - b)[7]!;
  };
  const node = time(['-e', '0']);
  const help = time([cli, '--help']);
  return { name: 'candor --help beside node -e 0 (median of 15)', budget: '< +60 ms', measured: `+${(help - node).toFixed(0)} ms: ${help.toFixed(0)} ms vs ${node.toFixed(0)} ms`, ok: help - node < 60 };
}
