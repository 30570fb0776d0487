import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LANGUAGES } from '../core/model/vocabulary';
import { starterProject } from '../core/starter';
import { parseCommandArgs, usageError } from './args';
import type { CliCommand } from './commands';
import { cliLanguage, cliMessages, type CliMessages } from './messages';
import { out, err } from './output';
import { cliToday } from './today';

const usageLine = (m: CliMessages) => `${m.usage}: candor init [dir] [--lang ${LANGUAGES.join('|')}]\n`;

/** `candor init [dir] [--lang fr]`: writes a commented starter project.yaml; never overwrites one. */
export const init: CliCommand = {
  usage: usageLine,
  async run(args) {
    const { m } = cliMessages();
    const parsed = parseCommandArgs(args, { lang: 'string' }, m);
    if ('error' in parsed) return usageError('init', parsed.error, usageLine(m));
    const dir = parsed.dir;
    const file = path.join(dir, 'project.yaml');
    const shown = path.relative(process.cwd(), file) || file;
    const lang = parsed.language ?? cliLanguage();
    const text = starterProject(lang, { name: path.basename(path.resolve(dir)), today: cliToday() });
    try {
      await fs.mkdir(dir, { recursive: true });
      // `wx` fails if the file exists, so a file created between a check and the write is never clobbered.
      await fs.writeFile(file, text, { encoding: 'utf8', flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EEXIST' ? m.init.exists : m.init.cannotWrite(code ?? String(error));
      err(`candor init: ${shown} ${why}.\n`);
      return 1;
    }
    out(`${m.init.written(shown, lang, `candor check${dir === '.' ? '' : ` ${dir}`}`)}\n`);
    return 0;
  },
};
