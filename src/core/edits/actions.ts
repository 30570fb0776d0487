/**
 * What the tree can change in project.yaml, each as the smallest text edits on the document's text: only the
 * values that change are rewritten; a key that is missing is added in the item's own style.
 */
import { utcTime } from '../dates';
import type { TextEdit } from '../model/toggle';
import type {
  DECISION_STATUSES,
  FLAG_KINDS,
  FLAG_STATUSES,
  MILESTONE_STATUSES,
  SEVERITIES,
  TASK_STATUSES,
} from '../model/vocabulary';
import { ID_PATTERN } from '../model/vocabulary';
import { appendItem, editItem, editTopMap, findItem, parseForEdit, type EditResult, type FieldValue } from './yamlEdit';

export type { EditResult } from './yamlEdit';

type TaskStatus = (typeof TASK_STATUSES)[number];
type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
type FlagStatus = (typeof FLAG_STATUSES)[number];
type Severity = (typeof SEVERITIES)[number];
type FlagKind = (typeof FLAG_KINDS)[number];
/** A decision's outcome: decided or dropped. */
export type DecisionOutcome = Exclude<(typeof DECISION_STATUSES)[number], 'open'>;

/** Sets a client task's status (open, blocked, done). */
export function setTaskStatus(text: string, id: string, status: TaskStatus): EditResult {
  return editItem(text, 'client_tasks', id, [{ key: 'status', value: status }]);
}

/** Sets a client task's due date, adding `due` after its owner or title when it has none. */
export function setTaskDue(text: string, id: string, due: string): EditResult {
  return editItem(text, 'client_tasks', id, [{ key: 'due', value: due, after: ['owner', 'title'] }]);
}

/** Records a decision's outcome: its status, what was decided (when said) and the day (`decided_on`). */
export function recordDecision(
  text: string,
  id: string,
  outcome: { status: DecisionOutcome; text?: string; on: string },
): EditResult {
  return editItem(text, 'decisions', id, [
    { key: 'status', value: outcome.status },
    ...(outcome.text ? [{ key: 'outcome', value: outcome.text, after: ['status'] }] : []),
    { key: 'decided_on', value: outcome.on, after: ['outcome', 'status'] },
  ]);
}

/** Sets a milestone's status. */
export function setMilestoneStatus(text: string, id: string, status: MilestoneStatus): EditResult {
  return editItem(text, 'milestones', id, [{ key: 'status', value: status }]);
}

/**
 * Moves a milestone's due date. The first due date is kept as `baseline` so that the slip shows against plan;
 * moving back to the baseline removes it again (the milestone is on plan, the file as it was).
 */
export function moveMilestone(text: string, id: string, due: string): EditResult {
  const parsed = parseForEdit(text);
  const item = parsed && findItem(parsed, 'milestones', id);
  if (!item) return parsed ? { ok: false, reason: 'gone', id } : { ok: false, reason: 'syntax' };
  const current = item.get('due');
  const baseline = item.get('baseline');
  if (current === due) return { ok: true, edits: [] };
  const keep =
    baseline === undefined
      ? [{ key: 'baseline', value: String(current), after: ['due'] }]
      : baseline === due
        ? [{ key: 'baseline', value: undefined }]
        : [];
  return editItem(text, 'milestones', id, [{ key: 'due', value: due }, ...keep]);
}

/** Sets a red flag's status (open, mitigated, closed). */
export function setFlagStatus(text: string, id: string, status: FlagStatus): EditResult {
  return editItem(text, 'red_flags', id, [{ key: 'status', value: status }]);
}

/** Sets a red flag's severity. */
export function setFlagSeverity(text: string, id: string, severity: Severity): EditResult {
  return editItem(text, 'red_flags', id, [{ key: 'severity', value: severity, after: ['kind', 'title'] }]);
}

/** Writes a red flag's mitigation (the solution brought with the problem). */
export function setFlagMitigation(text: string, id: string, mitigation: string): EditResult {
  return editItem(text, 'red_flags', id, [{ key: 'mitigation', value: mitigation, after: ['paths', 'severity'] }]);
}

/** Pauses the update reminder until a day, or resumes it (`undefined` removes `paused_until`). */
export function pauseCadence(text: string, until: string | undefined): EditResult {
  return editTopMap(text, 'communication', [{ key: 'paused_until', value: until }]);
}

/** A new client task. */
export interface NewTask {
  id: string;
  title: string;
  owner?: string;
  due?: string;
}

/** Adds a client task, open. */
export function addTask(text: string, task: NewTask): EditResult {
  return appendItem(
    text,
    'client_tasks',
    fields([
      ['id', task.id],
      ['title', task.title],
      ['owner', task.owner],
      ['due', task.due],
      ['status', 'open'],
    ]),
  );
}

/** A new decision to take. */
export interface NewDecision {
  id: string;
  question: string;
  needs?: readonly string[];
  due?: string;
}

/** Adds a decision, open. */
export function addDecision(text: string, decision: NewDecision): EditResult {
  return appendItem(
    text,
    'decisions',
    fields([
      ['id', decision.id],
      ['question', decision.question],
      ['needs', decision.needs?.length ? decision.needs : undefined],
      ['due', decision.due],
      ['status', 'open'],
    ]),
  );
}

/** A new red flag. */
export interface NewFlag {
  id: string;
  title: string;
  kind?: FlagKind;
  severity?: Severity;
  paths?: readonly string[];
  mitigation?: string;
}

/** Adds a red flag, open. */
export function addFlag(text: string, flag: NewFlag): EditResult {
  return appendItem(
    text,
    'red_flags',
    fields([
      ['id', flag.id],
      ['title', flag.title],
      ['kind', flag.kind],
      ['severity', flag.severity ?? 'medium'],
      ['paths', flag.paths?.length ? flag.paths : undefined],
      ['mitigation', flag.mitigation],
      ['status', 'open'],
    ]),
  );
}

/** An id for a new item from its title: lower-case words joined by `-`, unique among `taken`. */
export function newId(title: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  const base = ID_PATTERN.test(words) ? words : fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function fields(entries: ReadonlyArray<[string, FieldValue | undefined]>): Array<[string, FieldValue]> {
  return entries.filter((e): e is [string, FieldValue] => e[1] !== undefined && e[1] !== '');
}

/** Whether a text is a real calendar day written as an ISO date (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(utcTime(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Applies non-overlapping edits computed on the same text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.offset - a.offset)
    .reduce((out, e) => out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length), text);
}
