import type { Marker } from '../../core/markers';
import { walkFiles } from '../files';
import { gitGrepMarkers } from './gitGrep';
import { scanInWorkers } from './scanWorker';

export { GIT_GREP_ARGS, gitGrepMarkers, GrepParser } from './gitGrep';
export { scanFiles, MAX_SCAN_BYTES, type ScanResult } from './scanFiles';
export { scanInWorker, scanInWorkers } from './scanWorker';

export interface MarkerSearchOptions {
  /** False in Restricted Mode: no git process is ever started, the worker scan is used. */
  git: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The workspace file list, when the caller has it: the scan then skips its own walk. */
  files?: readonly string[];
  /** The bundled worker's path, when not beside this module (see scanInWorker). */
  workerFile?: string;
}

/** The markers of a workspace and how they were found (for the log, and for tests of Restricted Mode). */
export interface MarkerSearch {
  markers: Marker[];
  via: 'git grep' | 'scan';
  /** Why git was not used, when it was allowed but could not search here. */
  fallbackReason?: string;
}

/**
 * Finds every marker in the workspace: `git grep` when git is allowed and the root is in a repository, else a
 * file scan in worker threads (one per core, over the walked file list). Both give the same markers, sorted by
 * file then line then column.
 */
export async function searchMarkers(root: string, options: MarkerSearchOptions): Promise<MarkerSearch> {
  let fallbackReason: string | undefined;
  if (options.git) {
    const grep = await gitGrepMarkers(root, options.signal, options.timeoutMs);
    if (grep.markers) return { markers: sortMarkers(grep.markers), via: 'git grep' };
    fallbackReason = grep.reason;
  }
  // The walk is asynchronous and light on the main thread; the reading and searching happen in the workers.
  const files = options.files ?? (await walkFiles(root, { signal: options.signal })).files;
  const scan = await scanInWorkers(root, files, options.signal, options.workerFile);
  return { markers: sortMarkers(scan.markers), via: 'scan', fallbackReason };
}

function sortMarkers(markers: Marker[]): Marker[] {
  return markers.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
