import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../../src/core/model/load';
import { applyEdit, toggleChecklistEdit } from '../../../src/core/model/toggle';

const VALID = path.join(__dirname, '../../fixtures/valid');
const fixtures = fs.existsSync(VALID)
  ? fs
      .readdirSync(VALID)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
  : [];

function items(text: string) {
  const loaded = loadProject(text);
  assert.ok(loaded.ok, `fixture must be valid: ${JSON.stringify(loaded.issues)}`);
  return loaded.value.file.phases.flatMap((p) => p.checklist.map((c) => ({ phase: p.id, item: c.id, done: c.done })));
}

function doneOf(text: string, phase: string, item: string): boolean | undefined {
  const loaded = loadProject(text);
  return loaded.ok
    ? loaded.value.file.phases.find((p) => p.id === phase)?.checklist.find((c) => c.id === item)?.done
    : undefined;
}

describe('ticking a checklist item', () => {
  it('has at least 20 varied valid fixture files to toggle', () => {
    assert.ok(fixtures.length >= 20, `found ${fixtures.length} files in test/fixtures/valid`);
  });

  for (const name of fixtures) {
    it(`changes only the target value's bytes and toggles back exactly in ${name}`, () => {
      const original = fs.readFileSync(path.join(VALID, name), 'utf8').replace(/^\uFEFF/, '');
      const all = items(original);
      assert.ok(all.length > 0, 'fixture has checklist items');
      for (const { phase, item, done } of all) {
        const on = toggleChecklistEdit(original, { phase, item, seen: done });
        assert.ok(on.ok, `toggle ${phase}/${item}: ${JSON.stringify(!on.ok && on.issues)}`);
        const once = applyEdit(original, on.value);
        assert.equal(doneOf(once, phase, item), !done, `${item} flipped`);
        const { offset, length, text: inserted } = on.value;
        assert.equal(once.slice(0, offset), original.slice(0, offset), 'nothing before the edit changed');
        assert.equal(
          once.slice(offset + inserted.length),
          original.slice(offset + length),
          'nothing after the edit changed',
        );
        const others = items(once).filter((i) => i.item !== item || i.phase !== phase);
        assert.deepEqual(
          others,
          all.filter((i) => i.item !== item || i.phase !== phase),
          'other items untouched',
        );

        const off = toggleChecklistEdit(once, { phase, item, seen: !done });
        assert.ok(off.ok);
        const twice = applyEdit(once, off.value);
        if (on.value.length > 0) {
          assert.equal(twice, original, 'toggling back restores the file byte for byte');
        } else {
          // The item had no `done`: the first tick wrote one, the second leaves it written as false.
          assert.equal(twice, applyEdit(original, { ...on.value, text: on.value.text.replace('true', 'false') }));
          assert.equal(doneOf(twice, phase, item), false);
        }
      }
    });
  }

  it('ticks items in a file with CR-only line ends, keeping them CR-only', () => {
    const text =
      'version: 1\rproject: { name: A, client: B }\rphases:\r  - id: p\r    title: P\r    checklist:\r      - id: a\r        text: T\r      - { id: b, text: U, done: false }\r';
    for (const item of ['a', 'b']) {
      const edit = toggleChecklistEdit(text, { phase: 'p', item, seen: false });
      assert.ok(edit.ok, JSON.stringify(edit.issues));
      const ticked = applyEdit(text, edit.value);
      assert.equal(doneOf(ticked, 'p', item), true);
      assert.ok(!ticked.includes('\n'), 'no LF added');
    }
  });

  it('refuses when the file no longer says what the tree saw', () => {
    const text =
      'version: 1\nproject: { name: A, client: B }\nphases:\n  - id: p\n    title: P\n    checklist:\n      - { id: a, text: A, done: true }\n';
    const result = toggleChecklistEdit(text, { phase: 'p', item: 'a', seen: false });
    assert.ok(!result.ok);
    assert.match(result.issues[0]!.message, /changed since the tree was drawn/);
  });

  it('refuses a done value shared through a YAML anchor or alias', () => {
    const text =
      'phases:\n  - id: p\n    title: P\n    checklist:\n      - { id: a, text: A, done: &d false }\n      - { id: b, text: B, done: *d }\n';
    for (const item of ['a', 'b']) {
      const result = toggleChecklistEdit(text, { phase: 'p', item, seen: false });
      assert.ok(!result.ok);
      assert.match(result.issues[0]!.message, /anchor or alias/);
    }
  });

  it('refuses an item that is gone and a file with syntax errors', () => {
    const text = 'version: 1\nproject: { name: A, client: B }\nphases: []\n';
    assert.ok(!toggleChecklistEdit(text, { phase: 'p', item: 'a', seen: false }).ok);
    assert.ok(!toggleChecklistEdit('phases: [\n', { phase: 'p', item: 'a', seen: false }).ok);
  });

  it('adds done in the style of the item: inline in a flow map, an indented line in a block map, CRLF kept', () => {
    const text =
      'phases:\r\n  - id: p\r\n    title: P\r\n    checklist:\r\n      - id: a\r\n        text: A # why\r\n      - { id: b, text: B }\r\n';
    const a = toggleChecklistEdit(text, { phase: 'p', item: 'a', seen: false });
    const b = toggleChecklistEdit(text, { phase: 'p', item: 'b', seen: false });
    assert.ok(a.ok && b.ok);
    assert.equal(
      applyEdit(text, a.value),
      text.replace('text: A # why\r\n', 'text: A # why\r\n        done: true\r\n'),
    );
    assert.equal(applyEdit(text, b.value), text.replace('{ id: b, text: B }', '{ id: b, text: B, done: true }'));
  });
});
