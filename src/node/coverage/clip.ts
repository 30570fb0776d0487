// Clips coverage to the real length of the files red flags link to: a report that lists line 5,000 of a
// 20-line file (an older build, a generated file, a hostile report) must not make 4,980 lines "uncovered".
// Only those files are read (a few), only regular files of bounded size, and never one a symlink takes outside.
import path from 'node:path';
import { clipToLength, countLines, type LineHits } from '../../core/coverage/types';
import { readRegularFile } from '../regularFile';

/** Files larger than this are not read to count lines: their coverage is kept as reported. */
export const MAX_COUNTED_BYTES = 32 * 1024 * 1024;

/** Coverage clipped to the files' lengths, and what was dropped: `lines` past the ends of `files`. */
export interface Clipped {
  files: Map<string, LineHits>;
  lines: number;
  /** Each clipped file (relative) with its length, in the order checked. */
  clippedFiles: { file: string; length: number }[];
}

/** How many files are read at once: a flag on `src/**` may link thousands of covered files. */
const PARALLEL = 16;

/** Clips the coverage of `which` (workspace-relative files) to their line counts on disk. */
export async function clipToFiles(
  root: string,
  coverage: ReadonlyMap<string, LineHits>,
  which: Iterable<string>,
  signal?: AbortSignal,
): Promise<Clipped> {
  const files = new Map(coverage);
  const result: Clipped = { files, lines: 0, clippedFiles: [] };
  const todo = [...new Set(which)].filter((file) => (files.get(file)?.lines.length ?? 0) > 0);
  const lengths = new Array<number | undefined>(todo.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < todo.length; i = next++) {
      signal?.throwIfAborted();
      lengths[i] = await lineCountOf(path.join(root, todo[i]!), signal);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, todo.length) }, worker));
  todo.forEach((file, i) => {
    const length = lengths[i];
    if (length === undefined) return;
    const clipped = clipToLength(files.get(file)!, length);
    if (clipped.clipped === 0) return;
    files.set(file, clipped.lines);
    result.lines += clipped.clipped;
    result.clippedFiles.push({ file, length });
  });
  return result;
}

/** The line count of a regular file, or undefined when it is missing, not a regular file, or too large. */
async function lineCountOf(file: string, signal?: AbortSignal): Promise<number | undefined> {
  const read = await readRegularFile(file, MAX_COUNTED_BYTES);
  signal?.throwIfAborted();
  // Line ends are ASCII bytes, so counting them in the re-encoded text gives the file's own count.
  return read.ok ? countLines(Buffer.from(read.text, 'utf8')) : undefined;
}
