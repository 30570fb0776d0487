import { briefWordsFor, buildBrief, type Brief, type BriefGit, type BriefInput, type BriefSince } from '../core/brief';
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
import { GIT } from '../core/lang/git';
import { wordLogNote } from '../core/git/logNotes';
import { historyFolder, readHistoryFolder } from './statusHistory';
import { DEFAULT_DAYS, readSince } from './sinceUpdate';
import type { CommitRead } from './git/log';

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

export { DEFAULT_DAYS } from './sinceUpdate';

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
  const notes = history.warnings.map((note) => wordHistoryNote(note, wordsFor(options.language ?? 'en').history));
  // Git and the flag analysis run side by side; without a chosen range, the window is "since the last update",
  // or the one before right after saving one.
  const gitRead = async (): Promise<{ read: BriefGit; since?: BriefSince }> => {
    if (!options.git) return { read: { read: false, reason: briefWordsFor(options.language ?? 'en').restricted } };
    const since =
      folder && !options.range && !options.until
        ? await readSince(root, folder, project, history, { ...options, today, words: GIT[options.language ?? 'en'] })
        : undefined;
    const start: CommitRange = since?.range ?? options.range ?? { kind: 'days', value: DEFAULT_DAYS };
    const justSaved = since?.since.justSaved !== undefined;
    const read = await readGit(root, withUntil(start, options.until), today, options, notes, since?.read, justSaved);
    return { read, since: since?.since };
  };
  const [{ read, since }, analysis] = await Promise.all([
    gitRead(),
    analyzeFlags(root, project.red_flags, {
      git: options.git,
      reports: options.reports,
      signal: options.signal,
      language: options.language,
    }),
  ]);
  if (options.signal?.aborted) throw abortReason(options.signal);
  return {
    project,
    today,
    lastUpdate,
    lastUpdateCommitted: committedLater(history.last),
    since,
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
  done?: CommitRead,
  justSaved = false,
): Promise<BriefGit> {
  const read =
    done ??
    (await readCommits(root, range, {
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      now: today,
      words: GIT[options.language ?? 'en'],
    }));
  if (!read.ok) {
    if (read.state === 'no-commits')
      return { read: true, commits: [], since: isoDay(today), notes: [...warnings, read.message] };
    return { read: false, reason: read.message };
  }
  const ranged = options.range || justSaved ? { ranged: true as const } : {};
  return {
    read: true,
    commits: read.value.commits,
    since: localDay(read.value.period.from),
    notes: [...warnings, ...read.value.notes.map((note) => wordLogNote(note, wordsFor(options.language ?? 'en').log))],
    ...ranged,
  };
}

// The day of the commit that saved the last update, when later than its file's name: the status draft's period
// starts at the commit, so the brief says so rather than a day that disagrees with it. The day is the committer's
// own (the moment as git wrote it, with its offset), as the file was named by them.
function committedLater(last: { day: string; commit?: string; at?: string } | undefined): string | undefined {
  if (!last?.commit || !last.at) return undefined;
  const day = last.at.slice(0, 10);
  return day > last.day ? day : undefined;
}
