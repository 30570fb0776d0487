import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../../src/core/model/load';

const EXAMPLE = path.join(__dirname, '../../../examples/acme-portal');
const read = (file: string) => fs.readFileSync(path.join(EXAMPLE, file), 'utf8');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(EXAMPLE, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    return entry.isDirectory() ? sourceFiles(rel) : [rel];
  });
}

describe('the acme-portal example', () => {
  const text = read('project.yaml');
  const loaded = loadProject(text);

  it('is a valid project.yaml of 6 to 10 KB, in French, in the delivery phase', () => {
    assert.deepEqual(loaded.issues, []);
    assert.ok(loaded.ok);
    const bytes = Buffer.byteLength(text);
    assert.ok(bytes >= 6 * 1024 && bytes <= 10 * 1024, `${bytes} bytes`);
    assert.equal(loaded.value.file.project.language, 'fr');
    assert.equal(loaded.value.file.project.phase, 'delivery');
  });

  it('has overdue and upcoming client tasks around 27 November 2026, and one flag without a mitigation', () => {
    assert.ok(loaded.ok);
    const open = loaded.value.file.client_tasks.filter((t) => t.status !== 'done' && t.due);
    assert.ok(open.filter((t) => t.due! < '2026-11-27').length >= 2, 'overdue tasks');
    assert.ok(open.filter((t) => t.due! > '2026-11-27').length >= 2, 'upcoming tasks');
    assert.deepEqual(loaded.value.file.red_flags.filter((f) => !f.mitigation).map((f) => f.id), ['invoice-export']);
    assert.equal(loaded.value.file.communication?.day, 'thursday');
  });

  it('marks its red flags in code, every marker naming a flag of project.yaml (no deliberate bug on first view)', () => {
    assert.ok(loaded.ok);
    const ids = new Set(loaded.value.file.red_flags.map((f) => f.id));
    const markers = sourceFiles('src').flatMap((file) => [...read(file).matchAll(/RED-FLAG\(([\w.-]+)\)/g)].map((m) => m[1]!));
    assert.deepEqual(markers.filter((id) => !ids.has(id)), []);
    assert.ok(markers.filter((id) => ids.has(id)).length >= 4);
  });

  it('commits an lcov report whose paths are relative and name real files', () => {
    const files = [...read('coverage/lcov.info').matchAll(/^SF:(.*)$/gm)].map((m) => m[1]!);
    assert.ok(files.length >= 6);
    for (const file of files) {
      assert.ok(file.startsWith('src/'), file);
      assert.ok(fs.existsSync(path.join(EXAMPLE, file)), file);
    }
  });
});
