import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  addDecision,
  addFlag,
  addTask,
  applyEdits,
  moveMilestone,
  pauseCadence,
  recordDecision,
  setFlagMitigation,
  setFlagSeverity,
  setFlagStatus,
  setMilestoneStatus,
  setTaskDue,
  setTaskStatus,
  type EditResult,
} from '../../../../src/core/edits/actions';
import { editItem, editTopMap, findItem, parseForEdit, type ItemList } from '../../../../src/core/edits/yamlEdit';
import { isScalar, Scalar } from 'yaml';
import { loadProject } from '../../../../src/core/model/load';
import type { ProjectFile } from '../../../../src/core/model/schema';

const ROOT = path.join(__dirname, '../../../..');
const VALID = path.join(ROOT, 'test/fixtures/valid');
const FILES = [
  ...fs
    .readdirSync(VALID)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(VALID, f)),
  ...fs
    .readdirSync(path.join(ROOT, 'examples'))
    .map((d) => path.join(ROOT, 'examples', d, 'project.yaml'))
    .filter((f) => fs.existsSync(f)),
].sort();

const read = (file: string) => fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');

function load(text: string): ProjectFile {
  const loaded = loadProject(text);
  assert.ok(loaded.ok, `the edited file must stay valid: ${JSON.stringify(loaded.issues)}\n${text}`);
  return loaded.value.file;
}

function apply(text: string, result: EditResult): string {
  assert.ok(result.ok, `refused: ${JSON.stringify(result)}`);
  return applyEdits(text, result.edits);
}

/** The key's value node as written in `text`, undefined when the key is absent. */
function valueNode(text: string, list: ItemList, id: string, key: string): Scalar | undefined {
  const node = findItem(parseForEdit(text)!, list, id)?.get(key, true);
  return isScalar(node) ? node : undefined;
}

/**
 * Writes back what the keys held before: a plain value through the same action (as a user would), a quoted one
 * as its original characters (an action keeps the quotes it finds, so it cannot tell which to drop), and a key
 * that was absent is removed.
 */
const restore = (text: string, list: ItemList, id: string, keys: string[]) => (edited: string) => {
  const changes = keys.map((key) => ({ key, value: valueNode(text, list, id, key)?.source ?? undefined }));
  const plain = apply(edited, editItem(edited, list, id, changes));
  const quoted = keys.flatMap((key) => {
    const was = valueNode(text, list, id, key);
    const now = valueNode(plain, list, id, key);
    if (!was?.range || !now?.range || was.type === Scalar.PLAIN) return [];
    return [
      { offset: now.range[0], length: now.range[1] - now.range[0], text: text.slice(was.range[0], was.range[1]) },
    ];
  });
  return applyEdits(plain, quoted);
};

/** Every item of every list but `list`/`id` reads the same after the edit. */
function othersUnchanged(before: ProjectFile, after: ProjectFile, list: ItemList, id: string): void {
  for (const name of ['client_tasks', 'decisions', 'milestones', 'red_flags'] as const) {
    const keep = (file: ProjectFile) => file[name].filter((i) => name !== list || i.id !== id);
    assert.deepEqual(keep(after), keep(before), `${name} other than ${id} untouched`);
  }
  assert.deepEqual(after.phases, before.phases);
  assert.deepEqual(after.communication, before.communication);
}

/** Applies an action, checks it, then undoes it with another action and expects the original bytes. */
function roundTrip(
  original: string,
  forward: (text: string) => EditResult,
  back: (text: string) => string,
  check: (file: ProjectFile) => void,
): void {
  const result = forward(original);
  // A value behind an anchor or an alias is shared with other places: the edit is refused, never half-done.
  if (!result.ok && result.reason === 'shared') return assert.match(original, /[&*]\w/);
  const once = apply(original, result);
  check(load(once));
  assert.equal(back(once), original, 'the action and its reverse give back the original bytes');
}

const nextStatus = <T extends string>(all: readonly T[], current: T) => all[(all.indexOf(current) + 1) % all.length]!;
const plusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('acting on project.yaml from the tree', () => {
  it('covers every valid fixture and the examples', () => {
    assert.ok(FILES.length >= 25, `${FILES.length} files`);
  });

  for (const file of FILES) {
    const name = path.relative(ROOT, file);
    const original = read(file);
    const before = load(original);

    it(`sets client tasks' status and due date, and back, byte for byte in ${name}`, () => {
      for (const task of before.client_tasks) {
        for (const status of ['open', 'blocked', 'done'] as const) {
          if (status === task.status) continue;
          roundTrip(
            original,
            (t) => setTaskStatus(t, task.id, status),
            restore(original, 'client_tasks', task.id, ['status']),
            (after) => {
              assert.equal(after.client_tasks.find((t) => t.id === task.id)?.status, status);
              othersUnchanged(before, after, 'client_tasks', task.id);
            },
          );
        }
        roundTrip(
          original,
          (t) => setTaskDue(t, task.id, '2027-02-01'),
          restore(original, 'client_tasks', task.id, ['due']),
          (after) => assert.equal(after.client_tasks.find((t) => t.id === task.id)?.due, '2027-02-01'),
        );
      }
    });

    it(`records decisions and takes them back byte for byte in ${name}`, () => {
      for (const d of before.decisions) {
        for (const status of ['decided', 'dropped'] as const) {
          roundTrip(
            original,
            (t) => recordDecision(t, d.id, { status, text: 'Keycloak, hosted by us: "cheaper", #1', on: '2026-11-27' }),
            restore(original, 'decisions', d.id, ['status', 'outcome', 'decided_on']),
            (after) => {
              const got = after.decisions.find((x) => x.id === d.id);
              assert.deepEqual(
                [got?.status, got?.outcome, got?.decided_on],
                [status, 'Keycloak, hosted by us: "cheaper", #1', '2026-11-27'],
              );
              othersUnchanged(before, after, 'decisions', d.id);
            },
          );
        }
      }
    });

    it(`sets milestones' status, slips them against a kept baseline, and back, in ${name}`, () => {
      for (const m of before.milestones) {
        roundTrip(
          original,
          (t) => setMilestoneStatus(t, m.id, nextStatus(['planned', 'on-track', 'at-risk', 'late', 'done'], m.status)),
          restore(original, 'milestones', m.id, ['status']),
          (after) => othersUnchanged(before, after, 'milestones', m.id),
        );
        const later = plusDays(m.due, 5);
        const result = moveMilestone(original, m.id, later);
        if (!result.ok && result.reason === 'shared') continue;
        const moved = apply(original, result);
        const got = load(moved).milestones.find((x) => x.id === m.id);
        assert.deepEqual([got?.due, got?.baseline], [later, m.baseline ?? m.due], 'the first due date is kept');
        const again = apply(moved, moveMilestone(moved, m.id, plusDays(m.due, 9)));
        assert.equal(load(again).milestones.find((x) => x.id === m.id)?.baseline, m.baseline ?? m.due);
        assert.equal(apply(moved, moveMilestone(moved, m.id, m.due)), original, 'moving back restores the bytes');
      }
    });

    it(`changes red flags' status, severity and mitigation, and back, in ${name}`, () => {
      for (const f of before.red_flags) {
        const actions: Array<[string, (t: string) => EditResult]> = [
          ['status', (t) => setFlagStatus(t, f.id, nextStatus(['open', 'mitigated', 'closed'], f.status))],
          ['severity', (t) => setFlagSeverity(t, f.id, nextStatus(['low', 'medium', 'high', 'critical'], f.severity))],
          ['mitigation', (t) => setFlagMitigation(t, f.id, 'Retry tests in CI; manual capture meanwhile')],
        ];
        for (const [key, action] of actions) {
          if (key === 'mitigation' && f.mitigation?.includes('\n')) continue;
          roundTrip(original, action, restore(original, 'red_flags', f.id, [key]), (after) =>
            othersUnchanged(before, after, 'red_flags', f.id),
          );
        }
      }
    });

    it(`pauses the update reminder and resumes it byte for byte in ${name}`, () => {
      const was = parseForEdit(original)!.doc.getIn(['communication', 'paused_until']);
      roundTrip(
        original,
        (t) => pauseCadence(t, '2027-01-04'),
        (t) => apply(t, pauseCadence(t, was === undefined ? undefined : String(was))),
        (after) => assert.equal(after.communication?.paused_until, '2027-01-04'),
      );
    });

    it(`adds a client task, a decision and a red flag in the list's style in ${name}`, () => {
      const adds: Array<[ItemList, (t: string) => EditResult]> = [
        ['client_tasks', (t) => addTask(t, { id: 'logo-files', title: 'Send the logo: SVG, PNG', due: '2027-01-10' })],
        ['decisions', (t) => addDecision(t, { id: 'hosting', question: 'Where to host?', needs: ['Jeanne Dupont'] })],
        ['red_flags', (t) => addFlag(t, { id: 'vat-rounding', title: 'VAT rounding', paths: ['src/vat.ts'] })],
      ];
      for (const [list, add] of adds) {
        const result = add(original);
        const after = load(apply(original, result));
        assert.ok(result.ok && result.edits.length === 1);
        const { offset, length, text } = result.edits[0]!;
        const added = applyEdits(original, result.edits);
        assert.equal(added.slice(0, offset), original.slice(0, offset), 'nothing before the insertion changed');
        assert.equal(added.slice(offset + text.length), original.slice(offset + length), 'nothing after it changed');
        assert.equal(after[list].length, before[list].length + 1);
        assert.deepEqual(after[list].slice(0, -1), before[list], 'existing items untouched');
        assert.equal(after[list].at(-1)?.status, 'open');
      }
    });
  }
});

describe('the edits keep what they must', () => {
  const base = [
    'version: 1',
    'project: { name: A, client: B }',
    'client_tasks:',
    '  - id: keys   # asked twice',
    '    title: Keys',
    '    status: "open" # quoted on purpose',
    'decisions: []',
    'milestones:',
    '  - { id: beta, title: Beta, due: 2026-12-15, status: planned }',
    '',
  ].join('\n');

  it('keeps quotes and trailing comments when a value changes', () => {
    const done = apply(base, setTaskStatus(base, 'keys', 'done'));
    assert.ok(done.includes('    status: "done" # quoted on purpose\n'));
  });

  it('turns an empty flow list into a block list holding the new item', () => {
    const added = apply(base, addDecision(base, { id: 'sso', question: 'SSO?' }));
    assert.ok(added.includes('decisions:\n  - { id: sso, question: SSO?, status: open }\nmilestones:'), added);
  });

  it('writes the baseline right after the due date', () => {
    const moved = apply(base, moveMilestone(base, 'beta', '2026-12-20'));
    assert.ok(moved.includes('{ id: beta, title: Beta, due: 2026-12-20, baseline: 2026-12-15, status: planned }'));
  });

  it('quotes text that would not read back as itself', () => {
    const added = apply(base, addTask(base, { id: 'x', title: 'yes' }));
    assert.equal(load(added).client_tasks.at(-1)?.title, 'yes');
    const colon = apply(base, addTask(base, { id: 'y', title: 'Note: {a}, [b]' }));
    assert.equal(load(colon).client_tasks.at(-1)?.title, 'Note: {a}, [b]');
  });

  it('refuses an id already taken, a missing item, a broken file and a shared value', () => {
    assert.deepEqual(addTask(base, { id: 'keys', title: 'Again' }), { ok: false, reason: 'exists', id: 'keys' });
    assert.deepEqual(setTaskStatus(base, 'gone', 'done'), { ok: false, reason: 'gone', id: 'gone' });
    assert.deepEqual(setTaskStatus(`${base}client_tasks: [\n`, 'keys', 'done'), { ok: false, reason: 'syntax' });
    const shared =
      'version: 1\nproject: { name: A, client: B }\nclient_tasks:\n  - { id: a, title: A, status: &s open }\n  - { id: b, title: B, status: *s }\n';
    assert.deepEqual(setTaskStatus(shared, 'b', 'done'), { ok: false, reason: 'shared', key: 'status' });
  });

  it('adds communication when there is none and removes it again when resumed', () => {
    const paused = apply(base, pauseCadence(base, '2027-01-04'));
    assert.equal(load(paused).communication?.paused_until, '2027-01-04');
    assert.equal(apply(paused, pauseCadence(paused, undefined)), base);
  });

  it('keeps CRLF and CR-only line ends', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = base.replace(/\n/g, eol);
      const added = apply(text, addTask(text, { id: 'z', title: 'Z' }));
      const moved = apply(added, editTopMap(added, 'communication', [{ key: 'paused_until', value: '2027-01-04' }]));
      const lineEnds = moved.match(/\r\n|\r|\n/g) ?? [];
      assert.ok(lineEnds.length > 10 && lineEnds.every((e) => e === eol), `only ${JSON.stringify(eol)} line ends`);
      assert.equal(load(moved).client_tasks.at(-1)?.id, 'z');
    }
  });
});

describe('the edits on files that do not load', () => {
  const MALFORMED = path.join(ROOT, 'test/fixtures/malformed');
  const files = fs
    .readdirSync(MALFORMED)
    .filter((f) => f.endsWith('.yaml') && !f.includes('bomb') && !f.includes('deeply'));

  it('never throw: each one is an edit or a reason, on every malformed fixture', () => {
    assert.ok(files.length > 50);
    for (const name of files) {
      const text = read(path.join(MALFORMED, name));
      for (const result of [
        setTaskStatus(text, 'keys', 'done'),
        moveMilestone(text, 'beta', '2027-01-01'),
        pauseCadence(text, '2027-01-04'),
        addFlag(text, { id: 'new-flag', title: 'New' }),
        recordDecision(text, 'sso', { status: 'dropped', on: '2026-11-27' }),
      ]) {
        assert.ok(result.ok ? Array.isArray(result.edits) : typeof result.reason === 'string', name);
      }
    }
  });
});
