// `candor --help` beside `node -e 0` (issue budget: within 60 ms): the CLI must load only what its command needs.
// Both run as fresh Node processes, alternated, medians of 15 after 2 warm-ups; the CPU difference (mean) beside
// it does not grow with the machine's load.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { cpuMs } from './_cpu';
import type { BenchRow } from './types';

const CLI = path.join(__dirname, '..', 'dist', 'cli.js');
const RUNS = 15;

/** Times `node dist/cli.js --help` and `node -e 0`. */
export async function bench(): Promise<BenchRow[]> {
  const run = (args: string[]) => () => execFileSync(process.execPath, args, { stdio: 'ignore' });
  const help = run([CLI, '--help']);
  const bare = run(['-e', '0']);
  const times = { help: [] as number[], bare: [] as number[] };
  const cpu = { help: 0, bare: 0 };
  for (let i = 0; i < RUNS + 2; i++) {
    for (const [key, fn] of [['help', help], ['bare', bare]] as const) {
      const [t, c] = [performance.now(), cpuMs()];
      fn();
      if (i < 2) continue;
      times[key].push(performance.now() - t);
      cpu[key] += (cpuMs() - c) / RUNS;
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const extra = median(times.help) - median(times.bare);
  return [{ name: 'candor --help (fresh process)', budget: '< node -e 0 + 60 ms', measured: `+${extra.toFixed(0)} ms (${median(times.help).toFixed(0)} ms vs ${median(times.bare).toFixed(0)} ms); CPU +${(cpu.help - cpu.bare).toFixed(0)} ms`, ok: extra < 60 }];
}
