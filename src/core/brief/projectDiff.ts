/**
 * What changed in project.yaml between two moments (the last update's commit and now): tasks done, decisions
 * taken, milestones moved, red flags opened, closed or mitigated. Matched by id, so a reordered list changes
 * nothing; an entry that left the file is not a change the client cares about.
 */
import { dayNumber } from '../dates';
import type { Words } from '../i18n/words';
import type { Milestone, ProjectFile } from '../model/schema';
import type { BriefWords } from './words';

/** One change to project.yaml that a call should mention. */
export type ProjectChange =
  | { kind: 'task-done'; id: string; title: string }
  | { kind: 'decision-taken'; id: string; question: string; status: 'decided' | 'dropped'; outcome?: string }
  | { kind: 'milestone-moved'; id: string; title: string; from: string; to: string }
  | { kind: 'milestone-status'; id: string; title: string; from: Milestone['status']; to: Milestone['status'] }
  | { kind: 'flag-opened'; id: string; title: string }
  | { kind: 'flag-closed'; id: string; title: string }
  | { kind: 'flag-mitigated'; id: string; title: string; mitigation?: string };

/** The kinds in the order a brief lists them: what the client did, then plan, then risks. */
export const CHANGE_ORDER: readonly ProjectChange['kind'][] = [
  'task-done',
  'decision-taken',
  'milestone-moved',
  'milestone-status',
  'flag-opened',
  'flag-mitigated',
  'flag-closed',
];

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((e) => [e.id, e]));

/** The changes from `before` (project.yaml at the last update; undefined when it was not there) to `after`. */
export function diffProject(before: ProjectFile | undefined, after: ProjectFile): ProjectChange[] {
  const out: ProjectChange[] = [];
  const tasks = byId(before?.client_tasks ?? []);
  for (const t of after.client_tasks)
    if (t.status === 'done' && tasks.get(t.id)?.status !== 'done')
      out.push({ kind: 'task-done', id: t.id, title: t.title });
  const decisions = byId(before?.decisions ?? []);
  for (const d of after.decisions) {
    const was = decisions.get(d.id)?.status ?? 'open';
    if (d.status !== 'open' && was === 'open')
      out.push({ kind: 'decision-taken', id: d.id, question: d.question, status: d.status, outcome: d.outcome });
  }
  const milestones = byId(before?.milestones ?? []);
  for (const m of after.milestones) {
    const was = milestones.get(m.id);
    if (!was) continue;
    if (was.due !== m.due) out.push({ kind: 'milestone-moved', id: m.id, title: m.title, from: was.due, to: m.due });
    if (was.status !== m.status)
      out.push({ kind: 'milestone-status', id: m.id, title: m.title, from: was.status, to: m.status });
  }
  out.push(...flagChanges(before, after));
  return out.sort((a, b) => CHANGE_ORDER.indexOf(a.kind) - CHANGE_ORDER.indexOf(b.kind));
}

function flagChanges(before: ProjectFile | undefined, after: ProjectFile): ProjectChange[] {
  const out: ProjectChange[] = [];
  const flags = byId(before?.red_flags ?? []);
  for (const f of after.red_flags) {
    const was = flags.get(f.id);
    const base = { id: f.id, title: f.title };
    if (f.status === 'closed') {
      if (was && was.status !== 'closed') out.push({ kind: 'flag-closed', ...base });
    } else if (!was || was.status === 'closed') out.push({ kind: 'flag-opened', ...base });
    else if ((f.status === 'mitigated' && was.status === 'open') || (f.mitigation && !was.mitigation))
      out.push({ kind: 'flag-mitigated', ...base, mitigation: f.mitigation });
  }
  return out;
}

/** One change in words: the text of a brief line or a tree row. */
export function describeChange(change: ProjectChange, w: BriefWords['since'], words: Words): string {
  switch (change.kind) {
    case 'task-done':
      return w.taskDone(change.title);
    case 'decision-taken':
      return change.status === 'dropped'
        ? w.decisionDropped(change.question)
        : w.decided(change.question, change.outcome);
    case 'milestone-moved':
      return w.moved(change.title, change.from, change.to, dayNumber(change.to) - dayNumber(change.from));
    case 'milestone-status':
      return w.milestoneStatus(change.title, words.values.milestone[change.from], words.values.milestone[change.to]);
    case 'flag-opened':
      return w.flagOpened(change.title);
    case 'flag-closed':
      return w.flagClosed(change.title);
    case 'flag-mitigated':
      return w.flagMitigated(change.title, change.mitigation);
  }
}
