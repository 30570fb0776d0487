import path from 'node:path';
import { parseArgs } from 'node:util';
import { isoDay } from '../core/dates';
import { LANGUAGES } from '../core/model/vocabulary';
import { DEFAULT_HISTORY_FOLDER } from '../core/model/vocabulary';
import { readMailmap } from '../node/git/repoInfo';
import { buildSite, DEFAULT_SITE_FOLDER, printPdf } from '../node/report';
import { historyFolder } from '../node/statusHistory';
import type { CliCommand } from './commands';
import { loadProjectOrReport } from './loadProject';
import { cliMessages, type CliMessages } from './messages';
import { cliToday } from './today';

const usageLine = (m: CliMessages) => `${m.usage}: candor report [dir] [--out site/] [--lang en|fr|es|de] [--pdf]\n`;

/**
 * `candor report`: writes the client's progress page (index.html, one page per saved update) into `--out`
 * (default `site/` beside project.yaml), in the project's language or `--lang`; `--pdf` adds report.pdf.
 */
export const report: CliCommand = {
  async run(args) {
    const { m, words } = cliMessages();
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { out: { type: 'string' }, lang: { type: 'string' }, pdf: { type: 'boolean', default: false } },
      });
    } catch (error) {
      return usageError(m, (error as Error).message);
    }
    const { positionals, values } = parsed;
    if (positionals.length > 1) return usageError(m, m.unexpected(String(positionals[1])));
    const language = values.lang === undefined ? undefined : LANGUAGES.find((l) => l === values.lang);
    if (values.lang !== undefined && !language) return usageError(m, m.status.lang(LANGUAGES.join(', ')));

    const root = path.resolve(positionals[0] ?? '.');
    const loaded = await loadProjectOrReport(root, words.problems);
    if (!loaded) return 1;
    const outFolder = path.resolve(values.out ?? path.join(root, DEFAULT_SITE_FOLDER));
    const history = historyFolder(root, DEFAULT_HISTORY_FOLDER) ?? path.join(root, DEFAULT_HISTORY_FOLDER);
    const mailmap = await readMailmap(root);
    const extraNames = [...mailmap.names, ...mailmap.emails];
    const { files } = await buildSite(loaded.file, {
      historyFolder: history,
      outFolder,
      today: isoDay(cliToday()),
      language,
      extraNames,
    });
    const shown = path.relative(process.cwd(), outFolder) || '.';
    process.stdout.write(`${m.report.written(shown, files.length)}\n`);
    if (values.pdf) {
      const pdf = path.join(outFolder, 'report.pdf');
      const printed = await printPdf(path.join(outFolder, 'index.html'), pdf);
      process.stdout.write(printed === 'written' ? `${m.report.pdf(path.relative(process.cwd(), pdf))}\n` : '');
      if (printed === 'unavailable') process.stderr.write(`candor report: ${m.report.noPdf}\n`);
    }
    process.stderr.write(`candor report: ${m.report.publicNote}\n`);
    return 0;
  },
};

function usageError(m: CliMessages, message: string): number {
  process.stderr.write(`candor report: ${message}\n${usageLine(m)}`);
  return 2;
}
