import { renderExplain } from '../core/draft';
import { withUntil, type CommitRange } from '../core/git/range';
import { LANGUAGES } from '../core/model/vocabulary';
import type { Words } from '../core/i18n';
import { escapeControls } from '../core/safeText';
import { wordLogNote } from '../core/git/logNotes';
import { wordHistoryNote } from '../core/statusHistory';
import { DEFAULT_HISTORY_FOLDER } from '../core/model/vocabulary';
import { draftFromRepo } from '../node/statusDraft';
import { readHistory } from '../node/lastUpdate';
import { historyFolder, sinceLastUpdate } from '../node/statusHistory';
import { parseCommandArgs, usageError } from './args';
import type { CliCommand } from './commands';
import { loadProjectOrReport } from './loadProject';
import { cliLanguage, cliMessages, type CliMessages } from './messages';
import { out, err } from './output';
import { parseRangeOptions } from './rangeOptions';
import { cliToday } from './today';
import { GIT } from '../core/lang/git';

const usageLine = (m: CliMessages) =>
  `${m.usage}: candor status [dir] [--since 7d|DATE|TAG] [--until DATE|TAG] [--lang ${LANGUAGES.join('|')}] [--format md|text] [--explain]\n`;

/**
 * `candor status`: prints the client status draft for the commits since the last update in the status history
 * (or the last 7 days when there is none), in the project's language. stdout carries only the client text; the
 * notes, the review points and (`--explain`) why each commit is or is not a line go to stderr, in the terminal's
 * language, so that `candor status --explain > draft.md` writes a clean draft.
 */
export const status: CliCommand = {
  usage: usageLine,
  async run(args) {
    const { m, words } = cliMessages();
    const parsed = parseCommandArgs(
      args,
      { since: 'string', until: 'string', lang: 'string', format: 'string', explain: 'boolean' },
      m,
    );
    if ('error' in parsed) return usageError('status', parsed.error, usageLine(m));
    const { root, values, language } = parsed;
    const format = values.format ?? 'md';
    if (format !== 'md' && format !== 'text') return usageError('status', m.status.format(format), usageLine(m));
    const loaded = await loadProjectOrReport(root, words.problems);
    if (!loaded) return 1;
    const range = await pickRange(root, values.since, values.until, m, words);
    if (!range.ok) return usageError('status', range.message, usageLine(m));
    const reviewLanguage = cliLanguage();
    const result = await draftFromRepo(root, loaded.file, range.value, {
      today: cliToday(),
      language,
      draft: { reviewLanguage },
      failureWords: GIT[reviewLanguage],
    });
    if (!result.ok) {
      err(`candor status: ${result.message}\n`);
      return 1;
    }
    for (const note of result.notes) err(`${m.status.note}: ${escapeControls(wordLogNote(note, words.log))}\n`);
    if (values.explain) err(`${renderExplain(result.draft.explain, reviewLanguage)}\n`);
    for (const warning of result.draft.warnings) err(`${m.status.review}: ${warning.message}\n`);
    out(format === 'md' ? result.draft.markdown : result.draft.text);
    return 0;
  },
};

/** The range of `--since`/`--until`; without `--since`, since the last update (or the last 7 days). History
 * warnings (stray or future-dated files, a linked folder) are printed as notes. */
export async function pickRange(
  root: string,
  since: string | undefined,
  until: string | undefined,
  m: CliMessages,
  words: Words,
): Promise<{ ok: true; value: CommitRange } | { ok: false; message: string }> {
  const parsed = parseRangeOptions(since, until, m);
  if (!parsed.ok) return parsed;
  const end = parsed.until;
  if (parsed.range) return { ok: true, value: parsed.range };
  const folder = historyFolder(root, DEFAULT_HISTORY_FOLDER);
  const history = folder ? await readHistory(folder, cliToday()) : { warnings: [] };
  for (const note of history.warnings)
    err(`${m.status.note}: ${escapeControls(wordHistoryNote(note, words.history))}\n`);
  return {
    ok: true,
    value: withUntil(history.last ? sinceLastUpdate(history.last) : { kind: 'days', value: 7 }, end),
  };
}
