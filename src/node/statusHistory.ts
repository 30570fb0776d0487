import { promises as fs } from 'node:fs';
import path from 'node:path';
import { historyFileName, lastUpdateDate } from '../core/statusHistory';
import { isInside } from './paths';

/** The history folder's entries; an absent folder is an empty history. */
async function entries(folder: string): Promise<string[]> {
  try {
    return await fs.readdir(folder);
  } catch {
    return [];
  }
}

/** Resolves the configured history folder inside the workspace; undefined when it would escape it. */
export function historyFolder(root: string, configured: string): string | undefined {
  const folder = path.resolve(root, configured);
  return isInside(path.resolve(root), folder) ? folder : undefined;
}

/** The date of the last update saved in the history folder. */
export async function readLastUpdate(folder: string): Promise<string | undefined> {
  return lastUpdateDate(await entries(folder));
}

/** Saves a draft as the update of `day`; never overwrites an earlier one. Returns the file written. */
export async function saveToHistory(folder: string, day: string, markdown: string): Promise<string> {
  await fs.mkdir(folder, { recursive: true });
  const file = path.join(folder, historyFileName(day, await entries(folder)));
  await fs.writeFile(file, markdown, { flag: 'wx' });
  return file;
}
