import path from 'node:path';
import { isoDay } from '../core/dates';
import { DEFAULT_HISTORY_FOLDER, LANGUAGES } from '../core/model/vocabulary';
import { readMailmap } from '../node/git/repoInfo';
import { buildSite, DEFAULT_SITE_FOLDER, printPdf } from '../node/report';
import { historyFolder } from '../node/statusHistory';
import { parseCommandArgs, usageError } from './args';
import type { CliCommand } from './commands';
import { loadProjectOrReport } from './loadProject';
import { cliMessages, type CliMessages } from './messages';
import { out, err } from './output';
import { cliToday } from './today';

const usageLine = (m: CliMessages) =>
  `${m.usage}: candor report [dir] [--out site/] [--lang ${LANGUAGES.join('|')}] [--pdf]\n`;

/**
 * `candor report`: writes the client's progress page (index.html, one page per saved update) into `--out`
 * (default `site/` beside project.yaml), in the project's language or `--lang`; `--pdf` adds report.pdf.
 */
export const report: CliCommand = {
  usage: usageLine,
  async run(args) {
    const { m, words } = cliMessages();
    const parsed = parseCommandArgs(args, { out: 'string', lang: 'string', pdf: 'boolean' }, m);
    if ('error' in parsed) return usageError('report', parsed.error, usageLine(m));
    const { root, values, language } = parsed;
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
    out(`${m.report.written(shown, files.length)}\n`);
    if (values.pdf) {
      const pdf = path.join(outFolder, 'report.pdf');
      const printed = await printPdf(path.join(outFolder, 'index.html'), pdf);
      out(printed === 'written' ? `${m.report.pdf(path.relative(process.cwd(), pdf))}\n` : '');
      if (printed === 'unavailable') err(`candor report: ${m.report.noPdf}\n`);
    }
    err(`candor report: ${m.report.publicNote}\n`);
    return 0;
  },
};
