// One hostile input, parsed and mapped in a fresh process (bench/coverage.ts starts one per input): prints
// { cpuMs, wallMs, peakMB, heapMB } as JSON. Run with --expose-gc: the heap is collected before the parse. The
// peak is Linux's VmHWM, reset just before the parse (clear_refs 5), over the RSS then: getrusage's maxRSS
// would not do, as it keeps the parent's peak across exec.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseCoverage } from '../src/core/coverage/detect';
import { createPathIndex, resolveReport, type PathMapOptions } from '../src/core/coverage/pathMap';
import type { CoverageFormat } from '../src/core/coverage/types';

interface Meta {
  format: CoverageFormat;
  workspace: string[];
  options?: PathMapOptions;
}

const [file] = process.argv.slice(2);
const meta = JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) as Meta;
const text = fs.readFileSync(file!, 'utf8');
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
resetPeak();
const before = process.memoryUsage();
const usage = process.cpuUsage();
const started = performance.now();
const result = parseCoverage(text, undefined, meta.format);
const mapped = result.ok ? resolveReport(result.value, createPathIndex(meta.workspace), meta.options).files.size : 0;
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(usage);
const after = process.memoryUsage();
const peak = peakRss();
const mb = (bytes: number) => bytes / 1048576;
process.stdout.write(
  JSON.stringify({
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs,
    peakMB: mb(Math.max(0, peak - before.rss)),
    heapMB: mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers),
    mapped,
  }),
);

function resetPeak(): void {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the peak then also covers start-up (an overestimate, never an underestimate).
  }
}

/** The process's peak RSS in bytes (VmHWM), or getrusage's where /proc is missing. */
function peakRss(): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (kb) return Number(kb[1]) * 1024;
  } catch {
    // fall through
  }
  return process.resourceUsage().maxRSS * 1024;
}
