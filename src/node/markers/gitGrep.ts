import path from 'node:path';
import { findMarkers, markersInLine, MARKER_TOKEN, type Marker } from '../../core/markers';
import { SKIPPED_FOLDERS } from '../skippedFolders';
import { readRegularFile } from '../regularFile';
import { abortReason } from '../abort';
import { streamGit } from '../git/run';
import { MAX_SCAN_BYTES } from './scanFiles';

/**
 * The fixed `git grep` command line: a fixed string (`-F`), binary files skipped (`-I`), NUL-separated fields
 * (`-z`, so no path quoting), untracked-but-not-ignored files included so a marker counts before its first
 * commit, and the generated folders the scan skips excluded, so both searches see the same files. Paths are
 * relative to the workspace folder even in a sub-folder of a repo (`grep.fullName=false` is in the hardening).
 */
export const GIT_GREP_ARGS: readonly string[] = [
  'grep',
  '-F',
  '-I',
  '-n',
  '--column',
  '-z',
  '--no-color',
  '--untracked',
  '--no-textconv',
  '-e',
  MARKER_TOKEN,
  '--',
  '.',
  ...[...SKIPPED_FOLDERS].map((folder) => `:(exclude,glob)**/${folder}/**`),
];

/** What `git grep` gave: its markers, or `undefined` when git could not search here (not a repo, no git). */
export interface GitGrepResult {
  markers: Marker[] | undefined;
  /** Why git could not be used, for the log. */
  reason?: string;
}

/** Searches markers with `git grep`, parsing its output as it streams; rejects only when `signal` aborts. */
export async function gitGrepMarkers(root: string, signal?: AbortSignal, timeoutMs?: number): Promise<GitGrepResult> {
  const parser = new GrepParser();
  const grep = { args: GIT_GREP_ARGS };
  const run = await streamGit(root, grep, { signal, timeoutMs, onStdout: (chunk) => parser.push(chunk) });
  parser.end();
  // "Nothing found" is a success of the gateway; a failure is a state (not a repository, no git, a timeout).
  if (run.ok) return { markers: await asTheScanWould(root, parser.markers) };
  if (run.failure.kind === 'aborted' && signal?.aborted) throw abortReason(signal);
  return { markers: undefined, reason: run.failure.message };
}

/**
 * Makes git's answer the scan's, file by file (only files with markers are read, usually a handful): files over
 * the scan's size limit, or no longer regular files, are dropped; a file with lone CR line ends (which git does
 * not count as lines, editors and the scan do) has its markers found again in its text, with editor lines.
 */
async function asTheScanWould(root: string, markers: Marker[]): Promise<Marker[]> {
  const files = [...new Set(markers.map((m) => m.file))];
  const reads = await Promise.all(files.map((file) => readRegularFile(path.join(root, file), MAX_SCAN_BYTES)));
  const redone = new Map<string, Marker[]>();
  files.forEach((file, i) => {
    const read = reads[i]!;
    if (!read.ok) redone.set(file, []);
    else if (/\r(?!\n)/.test(read.text))
      redone.set(
        file,
        findMarkers(read.text).map((m) => ({ file, ...m })),
      );
  });
  if (redone.size === 0) return markers;
  return [...markers.filter((m) => !redone.has(m.file)), ...[...redone.values()].flat()];
}

const NUL = 0;
const NEWLINE = 10;

/**
 * Parses `file\0line\0column\0text\n` records from byte chunks. Works on bytes so a chunk boundary inside a
 * multi-byte character or a field never corrupts a record; only a partial record is carried over.
 */
export class GrepParser {
  readonly markers: Marker[] = [];
  private rest: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    const data = this.rest.length === 0 ? chunk : Buffer.concat([this.rest, chunk]);
    let at = 0;
    for (;;) {
      const used = this.record(data, at);
      if (used < 0) break;
      at = used;
    }
    this.rest = data.subarray(at);
  }

  end(): void {
    // git always ends a record with a newline; a truncated last record (killed process) is dropped.
    this.rest = Buffer.alloc(0);
  }

  /** Parses one record starting at `at`; returns where the next one starts, or -1 when it is incomplete. */
  private record(data: Buffer, at: number): number {
    const fileEnd = data.indexOf(NUL, at);
    if (fileEnd < 0) return -1;
    const lineEnd = data.indexOf(NUL, fileEnd + 1);
    if (lineEnd < 0) return -1;
    const columnEnd = data.indexOf(NUL, lineEnd + 1);
    if (columnEnd < 0) return -1;
    const textEnd = data.indexOf(NEWLINE, columnEnd + 1);
    if (textEnd < 0) return -1;
    const file = utf8Name(data.subarray(at, fileEnd));
    // A name that is not valid UTF-8 cannot be opened through a string path: the scan leaves it out too.
    if (file === undefined) return textEnd + 1;
    const line = Number(data.toString('latin1', fileEnd + 1, lineEnd));
    let text = data.toString('utf8', columnEnd + 1, textEnd);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    // git's --column counts bytes; editors count UTF-16 units, so columns come from the text itself.
    for (const found of markersInLine(text, line)) this.markers.push({ file, ...found });
    return textEnd + 1;
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function utf8Name(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}
