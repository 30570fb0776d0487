// Worker thread for the marker scan without git (Restricted Mode, or no repository): the synchronous reads of
// thousands of files happen here so the extension host's thread stays free. Bundled to dist/markerScanWorker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { walkFiles } from '../files';
import { scanFiles, type ScanResult } from '../markers/scanFiles';

/** What the main thread sends: the root, and the file list when it already has one. */
export interface ScanRequest {
  root: string;
  files?: string[];
}

/** What the worker answers: the scan's result, or the message of an unexpected failure. */
export type ScanReply = { ok: true; result: ScanResult } | { ok: false; message: string };

async function main(request: ScanRequest): Promise<ScanReply> {
  try {
    const files = request.files ?? (await walkFiles(request.root)).files;
    return { ok: true, result: scanFiles(request.root, files) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

void main(workerData as ScanRequest).then((reply) => parentPort?.postMessage(reply));
