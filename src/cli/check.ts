import path from 'node:path';
import { formatIssue } from '../core/result';
import { readProjectFile } from '../node/projectFile';
import type { CliCommand } from './commands';

/** `candor check [dir]`: validates project.yaml; exit 0 when valid, 1 when not, 2 on usage errors. */
export const check: CliCommand = {
  summary: 'check [dir]            validate project.yaml (file:line:col: message)',
  async run(args) {
    const dirs = args.filter((a) => !a.startsWith('-'));
    const unknown = args.filter((a) => a.startsWith('-'));
    if (unknown.length > 0 || dirs.length > 1) {
      process.stderr.write(`candor check: unexpected ${unknown[0] ?? dirs[1]}\nusage: candor check [dir]\n`);
      return 2;
    }
    const file = path.join(dirs[0] ?? '.', 'project.yaml');
    const loaded = await readProjectFile(file);
    const shown = path.relative(process.cwd(), file) || file;
    for (const issue of loaded.issues) process.stdout.write(`${formatIssue(shown, issue)}\n`);
    if (!loaded.ok) {
      process.stdout.write(`${shown}: ${plural(loaded.issues.filter((i) => i.severity === 'error').length, 'problem')}\n`);
      return 1;
    }
    process.stdout.write(`${shown}: valid\n`);
    return 0;
  },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
