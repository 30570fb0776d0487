import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isoDay } from '../core/dates';
import type { CommitRange } from '../core/git/range';
import { historyFileName, recordedMoment, scanHistory } from '../core/statusHistory';
import { runGit, type GitRunOptions } from './git/run';
import { isInside } from './paths';

/** The last update sent: its file, its day, and the exact moment when it is known. */
export interface LastUpdate {
  file: string;
  day: string;
  /** When it was sent, as an ISO moment: the commit that added its file, else a time the file records. */
  at?: string;
  /** The commit that added its file: the range starts right after it. */
  commit?: string;
}

/** What the history folder says: the last update, and warnings for the tech lead (stray or future files). */
export interface HistoryRead {
  last?: LastUpdate;
  warnings: string[];
}

/** Options of `readHistory`: `git: false` (Restricted Mode, the status bar) reads file names only. */
export interface HistoryOptions extends GitRunOptions {
  git?: boolean;
}

/** Resolves the configured history folder inside the workspace; undefined when it would escape it. */
export function historyFolder(root: string, configured: string): string | undefined {
  const folder = path.resolve(root, configured);
  return isInside(path.resolve(root), folder) ? folder : undefined;
}

/** The history folder's entries; an absent folder is an empty history, a link to elsewhere is refused. */
async function entries(folder: string): Promise<{ names: string[]; warning?: string }> {
  try {
    if ((await fs.lstat(folder)).isSymbolicLink()) return { names: [], warning: `The status history folder ${folder} is a link to another place: it was not read.` };
    return { names: await fs.readdir(folder) };
  } catch {
    return { names: [] };
  }
}

/**
 * Reads the last update of the history folder: the latest valid, not future-dated file, and the moment it was
 * sent (the commit that added it, else a time recorded in it, else only its day).
 */
export async function readHistory(folder: string, today: Date, options: HistoryOptions = {}): Promise<HistoryRead> {
  const { names, warning } = await entries(folder);
  const scan = scanHistory(names, isoDay(today));
  const warnings = warning ? [warning, ...scan.warnings] : scan.warnings;
  if (!scan.last) return { warnings };
  const last: LastUpdate = { ...scan.last };
  const added = options.git === false ? undefined : await addedBy(folder, last.file, options);
  if (added) return { last: { ...last, ...added }, warnings };
  const recorded = recordedMoment(await readHead(path.join(folder, last.file)));
  if (recorded) return { last: { ...last, at: recorded }, warnings };
  if (options.git !== false) warnings.push(`The last update (${last.file}) is not committed and records no time: the range starts at the beginning of ${last.day}.`);
  return { last, warnings };
}

/** The date of the last update saved in the history folder (file names only: no git). */
export async function readLastUpdate(folder: string, today: Date = new Date()): Promise<string | undefined> {
  return (await readHistory(folder, today, { git: false })).last?.day;
}

/** The range "since the last update": right after its commit, else from its moment, else from its day. */
export function sinceLastUpdate(last: LastUpdate): CommitRange {
  return { kind: 'lastUpdate', value: last.at ?? last.day, ...(last.commit ? { commit: last.commit } : {}) };
}

// `git log --diff-filter=A -1 -- <file>`: the newest commit that added the file, run in the history folder so the
// path is the bare file name. Not committed, not a repository: undefined.
async function addedBy(folder: string, file: string, options: GitRunOptions): Promise<{ commit: string; at: string } | undefined> {
  const out = await runGit(folder, { args: ['log', '--diff-filter=A', '--max-count=1', '--format=%H%x1f%cI', 'HEAD'], paths: [file] }, options);
  if (!out.ok) return undefined;
  const [commit = '', at = ''] = out.stdout.trim().split('\x1f');
  return /^[0-9a-f]{40,64}$/.test(commit) && at ? { commit, at } : undefined;
}

// The first 4 KB of a regular file (where a recorded time would be); nothing for anything else.
async function readHead(file: string): Promise<string> {
  try {
    // Checked before opening: opening a FIFO would wait for a writer.
    if (!(await fs.lstat(file)).isFile()) return '';
    const handle = await fs.open(file, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}

/** Saves a draft as the update of `day`; never overwrites an earlier one, never writes through a link. Returns
 * the file written. */
export async function saveToHistory(folder: string, day: string, markdown: string): Promise<string> {
  const stat = await fs.lstat(folder).catch(() => undefined);
  if (stat?.isSymbolicLink()) throw new Error(`The status history folder ${folder} is a link to another place: Candor does not write through it.`);
  await fs.mkdir(folder, { recursive: true });
  const file = path.join(folder, historyFileName(day, (await entries(folder)).names));
  await fs.writeFile(file, markdown, { flag: 'wx' });
  return file;
}
