// The `candor` command line: the same core as the extension, for terminals and CI.
import { findCommand, usage } from './cli/commands';
import { cliMessages } from './cli/messages';
import { out, err } from './cli/output';

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const { m } = cliMessages();
  // Asked for, the help is the answer (stdout, 0); without a command it is a usage error (stderr, 2).
  if (name === undefined) {
    err(usage(m));
    return 2;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && args.length === 0)) {
    out(usage(m));
    return 0;
  }
  // `candor status --help` and `candor help status`: that command's own usage line. After `--`, `--help` is a
  // folder's name.
  const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  const helpFor = name === 'help' ? args[0]! : options.some((a) => a === '--help' || a === '-h') ? name : undefined;
  if (helpFor === 'help' || helpFor === '--help' || helpFor === '-h') {
    out(usage(m));
    return 0;
  }
  const command = await findCommand(helpFor ?? name);
  if (!command) {
    err(`candor: ${m.unknownCommand(helpFor ?? name)}\n\n${usage(m)}`);
    return 2;
  }
  if (helpFor !== undefined) {
    out(command.usage(m));
    return 0;
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
