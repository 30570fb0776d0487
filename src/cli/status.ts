import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseSince, type CommitRange } from '../core/git/range';
import { LANGUAGES, type Language } from '../core/model/schema';
import { DEFAULT_HISTORY_FOLDER } from '../core/statusHistory';
import { draftFromRepo } from '../node/statusDraft';
import { historyFolder, readLastUpdate } from '../node/statusHistory';
import type { CliCommand } from './commands';
import { loadProjectOrReport } from './loadProject';
import { cliMessages, type CliMessages } from './messages';
import { cliToday } from './today';

const usageLine = (m: CliMessages) => `${m.usage}: candor status [dir] [--since 7d|DATE|TAG] [--lang en|fr|es|de] [--format md|text]\n`;

/**
 * `candor status`: prints the client status draft for the commits since the last update in the status history
 * (or the last 7 days when there is none), in the project's language. Notes and warnings go to stderr.
 */
export const status: CliCommand = {
  async run(args) {
    const { m, words } = cliMessages();
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { since: { type: 'string' }, lang: { type: 'string' }, format: { type: 'string', default: 'md' } } });
    } catch (error) {
      return usageError(m, (error as Error).message);
    }
    const { positionals, values } = parsed;
    if (positionals.length > 1) return usageError(m, m.unexpected(String(positionals[1])));
    if (values.format !== 'md' && values.format !== 'text') return usageError(m, m.status.format(String(values.format)));
    const language = values.lang === undefined ? undefined : LANGUAGES.find((l) => l === values.lang);
    if (values.lang !== undefined && !language) return usageError(m, m.status.lang(LANGUAGES.join(', ')));

    const root = path.resolve(positionals[0] ?? '.');
    const loaded = await loadProjectOrReport(root, words.problems);
    if (!loaded) return 1;
    const range = await pickRange(root, values.since);
    if (!range.ok) return usageError(m, range.message);
    const result = await draftFromRepo(root, loaded.file, range.value, { today: cliToday(), language: language as Language | undefined });
    if (!result.ok) {
      process.stderr.write(`candor status: ${result.message}\n`);
      return 1;
    }
    for (const note of result.notes) process.stderr.write(`${m.status.note}: ${note}\n`);
    for (const warning of result.draft.warnings) process.stderr.write(`${m.status.review}: ${warning.message}\n`);
    process.stdout.write(values.format === 'md' ? result.draft.markdown : result.draft.text);
    return 0;
  },
};

async function pickRange(root: string, since: string | undefined): Promise<{ ok: true; value: CommitRange } | { ok: false; message: string }> {
  if (since !== undefined) return parseSince(since);
  const folder = historyFolder(root, DEFAULT_HISTORY_FOLDER);
  const last = folder && (await readLastUpdate(folder));
  return { ok: true, value: last ? { kind: 'lastUpdate', value: last } : { kind: 'days', value: 7 } };
}

function usageError(m: CliMessages, message: string): number {
  process.stderr.write(`candor status: ${message}\n${usageLine(m)}`);
  return 2;
}
