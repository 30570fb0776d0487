// src/node/coverage: finding reports on disk and reading them, in this thread or in the worker.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findCoverageReports } from '../../../src/node/coverage/find';
import { parseInWorker, readCoverageReport } from '../../../src/node/coverage/read';
import { FIXTURES, fileEndingWith, hitsOf, okReport } from './helpers';

function tempTree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-coverage-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const LCOV = path.join(FIXTURES, 'js-project/coverage/lcov.info');

describe('finding coverage reports', () => {
  let root: string;
  before(() => {
    root = tempTree({
      'coverage/lcov.info': 'SF:a\nend_of_record\n',
      'coverage.out': 'mode: set\n',
      'service/target/site/jacoco/jacoco.xml': '<report/>',
      'app/build/reports/jacoco/test/jacocoTestReport.xml': '<report/>',
      'node_modules/lib/jacoco.xml': '<report/>',
      '.git/jacoco.xml': '<report/>',
      'a/b/c/d/e/f/g/h/jacoco.xml': '<report/>',
    });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('finds the default places and JaCoCo reports in Maven and Gradle build folders, skipping node_modules and .git', async () => {
    const result = await findCoverageReports(root);
    assert.ok(result.ok);
    assert.deepEqual(
      result.value.map((r) => r.relative),
      [
        'coverage/lcov.info',
        'coverage.out',
        'app/build/reports/jacoco/test/jacocoTestReport.xml',
        'service/target/site/jacoco/jacoco.xml',
      ],
    );
    assert.ok(result.value.every((r) => path.isAbsolute(r.path) && r.size > 0));
  });

  it('stops the JaCoCo search at the depth bound', async () => {
    const deep = await findCoverageReports(root, { maxDepth: 20 });
    assert.ok(deep.ok && deep.value.some((r) => r.relative === 'a/b/c/d/e/f/g/h/jacoco.xml'));
  });

  it('uses only the paths a setting names, and warns about missing ones and ones outside the folder', async () => {
    const result = await findCoverageReports(root, {
      explicit: ['coverage.out', 'missing.xml', '../elsewhere/lcov.info', '/etc/passwd'],
    });
    assert.ok(result.ok);
    assert.deepEqual(
      result.value.map((r) => r.relative),
      ['coverage.out'],
    );
    assert.deepEqual(
      result.issues.map((i) => i.severity),
      ['warning', 'warning', 'warning'],
    );
    assert.match(result.issues[0]!.message, /not found/);
    assert.match(result.issues[1]!.message, /outside the workspace/);
    const german = await findCoverageReports(root, { explicit: ['missing.xml', '../x/lcov.info'], language: 'de' });
    assert.deepEqual(
      german.issues.map((i) => i.message),
      [
        'Der Abdeckungsbericht „missing.xml“ wurde nicht gefunden.',
        'Der Abdeckungsbericht „../x/lcov.info“ liegt außerhalb des Arbeitsbereichsordners; ignoriert.',
      ],
    );
  });

  it('ignores a report that is a symlink out of the folder, and says so', async () => {
    const outside = tempTree({ 'secret.txt': 'not yours' });
    const inside = tempTree({ 'real/lcov.info': 'SF:a\nend_of_record\n' });
    try {
      fs.mkdirSync(path.join(inside, 'coverage'));
      fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(inside, 'coverage/lcov.info'));
      fs.symlinkSync(path.join(inside, 'real/lcov.info'), path.join(inside, 'coverage.out'));
      const result = await findCoverageReports(inside);
      assert.ok(result.ok);
      assert.deepEqual(
        result.value.map((r) => r.relative),
        ['coverage.out'],
      );
      assert.match(result.issues[0]!.message, /links outside the workspace/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
      fs.rmSync(inside, { recursive: true, force: true });
    }
  });

  it('finds nothing, without an error, in a folder with no reports', async () => {
    const empty = tempTree({ 'README.md': '# x' });
    try {
      assert.deepEqual(await findCoverageReports(empty), { ok: true, value: [], issues: [] });
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('rejects with an AbortError when aborted', async () => {
    await assert.rejects(findCoverageReports(root, { signal: AbortSignal.abort() }), { name: 'AbortError' });
  });
});

describe('reading a coverage report', () => {
  it('reads and parses a small report in this thread', async () => {
    const report = okReport(await readCoverageReport(LCOV));
    assert.equal(report.format, 'lcov');
    assert.equal(hitsOf(fileEndingWith(report, 'src/math.js'))[17], 3);
  });

  it('parses in the worker thread with the same result, line arrays transferred', async () => {
    const here = okReport(await readCoverageReport(LCOV));
    const there = okReport(await readCoverageReport(LCOV, { workerThreshold: 0 }));
    assert.deepEqual(
      there.files.map((f) => [f.path, hitsOf(f)]),
      here.files.map((f) => [f.path, hitsOf(f)]),
    );
    assert.ok(there.files[0]!.lines.lines instanceof Uint32Array);
  });

  it('parses a report over 5 MB off the main thread, which keeps running meanwhile', async () => {
    const records: string[] = [];
    for (let f = 0; records.length < 2000; f++) {
      let rec = `SF:src/file${f}.ts\n`;
      for (let l = 1; l <= 300; l++) rec += `DA:${l},${(f + l) % 3}\n`;
      records.push(`${rec}end_of_record\n`);
    }
    const dir = tempTree({ 'coverage/lcov.info': records.join('') });
    try {
      const file = path.join(dir, 'coverage/lcov.info');
      assert.ok(fs.statSync(file).size > 5 * 1024 * 1024);
      let ticks = 0;
      const timer = setInterval(() => ticks++, 1);
      const report = okReport(await readCoverageReport(file));
      clearInterval(timer);
      assert.equal(report.files.length, 2000);
      assert.equal(hitsOf(report.files[1999])[300], (1999 + 300) % 3);
      assert.ok(ticks > 0, 'the main thread ran timers while the worker parsed');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a report over the size cap without reading it', async () => {
    const result = await readCoverageReport(LCOV, { maxBytes: 100 });
    assert.equal(result.ok, false);
    assert.equal(
      result.issues[0]!.message,
      'The coverage report is 700 bytes, over the 100 bytes limit; it was not read.',
    );
  });

  it('says so when the report is missing or is a folder', async () => {
    const missing = await readCoverageReport(path.join(FIXTURES, 'nope.info'));
    assert.ok(!missing.ok && /Cannot read/.test(missing.issues[0]!.message));
    const folder = await readCoverageReport(FIXTURES);
    assert.ok(!folder.ok && /not a file/.test(folder.issues[0]!.message));
    const inWorker = await parseInWorker({ file: path.join(FIXTURES, 'nope.info') });
    assert.ok(!inWorker.ok && /Cannot read/.test(inWorker.issues[0]!.message));
  });

  it('says why in the language asked for, in this thread and in the worker', async () => {
    const french = await readCoverageReport(FIXTURES, { language: 'fr' });
    assert.ok(!french.ok && french.issues[0]!.message === 'coverage n’est pas un fichier.', JSON.stringify(french));
    const spanish = await readCoverageReport(LCOV, { maxBytes: 100, language: 'es' });
    assert.equal(
      spanish.issues[0]!.message,
      'El informe de cobertura ocupa 700 bytes, por encima del límite de 100 bytes; no se leyó.',
    );
    const inWorker = await parseInWorker({ file: path.join(FIXTURES, 'nope.info'), language: 'de' });
    assert.deepEqual(
      inWorker.issues.map((i) => i.message),
      ['Der Abdeckungsbericht kann nicht gelesen werden: nope.info existiert nicht'],
    );
    const dir = tempTree({ 'lcov.info': 'SF:a.ts\nDA:1,1\nnot a key line\nend_of_record\n' });
    try {
      const skipped = await readCoverageReport(path.join(dir, 'lcov.info'), { language: 'fr', workerThreshold: 0 });
      assert.deepEqual(
        skipped.issues.map((i) => i.message),
        [
          '1 enregistrement de couverture mal formé ignoré ; le premier : une ligne qui n’est pas une ligne lcov CLÉ:valeur.',
        ],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a binary file as a failed Result, in either thread', async () => {
    const binary = path.join(FIXTURES, 'malformed/random-binary.bin');
    assert.equal((await readCoverageReport(binary)).ok, false);
    assert.equal((await readCoverageReport(binary, { workerThreshold: 0 })).ok, false);
  });

  it('rejects with an AbortError and stops the worker when aborted', async () => {
    await assert.rejects(readCoverageReport(LCOV, { signal: AbortSignal.abort() }), { name: 'AbortError' });
    const controller = new AbortController();
    const pending = readCoverageReport(LCOV, { workerThreshold: 0, signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    const direct = new AbortController();
    const running = parseInWorker({ file: LCOV }, direct.signal);
    direct.abort();
    await assert.rejects(running, { name: 'AbortError' });
  });
});
