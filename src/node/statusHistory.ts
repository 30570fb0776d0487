import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isoDay } from '../core/dates';
import type { CommitRange } from '../core/git/range';
import { historyFileName, recordedMoment, scanHistory, type HistoryNote } from '../core/statusHistory';
import { readRegularFile } from './regularFile';
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
  /** The update before the last (its file and day; `readHistory` adds its commit). */
  previous?: LastUpdate;
  warnings: HistoryNote[];
}

/** Resolves the configured history folder inside the workspace; undefined when it would escape it. */
export function historyFolder(root: string, configured: string): string | undefined {
  const folder = path.resolve(root, configured);
  return isInside(path.resolve(root), folder) ? folder : undefined;
}

/** The history folder's entries; an absent folder is an empty history, a link to elsewhere is refused. */
async function entries(folder: string): Promise<{ names: string[]; warning?: HistoryNote }> {
  try {
    if ((await fs.lstat(folder)).isSymbolicLink()) return { names: [], warning: { code: 'linkedFolder', folder } };
    return { names: await fs.readdir(folder) };
  } catch {
    return { names: [] };
  }
}

/**
 * Reads the last update of the history folder without git: the latest valid, not future-dated file, and the time
 * it records, if any (src/node/lastUpdate.ts adds the commit that added it).
 */
export async function readHistoryFolder(folder: string, today: Date): Promise<HistoryRead> {
  const { names, warning } = await entries(folder);
  const scan = scanHistory(names, isoDay(today));
  const warnings = warning ? [warning, ...scan.warnings] : scan.warnings;
  if (!scan.last) return { warnings };
  const recorded = recordedMoment(await readHead(path.join(folder, scan.last.file)));
  const previous = scan.previous ? { previous: scan.previous } : {};
  return { last: recorded ? { ...scan.last, at: recorded } : scan.last, ...previous, warnings };
}

/** The date of the last update saved in the history folder (file names only: no git). */
export async function readLastUpdate(folder: string, today: Date = new Date()): Promise<string | undefined> {
  return (await readHistoryFolder(folder, today)).last?.day;
}

/** The range "since the last update": right after its commit, else from its moment, else from its day. */
export function sinceLastUpdate(last: LastUpdate): CommitRange {
  return { kind: 'lastUpdate', value: last.at ?? last.day, ...(last.commit ? { commit: last.commit } : {}) };
}

// An update is a page of text; a bigger file is not an update Candor saved.
const MAX_UPDATE_BYTES = 1_000_000;

// The first 4 KB of a regular file (where a recorded time would be); nothing for anything else.
async function readHead(file: string): Promise<string> {
  const read = await readRegularFile(file, MAX_UPDATE_BYTES);
  return read.ok ? read.text.slice(0, 4096) : '';
}

/** Saves a draft as the update of `day`; never overwrites an earlier one, never writes through a link. Returns
 * the file written. */
export async function saveToHistory(folder: string, day: string, markdown: string): Promise<string> {
  const stat = await fs.lstat(folder).catch(() => undefined);
  if (stat?.isSymbolicLink())
    throw new Error(
      `The status history folder ${folder} is a link to another place: Candor does not write through it.`,
    );
  await fs.mkdir(folder, { recursive: true });
  const file = path.join(folder, historyFileName(day, (await entries(folder)).names));
  await fs.writeFile(file, markdown, { flag: 'wx' });
  return file;
}
