import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pickLanguage } from '../core/locale';
import { LANGUAGES, type Language } from '../core/model/schema';
import { starterProject } from '../core/starter';
import type { CliCommand } from './commands';

const USAGE = `usage: candor init [dir] [--lang ${LANGUAGES.join('|')}]\n`;

/** `candor init [dir] [--lang fr]`: writes a commented starter project.yaml; never overwrites one. */
export const init: CliCommand = {
  summary: 'init [dir] [--lang fr]  write a commented starter project.yaml',
  async run(args) {
    const parsed = parseArgs(args);
    if ('error' in parsed) {
      process.stderr.write(`candor init: ${parsed.error}\n${USAGE}`);
      return 2;
    }
    const dir = parsed.dir ?? '.';
    const file = path.join(dir, 'project.yaml');
    const shown = path.relative(process.cwd(), file) || file;
    const lang = parsed.lang ?? pickLanguage(process.env.LC_ALL || process.env.LANG || 'en');
    const text = starterProject(lang, { name: path.basename(path.resolve(dir)) });
    try {
      await fs.mkdir(dir, { recursive: true });
      // `wx` fails if the file exists, so a file created between a check and the write is never clobbered.
      await fs.writeFile(file, text, { encoding: 'utf8', flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EEXIST' ? 'already exists; it was left untouched (delete or rename it to start over)' : `cannot be written (${code ?? String(error)})`;
      process.stderr.write(`candor init: ${shown} ${why}.\n`);
      return 1;
    }
    process.stdout.write(`${shown}: written (${lang}); fill in the placeholders, then run "candor check${dir === '.' ? '' : ` ${dir}`}".\n`);
    return 0;
  },
};

function parseArgs(args: string[]): { dir?: string; lang?: Language } | { error: string } {
  const dirs: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      if (lang !== undefined) return { error: '--lang given twice' };
      lang = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
      if (lang === undefined || lang === '') return { error: '--lang needs a language' };
    } else if (arg.startsWith('-')) {
      return { error: `unknown option ${arg}` };
    } else {
      dirs.push(arg);
    }
  }
  if (dirs.length > 1) return { error: `unexpected ${dirs[1]}` };
  const language = LANGUAGES.find((l) => l === lang);
  if (lang !== undefined && !language) return { error: `unknown language "${lang}" (use ${LANGUAGES.join(', ')})` };
  return { ...(dirs[0] !== undefined && { dir: dirs[0] }), ...(language && { lang: language }) };
}
