import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../../src/core/model/load';

const FIXTURES = path.join(__dirname, '../../fixtures');
const MALFORMED = path.join(FIXTURES, 'malformed');
const VALID = path.join(FIXTURES, 'valid');

/** For each malformed file: the line of its first error and a piece of that error's message. */
const expected = JSON.parse(fs.readFileSync(path.join(MALFORMED, 'expected.json'), 'utf8')) as Record<
  string,
  { line: number; message: string }
>;
const malformed = fs
  .readdirSync(MALFORMED)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const valid = fs
  .readdirSync(VALID)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

// Files are read the way the CLI reads them: UTF-8, byte order mark and CRLF kept.
const read = (dir: string, name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

describe('the malformed project.yaml corpus', () => {
  it('holds at least 50 files, each with an expected first error', () => {
    assert.ok(malformed.length >= 50, `${malformed.length} files`);
    assert.deepEqual(malformed, Object.keys(expected).sort(), 'expected.json and the folder list the same files');
  });

  for (const name of malformed) {
    const want = expected[name];
    it(`refuses ${name} with "${want?.message}" on line ${want?.line}`, () => {
      assert.ok(want, `${name} is in expected.json`);
      const loaded = loadProject(read(MALFORMED, name));
      assert.equal(loaded.ok, false, 'the file is refused');
      const first = loaded.issues.find((i) => i.severity === 'error');
      assert.ok(first, 'with an error');
      assert.ok(first.message.includes(want.message), `message "${first.message}" includes "${want.message}"`);
      assert.equal(first.line, want.line, `line of "${first.message}"`);
    });
  }
});

describe('the valid project.yaml corpus', () => {
  it('holds at least 20 files', () => assert.ok(valid.length >= 20, `${valid.length} files`));

  for (const name of valid) {
    it(`loads ${name} without errors, with checklist items to tick`, () => {
      const loaded = loadProject(read(VALID, name));
      assert.ok(loaded.ok, JSON.stringify(loaded.issues));
      assert.deepEqual(
        loaded.issues.filter((i) => i.severity === 'error'),
        [],
      );
      assert.ok(loaded.value.file.phases.some((p) => p.checklist.length > 0));
    });
  }
});
