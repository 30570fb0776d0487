import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { isIgnored, parseGitignore, type IgnoreRule } from '../core/gitignore';
import { abortReason } from './abort';
import { readRegularFile } from './regularFile';
import { SKIPPED_FOLDERS } from './skippedFolders';

/** A runaway walk (a home folder opened as a workspace) stops here rather than eat the machine. */
export const MAX_FILES = 300_000;

/** The workspace's files, relative to its root with `/` separators, and how they were listed. */
export interface FileList {
  files: string[];
  via: 'git' | 'walk';
  /** True when the list stopped at `maxFiles`. */
  truncated: boolean;
}

interface WalkOptions {
  signal?: AbortSignal;
  maxFiles?: number;
}

/**
 * Walks `root` for files, skipping SKIPPED_FOLDERS and what its `.gitignore` files ignore (the common subset of
 * git's rules, see core/gitignore.ts: no git process runs), so that it lists what `git ls-files` would list.
 * Names that are not valid UTF-8 are left out: no string path can open them. A symlinked file is listed when it
 * resolves inside the root; a symlinked folder is not entered — its files inside the root are already listed
 * under their real path, which also rules out link cycles — and links pointing outside are left out, as git would.
 */
export async function walkFiles(root: string, options: WalkOptions = {}): Promise<FileList> {
  const max = options.maxFiles ?? MAX_FILES;
  const realRoot = await fs.realpath(root);
  const files: string[] = [];
  const queue: Folder[] = [{ dir: '', rules: await rootRules(root) }];
  let truncated = false;
  while (queue.length > 0 && !truncated) {
    if (options.signal?.aborted) throw abortReason(options.signal);
    // A few folders at a time: enough to overlap I/O without opening thousands of handles.
    const batch = queue.splice(0, 16);
    const listed = await Promise.all(batch.map((folder) => readFolder(root, realRoot, folder)));
    for (const entry of listed) {
      queue.push(...entry.folders);
      for (const file of entry.files) {
        if (files.length >= max) {
          truncated = true;
          break;
        }
        files.push(file);
      }
    }
  }
  return { files, via: 'walk', truncated };
}

/** A folder to list, with the ignore rules that apply inside it. */
interface Folder {
  dir: string;
  rules: readonly IgnoreRule[];
}

/** A .gitignore or exclude file larger than this is not a hand-written one: it is not read. */
const MAX_IGNORE_BYTES = 256 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The repository's own exclude file, when the root is a repository's top (read as a file: no git runs). */
async function rootRules(root: string): Promise<IgnoreRule[]> {
  const read = await readRegularFile(path.join(root, '.git', 'info', 'exclude'), MAX_IGNORE_BYTES);
  return read.ok ? parseGitignore(read.text, '') : [];
}

async function readFolder(
  root: string,
  realRoot: string,
  { dir, rules: inherited }: Folder,
): Promise<{ files: string[]; folders: Folder[] }> {
  const files: string[] = [];
  const folders: Folder[] = [];
  let entries: Dirent[];
  try {
    entries = await fs.readdir(path.join(root, dir), { withFileTypes: true });
  } catch {
    return { files, folders }; // Unreadable folder (permissions, removed meanwhile): nothing to list.
  }
  let rules = inherited;
  if (entries.some((e) => e.name === '.gitignore')) {
    const read = await readRegularFile(path.join(root, dir, '.gitignore'), MAX_IGNORE_BYTES);
    if (read.ok) rules = [...inherited, ...parseGitignore(read.text, dir === '' ? '' : `${dir}/`)];
  }
  // Node decodes names leniently (U+FFFD for bad bytes); only then are the raw names checked.
  const invalid = entries.some((e) => e.name.includes('\uFFFD')) ? await invalidNames(path.join(root, dir)) : undefined;
  for (const entry of entries) {
    const name = entry.name;
    if (invalid?.has(name)) continue;
    const rel = dir === '' ? name : `${dir}/${name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(name) && !isIgnored(rules, rel, true)) folders.push({ dir: rel, rules });
    } else if (isIgnored(rules, rel, false)) {
      continue;
    } else if (entry.isFile()) {
      files.push(rel);
    } else if (entry.isSymbolicLink() && (await isFileInside(path.join(root, rel), realRoot))) {
      files.push(rel);
    }
  }
  return { files, folders };
}

/** The (leniently decoded) names in `dir` whose bytes are not valid UTF-8. */
async function invalidNames(dir: string): Promise<Set<string>> {
  const raw = await fs.readdir(dir, { encoding: 'buffer' }).catch(() => [] as Buffer[]);
  const invalid = new Set<string>();
  for (const bytes of raw) {
    try {
      strictUtf8.decode(bytes);
    } catch {
      invalid.add(bytes.toString('utf8'));
    }
  }
  return invalid;
}

async function isFileInside(full: string, realRoot: string): Promise<boolean> {
  try {
    const real = await fs.realpath(full);
    return real.startsWith(realRoot + path.sep) && (await fs.stat(real)).isFile();
  } catch {
    return false; // A dangling link.
  }
}
