import type { CliMessages, CommandName } from './messages';

/** A CLI sub-command: returns the exit code (0 ok, 1 findings, 2 usage error). Its one-line help is in the messages. */
export interface CliCommand {
  run(args: string[]): Promise<number>;
  /** The command's usage line, printed by `--help` and after a refused command line. */
  usage(m: CliMessages): string;
}

/** Every sub-command, by name; each lives in its own file and is loaded only when it runs, so `candor --help`
 * (and each command) starts without initialising the code of the others. */
export const commands: Record<CommandName, () => Promise<CliCommand>> = {
  init: async () => (await import('./init.js')).init,
  check: async () => (await import('./check.js')).check,
  flags: async () => (await import('./flags.js')).flags,
  status: async () => (await import('./status.js')).status,
  brief: async () => (await import('./brief.js')).brief,
  report: async () => (await import('./report.js')).report,
  reminder: async () => (await import('./reminder.js')).reminder,
};

/** The sub-command of that name, if there is one. */
export async function findCommand(name: string): Promise<CliCommand | undefined> {
  return Object.hasOwn(commands, name) ? commands[name as CommandName]() : undefined;
}

/** The help text listing every sub-command, in the terminal's language. */
export function usage(m: CliMessages): string {
  const names = Object.keys(commands) as CommandName[];
  const width = Math.max(...names.map((n) => n.length));
  const lines = names.map((name) => `  ${name.padEnd(width)}  ${m.help[name]}`);
  return `${m.usage}: candor ${m.commandPlaceholder}\n\n${lines.join('\n')}\n`;
}
