/**
 * The status history folder (default `status/`) holds one Markdown file per update sent, named by its date:
 * `2026-11-26.md`, then `2026-11-26-2.md` for a second one that day. Committed with the code, it tells the
 * whole team when the last update went out.
 */

const ENTRY = /^(\d{4}-\d{2}-\d{2})(?:-(\d+))?\.md$/;

/** The default folder, relative to the workspace root. */
export const DEFAULT_HISTORY_FOLDER = 'status';

/** The date of the latest update among the history folder's file names; undefined when there is none. */
export function lastUpdateDate(fileNames: readonly string[]): string | undefined {
  let latest: string | undefined;
  for (const name of fileNames) {
    const date = ENTRY.exec(name)?.[1];
    if (date && !Number.isNaN(Date.parse(date)) && (latest === undefined || date > latest)) latest = date;
  }
  return latest;
}

/** A file name for an update written on `day` that clashes with none of `fileNames`. */
export function historyFileName(day: string, fileNames: readonly string[]): string {
  const taken = new Set(fileNames);
  if (!taken.has(`${day}.md`)) return `${day}.md`;
  let n = 2;
  while (taken.has(`${day}-${n}.md`)) n++;
  return `${day}-${n}.md`;
}
