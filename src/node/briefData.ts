import { briefWordsFor, buildBrief, type Brief, type BriefGit, type BriefInput } from '../core/brief';
import type { Language } from '../core/model/schema';
import { withUntil, type CommitRange, type RangeEnd } from '../core/git/range';
import type { ProjectFile } from '../core/model/schema';
import { wordHistoryNote } from '../core/statusHistory';
import { DEFAULT_HISTORY_FOLDER } from '../core/model/vocabulary';
import { analyzeFlags } from './flagAnalysis';
import { readCommits } from './git/log';
import { abortReason } from './abort';
import { isoDay, localDay } from '../core/dates';
import { readHistory } from './lastUpdate';
import { wordsFor } from '../core/i18n';
import { wordLogNote } from '../core/git/logNotes';
import { historyFolder, readHistoryFolder, sinceLastUpdate } from './statusHistory';

/** Options of `gatherBrief`. */
export interface BriefDataOptions {
  /** False in Restricted Mode: no git process is started, and the brief says what is missing. */
  git: boolean;
  /** The day of the brief; default now. */
  today?: Date;
  /** The status history folder, relative to the root; default `status`. */
  historyFolder?: string;
  /** Coverage report paths from the settings, relative to the root; empty means the usual places. */
  reports?: readonly string[];
  noiseTypes?: readonly string[];
  ticketPatterns?: readonly string[];
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The brief's language: the UI's (VS Code's display language, the CLI's locale); default English. */
  language?: Language;
  /** `--since`: the range to read instead of "since the last update". */
  range?: CommitRange;
  /** `--until`: where the range ends; default now. */
  until?: RangeEnd;
}

/** The days read when no update was ever saved, as the status draft does. */
export const DEFAULT_DAYS = 7;

/**
 * Gathers what the brief needs from `root` (the folder of project.yaml): the last update from the status history,
 * the commits since it (or the last 7 days), and the red flags linked to code and coverage. Git failures (not a
 * repository, no commits…) become a reason in the brief, never an exception; rejects only when `signal` aborts.
 */
export async function gatherBrief(root: string, project: ProjectFile, options: BriefDataOptions): Promise<BriefInput> {
  const today = options.today ?? new Date();
  const folder = historyFolder(root, options.historyFolder ?? DEFAULT_HISTORY_FOLDER);
  // In Restricted Mode no git process starts: the history is read from its file names only.
  const history = !folder
    ? { warnings: [] }
    : options.git
      ? await readHistory(folder, today, options)
      : await readHistoryFolder(folder, today);
  const lastUpdate = history.last?.day;
  const start: CommitRange =
    options.range ?? (history.last ? sinceLastUpdate(history.last) : { kind: 'days', value: DEFAULT_DAYS });
  const range = withUntil(start, options.until);
  const [read, analysis] = await Promise.all([
    options.git
      ? readGit(
          root,
          range,
          today,
          options,
          history.warnings.map((note) => wordHistoryNote(note, wordsFor(options.language ?? 'en').history)),
        )
      : Promise.resolve<BriefGit>({ read: false, reason: briefWordsFor(options.language ?? 'en').restricted }),
    analyzeFlags(root, project.red_flags, { git: options.git, reports: options.reports, signal: options.signal }),
  ]);
  if (options.signal?.aborted) throw abortReason(options.signal);
  return {
    project,
    today,
    lastUpdate,
    git: read,
    flags: analysis.flags,
    noiseTypes: options.noiseTypes,
    ticketPatterns: options.ticketPatterns,
    language: options.language,
  };
}

/** Gathers the inputs and builds the brief. */
export async function briefFromFolder(root: string, project: ProjectFile, options: BriefDataOptions): Promise<Brief> {
  return buildBrief(await gatherBrief(root, project, options));
}

// Only the commits touching `root` are read, with paths relative to it (a project.yaml in a sub-folder of its
// repository), exactly as the status draft reads them.
async function readGit(
  root: string,
  range: CommitRange,
  today: Date,
  options: BriefDataOptions,
  warnings: readonly string[],
): Promise<BriefGit> {
  const read = await readCommits(root, range, { signal: options.signal, timeoutMs: options.timeoutMs, now: today });
  if (!read.ok) {
    if (read.state === 'no-commits')
      return { read: true, commits: [], since: isoDay(today), notes: [...warnings, read.message] };
    return { read: false, reason: read.message };
  }
  const ranged = options.range ? { ranged: true as const } : {};
  return {
    read: true,
    commits: read.value.commits,
    since: localDay(read.value.period.from),
    notes: [...warnings, ...read.value.notes.map((note) => wordLogNote(note, wordsFor(options.language ?? 'en').log))],
    ...ranged,
  };
}
