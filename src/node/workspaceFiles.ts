// The workspace's file list: `git ls-files` when git may run, else the directory walk of files.ts. Apart from
// files.ts so that the marker-scan worker, which only walks, does not bundle the git gateway (and simple-git).
import { abortReason } from './abort';
import { MAX_FILES, walkFiles, type FileList } from './files';
import { streamGit } from './git/run';

export interface FileListOptions {
  /** False in Restricted Mode: no git process is started. */
  git: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxFiles?: number;
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
  const listed = await streamGit(
    root,
    { args },
    {
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      onStdout: (chunk) => {
        const parts = (rest + chunk.toString('utf8')).split('\0');
        rest = parts.pop() ?? '';
        for (const part of parts) {
          if (files.length >= max) {
            truncated = true;
            break;
          }
          if (part !== '') files.push(part);
        }
      },
    },
  );
  if (!listed.ok && listed.failure.kind === 'aborted' && options.signal?.aborted) throw abortReason(options.signal);
  // Not a repo, no git, a timeout: the walk still gives a correct list, only slower.
  if (!listed.ok) return undefined;
  return { files, via: 'git', truncated };
}
