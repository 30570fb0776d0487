// The measuring half of bench/_hostile.ts, inside the child process: one call timed and weighed, printed as JSON.
// Run with --expose-gc: the heap is collected before the call. The peak is Linux's VmHWM, reset just before the
// call (clear_refs 5), over the RSS then: getrusage's maxRSS would not do, as it keeps the parent's peak across
// exec.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

/** What one call cost: CPU and wall time, peak RSS over the RSS before it, and heap growth (MB). */
export interface ChildMeasure {
  cpuMs: number;
  wallMs: number;
  peakMB: number;
  heapMB: number;
}

/** Measures `call` and prints its ChildMeasure on stdout. */
export async function measureInChild(call: () => unknown): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  resetPeak();
  const before = process.memoryUsage();
  const usage = process.cpuUsage();
  const started = performance.now();
  await call();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(usage);
  const after = process.memoryUsage();
  const mb = (bytes: number) => bytes / 1048576;
  const measure: ChildMeasure = {
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs,
    peakMB: mb(Math.max(0, peakRss() - before.rss)),
    heapMB: mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers),
  };
  process.stdout.write(JSON.stringify(measure));
}

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
