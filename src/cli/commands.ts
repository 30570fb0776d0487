import { brief } from './brief';
import { check } from './check';
import { init } from './init';
import { flags } from './flags';
import type { CliMessages, CommandName } from './messages';
import { report } from './report';
import { status } from './status';

/** A CLI sub-command: returns the exit code (0 ok, 1 findings, 2 usage error). Its one-line help is in the messages. */
export interface CliCommand {
  run(args: string[]): Promise<number>;
}

/** Every sub-command, by name; each lives in its own file. */
export const commands: Record<CommandName, CliCommand> = {
  init,
  check,
  flags,
  status,
  brief,
  report,
};

/** The sub-command of that name, if there is one. */
export function findCommand(name: string): CliCommand | undefined {
  return Object.hasOwn(commands, name) ? commands[name as CommandName] : undefined;
}

/** The help text listing every sub-command, in the terminal's language. */
export function usage(m: CliMessages): string {
  const names = Object.keys(commands) as CommandName[];
  const width = Math.max(...names.map((n) => n.length));
  const lines = names.map((name) => `  ${name.padEnd(width)}  ${m.help[name]}`);
  return `${m.usage}: candor ${m.commandPlaceholder}\n\n${lines.join('\n')}\n`;
}
