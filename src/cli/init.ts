import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pickLanguage } from '../core/locale';
import { LANGUAGES, type Language } from '../core/model/vocabulary';
import { starterProject } from '../core/starter';
import type { CliCommand } from './commands';
import { cliMessages, type CliMessages } from './messages';
import { out, err } from './output';
import { cliToday } from './today';

const usageLine = (m: CliMessages) => `${m.usage}: candor init [dir] [--lang ${LANGUAGES.join('|')}]\n`;

/** `candor init [dir] [--lang fr]`: writes a commented starter project.yaml; never overwrites one. */
export const init: CliCommand = {
  async run(args) {
    const { m } = cliMessages();
    const parsed = parseArgs(args, m);
    if ('error' in parsed) {
      err(`candor init: ${parsed.error}\n${usageLine(m)}`);
      return 2;
    }
    const dir = parsed.dir ?? '.';
    const file = path.join(dir, 'project.yaml');
    const shown = path.relative(process.cwd(), file) || file;
    const lang = parsed.lang ?? pickLanguage(process.env.LC_ALL || process.env.LANG || 'en');
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

function parseArgs(args: string[], m: CliMessages): { dir?: string; lang?: Language } | { error: string } {
  const dirs: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      if (lang !== undefined) return { error: m.init.langTwice };
      lang = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
      if (lang === undefined || lang === '') return { error: m.init.langNeeded };
    } else if (arg.startsWith('-')) {
      return { error: m.init.unknownOption(arg) };
    } else {
      dirs.push(arg);
    }
  }
  if (dirs.length > 1) return { error: m.unexpected(dirs[1]!) };
  const language = LANGUAGES.find((l) => l === lang);
  if (lang !== undefined && !language) return { error: m.init.unknownLanguage(lang, LANGUAGES.join(', ')) };
  return { ...(dirs[0] !== undefined && { dir: dirs[0] }), ...(language && { lang: language }) };
}
