// The last update's exact moment: the commit that added its file to the status history. Apart from
// statusHistory.ts so that the status bar and the tree (file names only) do not bundle git.
import { runGit, type GitRunOptions } from './git/run';
import { readHistoryFolder, type HistoryRead } from './statusHistory';

/**
 * Reads the last update of the history folder and when it was sent: the commit that added its file (the range
 * starts right after it), else a time the file records, else only its day (with a warning).
 */
export async function readHistory(folder: string, today: Date, options: GitRunOptions = {}): Promise<HistoryRead> {
  const read = await readHistoryFolder(folder, today);
  if (!read.last) return read;
  const [added, before] = await Promise.all([
    addedBy(folder, read.last.file, options),
    read.previous && addedBy(folder, read.previous.file, options),
  ]);
  const previous = read.previous && { previous: { ...read.previous, ...before } };
  if (added) return { last: { ...read.last, ...added }, ...previous, warnings: read.warnings };
  if (read.last.at) return { ...read, ...previous };
  return {
    last: read.last,
    ...previous,
    warnings: [...read.warnings, { code: 'uncommitted', file: read.last.file, day: read.last.day }],
  };
}

// `git log --diff-filter=A -1 -- <file>`: the newest commit that added the file, run in the history folder so the
// path is the bare file name. Not committed, not a repository: undefined.
async function addedBy(
  folder: string,
  file: string,
  options: GitRunOptions,
): Promise<{ commit: string; at: string } | undefined> {
  const out = await runGit(
    folder,
    { args: ['log', '--diff-filter=A', '--max-count=1', '--format=%H%x1f%cI', 'HEAD'], paths: [file] },
    options,
  );
  if (!out.ok) return undefined;
  const [commit = '', at = ''] = out.stdout.trim().split('\x1f');
  return /^[0-9a-f]{40,64}$/.test(commit) && at ? { commit, at } : undefined;
}
