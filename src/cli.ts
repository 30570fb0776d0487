// The `candor` command line: the same core as the extension, for terminals and CI.
import { findCommand, usage } from './cli/commands';
import { cliMessages } from './cli/messages';
import { out, err } from './cli/output';

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const { m } = cliMessages();
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out(usage(m));
    return name === undefined ? 2 : 0;
  }
  const command = await findCommand(name);
  if (!command) {
    err(`candor: ${m.unknownCommand(name)}\n\n${usage(m)}`);
    return 2;
  }
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    err(`candor: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
