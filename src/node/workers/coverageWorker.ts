// Worker thread entry (bundled to dist/coverageWorker.js): reads one coverage report, parses it, and posts
// the Result back with the line arrays' buffers transferred rather than copied.
import { parentPort, workerData } from 'node:worker_threads';
import { parseCoverage } from '../../core/coverage/detect';
import type { CoverageReport } from '../../core/coverage/types';
import { COVERAGE } from '../../core/lang/coverage';
import { fileIssue, type Result } from '../../core/result';
import { MAX_REPORT_BYTES, refusal, type WorkerRequest } from '../coverage/read';
import { readRegularFile } from '../regularFile';

async function run(request: WorkerRequest): Promise<Result<CoverageReport>> {
  const maxBytes = request.maxBytes ?? MAX_REPORT_BYTES;
  const words = COVERAGE[request.language ?? 'en'];
  const read = await readRegularFile(request.file, maxBytes);
  if (!read.ok) return { ok: false, issues: [fileIssue(refusal(request.file, read, maxBytes, words))] };
  return parseCoverage(read.text, request.file, request.format, words);
}

void run(workerData as WorkerRequest).then((result) => {
  // Files are views into a few shared buffers: each buffer is listed once (a repeat makes postMessage throw).
  const transfer = result.ok
    ? [...new Set(result.value.files.flatMap((f) => [f.lines.lines.buffer, f.lines.hits.buffer] as ArrayBuffer[]))]
    : [];
  parentPort?.postMessage(result, transfer);
});
