// The `candor` command line: the same core as the extension, for terminals and CI.
import { findCommand, usage } from './cli/commands';
import { cliMessages } from './cli/messages';
import { out, err } from './cli/output';

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const { m } = cliMessages();
  if (name === undefined || name === '--help' || name === '-h' || (name === 'help' && args.length === 0)) {
    out(usage(m));
    return name === undefined ? 2 : 0;
  }
  // `candor status --help` and `candor help status`: that command's line of the help. After `--`, `--help` is a
  // folder's name.
  const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  const helpFor = name === 'help' ? args[0]! : options.some((a) => a === '--help' || a === '-h') ? name : undefined;
  const command = helpFor === undefined ? await findCommand(name) : undefined;
  if (helpFor !== undefined && Object.hasOwn(m.help, helpFor)) {
    out(`${m.usage}: candor ${m.help[helpFor as keyof typeof m.help]}\n`);
    return 0;
  }
  if (!command) {
    err(`candor: ${m.unknownCommand(helpFor ?? name)}\n\n${usage(m)}`);
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
