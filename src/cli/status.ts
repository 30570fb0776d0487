import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderExplain } from '../core/draft';
import { parseSince, type CommitRange } from '../core/git/range';
import { LANGUAGES, type Language } from '../core/model/schema';
import { DEFAULT_HISTORY_FOLDER } from '../core/statusHistory';
import { draftFromRepo } from '../node/statusDraft';
import { historyFolder, readLastUpdate } from '../node/statusHistory';
import type { CliCommand } from './commands';
import { loadProjectOrReport } from './loadProject';
import { cliLanguage, cliMessages, type CliMessages } from './messages';
import { out, err } from './output';

const usageLine = (m: CliMessages) => `${m.usage}: candor status [dir] [--since 7d|DATE|TAG] [--lang en|fr|es|de] [--format md|text] [--explain]\n`;

/**
 * `candor status`: prints the client status draft for the commits since the last update in the status history
 * (or the last 7 days when there is none), in the project's language. stdout carries only the client text; the
 * notes, the review points and (`--explain`) why each commit is or is not a line go to stderr, in the terminal's
 * language, so that `candor status --explain > draft.md` writes a clean draft.
 */
export const status: CliCommand = {
  async run(args) {
    const { m, words } = cliMessages();
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { since: { type: 'string' }, lang: { type: 'string' }, format: { type: 'string', default: 'md' }, explain: { type: 'boolean', default: false } } });
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
    const reviewLanguage = cliLanguage();
    const result = await draftFromRepo(root, loaded.file, range.value, { today: new Date(), language: language as Language | undefined, draft: { reviewLanguage } });
    if (!result.ok) {
      err(`candor status: ${result.message}\n`);
      return 1;
    }
    for (const note of result.notes) err(`${m.status.note}: ${note}\n`);
    if (values.explain) err(`${renderExplain(result.draft.explain, reviewLanguage)}\n`);
    for (const warning of result.draft.warnings) err(`${m.status.review}: ${warning.message}\n`);
    out(values.format === 'md' ? result.draft.markdown : result.draft.text);
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
  err(`candor status: ${message}\n${usageLine(m)}`);
  return 2;
}
