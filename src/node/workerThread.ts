// The one way Candor starts a worker thread (threads only: no worker starts a process).
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** The worker entries of src/node/workers/, each bundled to dist/<name>.js. */
export type WorkerName = 'coverageWorker' | 'markerScanWorker';

/**
 * Starts the worker `name` with `workerData`. Bundled, its code is dist/<name>.js beside the calling bundle (or
 * `bundledFile`, which the benchmark uses to measure the bundle while running sources), started without the
 * parent's flags (a loader or a debugger only slows it). Run from sources under tsx (unit tests), it is the
 * TypeScript entry, loaded through tsx's CommonJS hook from a one-line bootstrap: Node 20 does not apply
 * `--import tsx` hooks to a worker's own entry file.
 */
export function startWorker(name: WorkerName, workerData: unknown, bundledFile?: string): Worker {
  if (bundledFile || !__filename.endsWith('.ts'))
    return new Worker(bundledFile ?? path.join(__dirname, `${name}.js`), { workerData, execArgv: [] });
  const entry = path.join(__dirname, 'workers', `${name}.ts`);
  const hook = 'tsx/cjs'; // a variable, not a literal: the bundler must not try to resolve a dev dependency
  const bootstrap = `require(${JSON.stringify(require.resolve(hook))}); require(${JSON.stringify(entry)});`;
  return new Worker(bootstrap, { eval: true, workerData });
}
