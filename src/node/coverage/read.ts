// Reads and parses one coverage report. Small reports are parsed here; reports over 5 MB are parsed in a
// worker thread so the extension host's thread stays free (a 30 MB report takes a few hundred ms), and the
// worker sends the line arrays back by transferring their buffers, not copying them.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseCoverage } from '../../core/coverage/detect';
import type { CoverageFormat, CoverageReport } from '../../core/coverage/types';
import type { CoverageWords } from '../../core/coverage/words';
import { COVERAGE } from '../../core/lang/coverage';
import type { Language } from '../../core/model/vocabulary';
import { fileIssue, type Result } from '../../core/result';
import { readRegularFile, type FileRefusal } from '../regularFile';
import { startWorker } from '../workerThread';

/** Reports larger than this are refused: no coverage report of a client project is that big. */
export const MAX_REPORT_BYTES = 200 * 1024 * 1024;
/** Reports larger than this are parsed in a worker thread. */
export const WORKER_THRESHOLD_BYTES = 5 * 1024 * 1024;

/** How to read a report. */
export interface ReadOptions {
  signal?: AbortSignal;
  /** Skip detection (e.g. a setting says which format). */
  format?: CoverageFormat;
  maxBytes?: number;
  workerThreshold?: number;
  /** The language of the report's problems; default English. */
  language?: Language;
}

/** What the worker receives. */
export interface WorkerRequest {
  file: string;
  format?: CoverageFormat;
  maxBytes?: number;
  language?: Language;
}

/**
 * Reads a report and parses it; I/O failures, size and bad content come back as a failed Result. Rejects
 * only with an AbortError when the signal fires (the worker, if any, is terminated).
 */
export async function readCoverageReport(file: string, options: ReadOptions = {}): Promise<Result<CoverageReport>> {
  const { signal } = options;
  signal?.throwIfAborted();
  const words = COVERAGE[options.language ?? 'en'];
  const maxBytes = options.maxBytes ?? MAX_REPORT_BYTES;
  // The size only picks the thread: readRegularFile refuses FIFOs, devices and folders, and caps the size.
  const size = await fs.stat(file).then(
    (st) => (st.isFile() ? st.size : 0),
    () => 0,
  );
  if (size > maxBytes) return fail(tooLarge(size, maxBytes, words));
  if (size > (options.workerThreshold ?? WORKER_THRESHOLD_BYTES))
    return parseInWorker({ file, format: options.format, maxBytes, language: options.language }, signal);
  const read = await readRegularFile(file, maxBytes);
  signal?.throwIfAborted();
  if (!read.ok) return fail(refusal(file, read, maxBytes, words));
  return parseCoverage(read.text, file, options.format, words);
}

/** Why a report was not read, in the words every reader of a report uses. */
export function refusal(file: string, read: FileRefusal, maxBytes: number, words: CoverageWords): string {
  if (read.reason === 'not-a-file') return words.notAFile(path.basename(file));
  if (read.reason === 'too-large') return tooLarge(read.bytes, maxBytes, words);
  return read.reason === 'missing' ? words.missing(path.basename(file)) : words.cannotRead(read.code);
}

const tooLarge = (size: number, maxBytes: number, words: CoverageWords) =>
  words.tooLarge(words.size(size), words.size(maxBytes));

/** Runs the parse in `coverageWorker`; the worker reads the file itself so the text never crosses threads. */
export function parseInWorker(request: WorkerRequest, signal?: AbortSignal): Promise<Result<CoverageReport>> {
  signal?.throwIfAborted();
  const words = COVERAGE[request.language ?? 'en'];
  const worker = startWorker('coverageWorker', request);
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = (): void => {
      void worker.terminate();
      settle(() => reject(signal?.reason));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (result: Result<CoverageReport>) => settle(() => resolve(result)));
    worker.once('error', (e) => settle(() => resolve(fail(words.parserFailed(e.message)))));
    worker.once('exit', (code) => settle(() => resolve(fail(words.parserStopped(code)))));
  });
}

function fail(message: string): Result<CoverageReport> {
  return { ok: false, issues: [fileIssue(message)] };
}
