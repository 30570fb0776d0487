// Reading the commits of a status update: readCommits for the last 100 commits of a generated 5,000-commit,
// 30,000-file repository, beside the bare `git log` command line for the same range (same format, same file
// names). DESIGN.md's budget, under 150 ms for a 100-commit draft, includes the drafting that bench/draft.ts
// measures; this row is the read part.
import { execFile } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { readCommits } from '../src/node/git/log';
import { BENCH_REPO, makeBenchRepo } from './_repo';
import type { BenchRow } from './types';

const RUNS = 15;
const FORMAT = `--format=%x1e${['%H', '%P', '%an', '%ae', '%cn', '%ce', '%aI', '%s', '%b'].join('%x1f')}%x1f`;

/** Times readCommits and the bare git log on the last 100 commits; medians of 15 runs after 3 warm-ups. */
export async function bench(): Promise<BenchRow[]> {
  const started = performance.now();
  const repo = await makeBenchRepo();
  const setup = performance.now() - started;
  const range = { kind: 'tag', value: BENCH_REPO.lastTag } as const;
  const read = async (): Promise<void> => {
    const result = await readCommits(repo, range);
    if (!result.ok || result.value.commits.length !== BENCH_REPO.lastCount) throw new Error(`readCommits: ${JSON.stringify(result).slice(0, 300)}`);
  };
  const bare = (): Promise<void> => gitLog(repo, ['log', '-z', '--name-only', FORMAT, `${BENCH_REPO.lastTag}..HEAD`]);
  const ours = await median(read);
  const theirs = await median(bare);
  const load = os.loadavg()[0]!.toFixed(1);
  return [
    {
      name: `read ${BENCH_REPO.lastCount} commits (of ${BENCH_REPO.commits}, ${BENCH_REPO.files.toLocaleString('en')} files)`,
      budget: '< 150 ms with drafting',
      measured: `${ours.toFixed(1)} ms vs bare git log ${theirs.toFixed(1)} ms (${(ours / theirs).toFixed(2)}x; load ${load}; repo ${(setup / 1000).toFixed(1)} s)`,
      ok: ours < 150,
    },
  ];
}

async function median(run: () => Promise<void>): Promise<number> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function gitLog(cwd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error) => (error ? reject(error) : resolve()));
  });
}
