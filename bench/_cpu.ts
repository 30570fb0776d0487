// CPU time for the benchmarks: unlike wall time, it does not grow with the machine's load.
import fs from 'node:fs';

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
