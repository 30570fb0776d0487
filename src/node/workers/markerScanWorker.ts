// Worker thread for the marker scan without git (Restricted Mode, or no repository): the synchronous reads of
// thousands of files happen here so the extension host's thread stays free. Bundled to dist/markerScanWorker.js.
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { walkFiles } from '../files';
import { scanFiles, type ScanResult } from '../markers/scanFiles';

/**
 * What the main thread sends: the root, and the file list when it already has one, joined with NUL (which no
 * path holds): one string is copied to the worker in one piece, 30,000 strings one by one on the main thread.
 */
export interface ScanRequest {
  root: string;
  files?: string;
}

/** What the worker answers: the scan's result, or the message of an unexpected failure. */
export type ScanReply = { ok: true; result: ScanResult } | { ok: false; message: string };

async function main(request: ScanRequest): Promise<ScanReply> {
  try {
    const files =
      request.files !== undefined ? request.files.split('\0').filter(Boolean) : (await walkFiles(request.root)).files;
    return { ok: true, result: scanFiles(request.root, files) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * On Linux a nice value belongs to a thread, so this lowers only the scan's thread: on a busy machine the
 * extension host's thread wins the CPU over the scan. Elsewhere it would lower the whole host: skipped.
 */
function yieldCpuToMainThread(): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(0, Math.min(19, os.getPriority(0) + 10));
  } catch {
    // Not permitted in some sandboxes: the scan still runs, at normal priority.
  }
}

yieldCpuToMainThread();
void main(workerData as ScanRequest).then((reply) => parentPort?.postMessage(reply));
