import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { abortReason } from './abort';
import { runGit } from './git/stream';

/** Generated or vendored folders that the directory walk (and the marker scan) never enters. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  '.git', 'node_modules', 'dist', 'out', 'build', 'target', 'vendor', 'coverage', '.venv', '__pycache__',
]);

/** A runaway walk (a home folder opened as a workspace) stops here rather than eat the machine. */
export const MAX_FILES = 300_000;

export interface FileListOptions {
  /** False in Restricted Mode: no git process is started. */
  git: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxFiles?: number;
}

/** The workspace's files, relative to its root with `/` separators, and how they were listed. */
export interface FileList {
  files: string[];
  via: 'git' | 'walk';
  /** True when the list stopped at `maxFiles`. */
  truncated: boolean;
}

/**
 * Lists the workspace's files: `git ls-files` (tracked, plus untracked files that are not ignored, so a new
 * file counts before its first commit) when git is allowed and the root is in a repo, else a directory walk.
 */
export async function listWorkspaceFiles(root: string, options: FileListOptions): Promise<FileList> {
  const max = options.maxFiles ?? MAX_FILES;
  if (options.git) {
    const listed = await gitFiles(root, options, max);
    if (listed) return listed;
  }
  return walkFiles(root, { signal: options.signal, maxFiles: max });
}

async function gitFiles(root: string, options: FileListOptions, max: number): Promise<FileList | undefined> {
  const files: string[] = [];
  let rest = '';
  let truncated = false;
  const args = ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'];
  const exit = await runGit(root, args, {
    signal: options.signal,
    timeoutMs: options.timeoutMs,
    onStdout: (chunk) => {
      const parts = (rest + chunk.toString('utf8')).split('\0');
      rest = parts.pop() ?? '';
      for (const part of parts) {
        if (files.length >= max) { truncated = true; break; }
        if (part !== '') files.push(part);
      }
    },
  });
  // Not a repo, no git, a timeout: the walk still gives a correct list, only slower.
  if (exit.code !== 0) return undefined;
  return { files, via: 'git', truncated };
}

interface WalkOptions {
  signal?: AbortSignal;
  maxFiles?: number;
}

/**
 * Walks `root` for files, skipping SKIPPED_FOLDERS. A symlinked file is listed when it resolves inside the
 * root; a symlinked folder is not entered — its files inside the root are already listed under their real
 * path, which also rules out link cycles — and links pointing outside are left out, as git would.
 */
export async function walkFiles(root: string, options: WalkOptions = {}): Promise<FileList> {
  const max = options.maxFiles ?? MAX_FILES;
  const realRoot = await fs.realpath(root);
  const files: string[] = [];
  const queue: string[] = [''];
  let truncated = false;
  while (queue.length > 0 && !truncated) {
    if (options.signal?.aborted) throw abortReason(options.signal);
    // A few folders at a time: enough to overlap I/O without opening thousands of handles.
    const batch = queue.splice(0, 16);
    const listed = await Promise.all(batch.map((dir) => readFolder(root, realRoot, dir)));
    for (const entry of listed) {
      queue.push(...entry.folders);
      for (const file of entry.files) {
        if (files.length >= max) { truncated = true; break; }
        files.push(file);
      }
    }
  }
  return { files, via: 'walk', truncated };
}

async function readFolder(root: string, realRoot: string, dir: string): Promise<{ files: string[]; folders: string[] }> {
  const files: string[] = [];
  const folders: string[] = [];
  let entries: Dirent[];
  try {
    entries = await fs.readdir(path.join(root, dir), { withFileTypes: true });
  } catch {
    return { files, folders }; // Unreadable folder (permissions, removed meanwhile): nothing to list.
  }
  for (const entry of entries) {
    const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) folders.push(rel);
    } else if (entry.isFile()) {
      files.push(rel);
    } else if (entry.isSymbolicLink() && (await isFileInside(path.join(root, rel), realRoot))) {
      files.push(rel);
    }
  }
  return { files, folders };
}

async function isFileInside(full: string, realRoot: string): Promise<boolean> {
  try {
    const real = await fs.realpath(full);
    return real.startsWith(realRoot + path.sep) && (await fs.stat(real)).isFile();
  } catch {
    return false; // A dangling link.
  }
}
