import fs from 'node:fs';
import path from 'node:path';
import { findMarkers, MARKER_TOKEN, type Marker } from '../../core/markers';
import { SKIPPED_FOLDERS } from '../skippedFolders';

/** Files larger than this are skipped: markers live in source files, not in dumps or bundles. */
export const MAX_SCAN_BYTES = 1024 * 1024;
/** A NUL byte in this many leading bytes marks a file as binary (git's own heuristic, to the byte: 8,000). */
export const BINARY_PROBE_BYTES = 8000;

/** What a scan found and what it left out. */
export interface ScanResult {
  markers: Marker[];
  scanned: number;
  skipped: { binary: number; large: number; generated: number; unreadable: number };
}

const TOKEN = Buffer.from(MARKER_TOKEN, 'utf8');

/**
 * Scans files for markers, synchronously: meant for a worker thread, where blocking is harmless and sync reads
 * avoid a promise per file. Skips binary files, files over 1 MB and anything under a generated folder.
 */
export function scanFiles(root: string, files: readonly string[], shouldStop: () => boolean = () => false): ScanResult {
  const result: ScanResult = { markers: [], scanned: 0, skipped: { binary: 0, large: 0, generated: 0, unreadable: 0 } };
  for (let i = 0; i < files.length; i++) {
    if (i % 256 === 0 && shouldStop()) break;
    const file = files[i]!;
    if (inGeneratedFolder(file)) {
      result.skipped.generated++;
      continue;
    }
    const found = scanFile(path.join(root, file), result);
    if (found) for (const marker of found) result.markers.push({ file, ...marker });
  }
  return result;
}

// One buffer for every file: a scan of 30,000 files allocates nothing per file but the marker lines' strings.
let shared: Buffer | undefined;
// O_NONBLOCK: opening a named pipe that a file list somehow holds must not hang the worker.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function scanFile(full: string, result: ScanResult): ReturnType<typeof findMarkers> | undefined {
  shared ??= Buffer.allocUnsafe(MAX_SCAN_BYTES + 1);
  let length = 0;
  let fd: number | undefined;
  try {
    fd = fs.openSync(full, OPEN_FLAGS);
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return undefined;
    if (stat.size > MAX_SCAN_BYTES) {
      result.skipped.large++;
      return undefined;
    }
    // Up to the size fstat gave (one read, usually); a file that grew meanwhile is read to the buffer's end.
    for (let n = -1; n !== 0 && length < Math.max(stat.size, 1) && length < shared.length; length += n) {
      n = fs.readSync(fd, shared, length, shared.length - length, length);
    }
  } catch {
    result.skipped.unreadable++;
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  if (length > MAX_SCAN_BYTES) {
    result.skipped.large++;
    return undefined;
  }
  const data = shared.subarray(0, length);
  if (data.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    result.skipped.binary++;
    return undefined;
  }
  result.scanned++;
  // Most files hold no marker: a byte search spares decoding them at all.
  if (data.indexOf(TOKEN) < 0) return undefined;
  return findMarkers(data.toString('utf8'));
}

function inGeneratedFolder(file: string): boolean {
  const parts = file.split('/');
  for (let i = 0; i < parts.length - 1; i++) if (SKIPPED_FOLDERS.has(parts[i]!)) return true;
  return false;
}
