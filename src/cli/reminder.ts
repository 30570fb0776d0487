import path from 'node:path';
import { parseArgs } from 'node:util';
import { isLanguage } from '../core/locale';
import { LANGUAGES, type Language } from '../core/model/vocabulary';
import { draftReminder } from '../core/reminder';
import { DEFAULT_HISTORY_FOLDER } from '../core/model/vocabulary';
import { formatDate } from '../core/draft/format';
import { localeOf } from '../core/draft/phrases';
import { historyFolder, readLastUpdate } from '../node/statusHistory';
import type { CliCommand } from './commands';
import { loadProjectOrReport } from './loadProject';
import { cliLanguage, cliMessages, type CliMessages } from './messages';
import { out, err } from './output';
import { cliToday } from './today';

const usageLine = (m: CliMessages) => `${m.usage}: candor reminder [dir] [--lang en|fr|es|de]\n`;

/**
 * `candor reminder`: prints a short, polite message to the client listing the client tasks overdue or due before
 * the next call, in the client's language (or `--lang`), ready to paste; with nothing owed it says so on stderr
 * and prints no message. The last update is read from the history's file names only: no git process starts.
 */
export const reminder: CliCommand = {
  async run(args) {
    const { m, words } = cliMessages();
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string' } } });
    } catch (error) {
      return usageError(m, (error as Error).message);
    }
    const { positionals, values } = parsed;
    if (positionals.length > 1) return usageError(m, m.unexpected(String(positionals[1])));
    const language = isLanguage(values.lang) ? values.lang : undefined;
    if (values.lang !== undefined && !language) return usageError(m, m.status.lang(LANGUAGES.join(', ')));
    const root = path.resolve(positionals[0] ?? '.');
    const loaded = await loadProjectOrReport(root, words.problems);
    if (!loaded) return 1;
    const today = cliToday();
    const folder = historyFolder(root, DEFAULT_HISTORY_FOLDER);
    const lastUpdate = folder ? await readLastUpdate(folder, today) : undefined;
    const result = draftReminder({
      project: loaded.file,
      today,
      lastUpdate,
      language: language as Language | undefined,
    });
    if (result.text === '') {
      err(`${m.reminder.nothing(formatDate(result.nextCall, localeOf(cliLanguage())))}\n`);
      return 0;
    }
    // Core flattened every value to one line without control characters: safe to print to a terminal.
    out(`${m.reminder.subject}: ${result.subject}\n\n${result.text}`);
    return 0;
  },
};

function usageError(m: CliMessages, message: string): number {
  err(`candor reminder: ${message}\n${usageLine(m)}`);
  return 2;
}
