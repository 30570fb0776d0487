import { filesMatchedByFlags, linkFlags, type CoverageLookup, type LinkResult } from '../core/flags/link';
import type { RedFlag } from '../core/model/schema';
import { listWorkspaceFiles, type FileList } from './files';
import { searchMarkers, type MarkerSearch } from './markers';
import { filesOutside } from './paths';

export interface FlagLinkOptions {
  /** False in Restricted Mode: files are walked and markers scanned without starting git. */
  git: boolean;
  signal?: AbortSignal;
  coverage?: CoverageLookup;
  /** Finds coverage once the file list is known (report paths are mapped onto it); used when `coverage` is absent. */
  loadCoverage?: (files: readonly string[]) => Promise<CoverageLookup | undefined>;
}

/** The linked flags with what was gathered on the way, so callers can log how files and markers were found. */
export interface FlagLinks extends LinkResult {
  fileList: FileList;
  search: MarkerSearch;
}

/**
 * Gathers what linking needs from disk — the file list, the markers (both at once), the flagged files that a
 * symlink takes outside the workspace — and links the flags. Rejects only when `signal` aborts.
 */
export async function loadFlagLinks(root: string, flags: readonly RedFlag[], options: FlagLinkOptions): Promise<FlagLinks> {
  const { git, signal } = options;
  const list = listWorkspaceFiles(root, { git, signal });
  // With git, the two processes run side by side; without, the worker scans the walked list instead of walking again.
  const [fileList, search] = git
    ? await Promise.all([list, searchMarkers(root, { git, signal })])
    : await list.then(async (files) => [files, await searchMarkers(root, { git, signal, files: files.files })] as const);
  const [outside, coverage] = await Promise.all([
    filesOutside(root, filesMatchedByFlags(flags, fileList.files), options.signal),
    options.coverage ?? options.loadCoverage?.(fileList.files),
  ]);
  const markers = search.markers.filter((m) => !outside.has(m.file));
  const linked = linkFlags({ flags, files: fileList.files, markers, coverage, outside });
  return { ...linked, fileList, search };
}
