import os from 'node:os';
import type { ScanReply, ScanRequest } from '../workers/markerScanWorker';
import { abortReason } from '../abort';
import { startWorker } from '../workerThread';
import type { ScanResult } from './scanFiles';

/**
 * Scans files for markers in a worker thread; with no `files`, the worker walks the root itself. Rejects when
 * `signal` aborts (the worker is terminated) or the worker fails. `workerFile` overrides where the bundled
 * worker is (the benchmark runs sources but measures the bundle).
 */
export function scanInWorker(
  root: string,
  files: readonly string[] | undefined,
  signal?: AbortSignal,
  workerFile?: string,
): Promise<ScanResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const request: ScanRequest = { root, files: files?.join('\0') };
    const worker = startWorker('markerScanWorker', request, workerFile);
    let done = false;
    const settle = (action: () => void) => {
      if (done) return;
      done = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      action();
    };
    const onAbort = () => settle(() => reject(abortReason(signal!)));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (reply: ScanReply) =>
      settle(() => (reply.ok ? resolve(reply.result) : reject(new Error(reply.message)))),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`marker scan worker stopped (exit ${code})`))));
  });
}

/** Files per worker below which another worker costs more to start than it saves. */
const FILES_PER_WORKER = 4000;

/**
 * Scans `files` in as many worker threads as the machine has cores (at most 4), each taking a contiguous slice
 * (neighbouring files share folders, which keeps each thread's reads local). One failure stops the others.
 */
export async function scanInWorkers(
  root: string,
  files: readonly string[],
  signal?: AbortSignal,
  workerFile?: string,
): Promise<ScanResult> {
  const threads = Math.max(1, Math.min(os.availableParallelism(), 4, Math.ceil(files.length / FILES_PER_WORKER)));
  if (threads === 1) return scanInWorker(root, files, signal, workerFile);
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const size = Math.ceil(files.length / threads);
  try {
    const running: Promise<ScanResult>[] = [];
    for (let i = 0; i < threads; i++) {
      // Starting a worker holds the main thread for a few ms: one per turn of the event loop, not all at once.
      if (i > 0) await new Promise((resolve) => setImmediate(resolve));
      const part = scanInWorker(root, files.slice(i * size, (i + 1) * size), stop.signal, workerFile);
      running.push(
        part.catch((error: unknown) => {
          stop.abort(error);
          throw error;
        }),
      );
    }
    return mergeScans(await Promise.all(running));
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

function mergeScans(parts: readonly ScanResult[]): ScanResult {
  const merged: ScanResult = { markers: [], scanned: 0, skipped: { binary: 0, large: 0, generated: 0, unreadable: 0 } };
  for (const part of parts) {
    merged.markers.push(...part.markers);
    merged.scanned += part.scanned;
    for (const key of Object.keys(merged.skipped) as (keyof ScanResult['skipped'])[])
      merged.skipped[key] += part.skipped[key];
  }
  return merged;
}
