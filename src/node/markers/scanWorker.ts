import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ScanReply, ScanRequest } from '../workers/markerScanWorker';
import { abortReason } from '../gitCommand';
import type { ScanResult } from './scanFiles';

/**
 * Where the worker's code is. Bundled (dist/extension.js, dist/cli.js), it is dist/markerScanWorker.js beside
 * the bundle; run from sources (tests under tsx), it is the TypeScript file, loaded through tsx's require hook
 * because Node 20 workers ignore `--import` in `execArgv`.
 */
function workerSource(workerFile?: string): { source: string; eval: boolean } {
  if (workerFile) return { source: workerFile, eval: false };
  const bundled = path.join(__dirname, 'markerScanWorker.js');
  if (fs.existsSync(bundled)) return { source: bundled, eval: false };
  const ts = path.join(__dirname, '..', 'workers', 'markerScanWorker.ts');
  return { source: `require('tsx/cjs'); require(${JSON.stringify(ts)});`, eval: true };
}

/**
 * Scans files for markers in a worker thread; with no `files`, the worker walks the root itself. Rejects when
 * `signal` aborts (the worker is terminated) or the worker fails. `workerFile` overrides where the bundled
 * worker is (the benchmark runs sources but measures the bundle).
 */
export function scanInWorker(root: string, files: readonly string[] | undefined, signal?: AbortSignal, workerFile?: string): Promise<ScanResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const { source, eval: isEval } = workerSource(workerFile);
    const request: ScanRequest = { root, files: files ? [...files] : undefined };
    const worker = new Worker(source, { eval: isEval, workerData: request });
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
    worker.once('message', (reply: ScanReply) => settle(() => (reply.ok ? resolve(reply.result) : reject(new Error(reply.message)))));
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`marker scan worker stopped (exit ${code})`))));
  });
}
