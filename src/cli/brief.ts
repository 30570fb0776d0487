import { briefFromFolder } from '../node/briefData';
import { parseCommandArgs, usageError } from './args';
import type { CliCommand } from './commands';
import { loadProjectOrReport } from './loadProject';
import { cliLanguage, cliMessages, type CliMessages } from './messages';
import { out } from './output';
import { parseRangeOptions } from './rangeOptions';
import { cliToday } from './today';

const usageLine = (m: CliMessages) =>
  `${m.usage}: candor brief [dir] [--since 7d|DATE|TAG] [--until DATE|TAG] [--no-git]\n`;

/**
 * `candor brief`: prints the internal call brief (Markdown) for the tech lead: not for the client. Without
 * `--no-git` the commits since the last update (or `--since`, up to `--until`) are read; with it no git process is
 * started.
 */
export const brief: CliCommand = {
  usage: usageLine,
  async run(args) {
    const { m, words } = cliMessages();
    const parsed = parseCommandArgs(args, { 'no-git': 'boolean', since: 'string', until: 'string' }, m);
    if ('error' in parsed) return usageError('brief', parsed.error, usageLine(m));
    const { root, values } = parsed;
    // The same parsing as `candor status`: one grammar for a range.
    const range = parseRangeOptions(values.since, values.until, m);
    if (!range.ok) return usageError('brief', range.message, usageLine(m));
    const loaded = await loadProjectOrReport(root, words.problems);
    if (!loaded) return 1;
    // Core removes control characters from every line, so the Markdown is safe to print to a terminal.
    const result = await briefFromFolder(root, loaded.file, {
      git: !values['no-git'],
      today: cliToday(),
      language: cliLanguage(),
      range: range.range,
      until: range.until,
    });
    out(result.markdown);
    return 0;
  },
};
