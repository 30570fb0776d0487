// Worker thread entry (bundled to dist/coverageWorker.js): reads one coverage report, parses it, and posts
// the Result back with the line arrays' buffers transferred rather than copied.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parseCoverage } from '../../core/coverage/detect';
import type { CoverageReport } from '../../core/coverage/types';
import { fileIssue, type Result } from '../../core/result';
import type { WorkerRequest } from '../coverage/read';

function run(request: WorkerRequest): Result<CoverageReport> {
  try {
    return parseCoverage(fs.readFileSync(request.file, 'utf8'), request.file, request.format);
  } catch (e) {
    // Only I/O can throw here (the parsers never do): report it like any unreadable file.
    return { ok: false, issues: [fileIssue(`Cannot read the coverage report: ${(e as Error).message}`)] };
  }
}

const result = run(workerData as WorkerRequest);
// Files are views into a few shared buffers: each buffer is listed once (a repeat makes postMessage throw).
const transfer = result.ok ? [...new Set(result.value.files.flatMap((f) => [f.lines.lines.buffer, f.lines.hits.buffer] as ArrayBuffer[]))] : [];
parentPort?.postMessage(result, transfer);
