import { draftReminder } from '../core/reminder';
import { DEFAULT_HISTORY_FOLDER } from '../core/model/vocabulary';
import { formatDate } from '../core/draft/format';
import { localeOf } from '../core/draft/phrases';
import { historyFolder, readLastUpdate } from '../node/statusHistory';
import { parseCommandArgs, usageError } from './args';
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
  usage: usageLine,
  async run(args) {
    const { m, words } = cliMessages();
    const parsed = parseCommandArgs(args, { lang: 'string' }, m);
    if ('error' in parsed) return usageError('reminder', parsed.error, usageLine(m));
    const { root, language } = parsed;
    const loaded = await loadProjectOrReport(root, words.problems);
    if (!loaded) return 1;
    const today = cliToday();
    const folder = historyFolder(root, DEFAULT_HISTORY_FOLDER);
    const lastUpdate = folder ? await readLastUpdate(folder, today) : undefined;
    const result = draftReminder({
      project: loaded.file,
      today,
      lastUpdate,
      language,
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
