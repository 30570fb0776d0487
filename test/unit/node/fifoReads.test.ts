import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseInWorker, readCoverageReport } from '../../../src/node/coverage/read';
import { readMailmap, readShallowFile } from '../../../src/node/git/repoInfo';
import { readHistoryFolder } from '../../../src/node/statusHistory';

// Every reader of a user's file goes through readRegularFile: a FIFO named like the file is refused at once.
// Opening one for reading would wait for a writer, so a regression shows as this suite's timeout.
describe("readers of user files refuse a FIFO in the file's place", () => {
  let tmp: string;
  const fifo = (...parts: string[]) => {
    const file = path.join(tmp, ...parts);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    execFileSync('mkfifo', [file]);
    return file;
  };
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-fifo-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('a coverage report', async () => {
    const result = await readCoverageReport(fifo('coverage', 'lcov.info'));
    assert.ok(!result.ok);
    assert.equal(result.issues[0]!.message, 'lcov.info is not a file.');
  });

  it('a coverage report read by the worker', async () => {
    const result = await parseInWorker({ file: fifo('coverage', 'cobertura.xml') });
    assert.ok(!result.ok);
    assert.equal(result.issues[0]!.message, 'cobertura.xml is not a file.');
  });

  it('a .mailmap', async () => {
    fifo('.mailmap');
    assert.deepEqual(await readMailmap(tmp), { names: [], emails: [] });
  });

  it('the shallow file of a clone', async () => {
    assert.deepEqual(await readShallowFile(fifo('.git', 'shallow')), []);
  });

  it('a status history file', async () => {
    fs.writeFileSync(path.join(tmp, '2026-11-01.md'), 'Sent: 2026-11-01T09:00:00Z\n');
    fifo('2026-11-20.md');
    const read = await readHistoryFolder(tmp, new Date('2026-11-25T12:00:00Z'));
    assert.equal(read.last?.day, '2026-11-20');
    assert.equal(read.last?.at, undefined);
  });

  it('still reads the regular files they replace', async () => {
    fs.writeFileSync(path.join(tmp, '.mailmap'), 'Ana Reyes <ana@example.test> <a@old.test>\n');
    assert.deepEqual((await readMailmap(tmp)).names, ['Ana Reyes']);
    const commit = 'a'.repeat(40);
    fs.mkdirSync(path.join(tmp, '.git'));
    fs.writeFileSync(path.join(tmp, '.git', 'shallow'), `${commit}\n`);
    assert.deepEqual(await readShallowFile(path.join(tmp, '.git', 'shallow')), [commit]);
  });
});
