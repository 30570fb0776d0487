import { brief } from './brief';
import { check } from './check';
import { init } from './init';
import { flags } from './flags';
import { status } from './status';

/** A CLI sub-command: returns the exit code (0 ok, 1 findings, 2 usage error). */
export interface CliCommand {
  summary: string;
  run(args: string[]): Promise<number>;
}

/** Every sub-command, by name; each lives in its own file. */
export const commands: Record<string, CliCommand> = {
  init,
  check,
  flags,
  status,
  brief,
};

/** The help text listing every sub-command. */
export function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: candor <command> [options]\n\n${lines.join('\n')}\n`;
}
