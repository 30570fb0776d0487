/** The brief's sections written from project.yaml alone: client tasks, decisions, departments, checklist. */
import { dayNumber, dueLabel } from '../dates';
import type { ClientTask, Decision, ProjectFile } from '../model/schema';
import type { BriefContext } from './context';
import type { BriefGroup, BriefSection } from './types';
import type { BriefWords } from './words';

const byDue = (a: { due?: string; index: number }, b: { due?: string; index: number }) =>
  (a.due === undefined ? Infinity : dayNumber(a.due)) - (b.due === undefined ? Infinity : dayNumber(b.due)) ||
  a.index - b.index;

/** Client tasks not done that are overdue or due by `horizon` (an ISO day), the most overdue first. */
export function tasksDueBy(project: ProjectFile, horizon: string) {
  return project.client_tasks
    .map((t, index) => ({ ...t, index }))
    .filter((t) => t.status !== 'done' && t.due !== undefined && dayNumber(t.due) <= dayNumber(horizon))
    .sort(byDue) as (ClientTask & { index: number; due: string })[];
}

/** Open decisions, the soonest needed first. */
export function openDecisions(project: ProjectFile) {
  return project.decisions
    .map((d, index) => ({ ...d, index }))
    .filter((d) => d.status === 'open')
    .sort(byDue);
}

/** Open client tasks that are overdue or due by the next call, the most overdue first. */
export function clientTasksSection(ctx: BriefContext): BriefSection {
  const open = ctx.project.client_tasks.filter((t) => t.status !== 'done');
  const soon = tasksDueBy(ctx.project, ctx.nextCall);
  const w = ctx.w.tasks;
  const line = (t: (typeof soon)[number]) =>
    `${t.title} — ${t.owner ?? w.noOwner} — ${dueLabel(ctx.today, t.due!, ctx.words.dates)} (${ctx.w.day(t.due!)})${t.status === 'blocked' ? ` — ${w.blocked}` : ''}`;
  const overdue = soon.filter((t) => dayNumber(t.due!) < dayNumber(ctx.today));
  const coming = soon.filter((t) => dayNumber(t.due!) >= dayNumber(ctx.today));
  const groups: BriefGroup[] = [
    ...(overdue.length > 0 ? [{ title: w.overdue, items: overdue.map(line) }] : []),
    ...(coming.length > 0 ? [{ title: w.dueByCall(ctx.w.day(ctx.nextCall)), items: coming.map(line) }] : []),
  ];
  const later = open.length - soon.length;
  const rest = later > 0 ? ` ${w.others(later)}` : '';
  const note = soon.length === 0 ? `${w.noneSoon}${rest}` : rest.trim() || undefined;
  return { id: 'client-tasks', title: w.title, note, groups };
}

/** Open decisions, the soonest needed first, each with who must approve it and at what level. */
export function decisionsSection(ctx: BriefContext): BriefSection {
  const open = openDecisions(ctx.project);
  const w = ctx.w.decisions;
  const items = open.map((d) => {
    const when = d.due ? w.neededBy(ctx.w.day(d.due), dueLabel(ctx.today, d.due, ctx.words.dates)) : w.noDate;
    return `${d.question} — ${when} — ${approvers(d, ctx.project, w)}`;
  });
  return {
    id: 'decisions',
    title: w.title,
    note: items.length === 0 ? w.none : undefined,
    groups: items.length === 0 ? [] : [{ items }],
  };
}

/** The decision's `needs`, described by their approval levels; with none named, the contacts whose approval
 * levels the question mentions ("budget", "design") are suggested. */
export function approvers(d: Decision, project: ProjectFile, w: BriefWords['decisions']): string {
  const contacts = project.client.contacts;
  const describe = (c: (typeof contacts)[number]) => {
    const parts = [c.role, c.approves?.length ? w.approves(c.approves.join(', ')) : ''].filter(Boolean);
    return parts.length > 0 ? `${c.name} (${parts.join('; ')})` : c.name;
  };
  const named = (d.needs ?? []).map((name) => {
    const contact = contacts.find((c) => c.name.toLowerCase() === name.toLowerCase());
    return contact ? describe(contact) : w.notAContact(name);
  });
  // Whole words or phrases ("export comptable"), so that "scope" does not match "telescope".
  const question = ` ${d.question
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .join(' ')} `;
  const mentions = (term: string) =>
    question.includes(
      ` ${term
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .join(' ')
        .trim()} `,
    );
  const byLevel = contacts.filter(
    (c) => !(d.needs ?? []).some((n) => n.toLowerCase() === c.name.toLowerCase()) && (c.approves ?? []).some(mentions),
  );
  if (named.length === 0) {
    return byLevel.length > 0 ? w.byLevel(byLevel.map(describe).join(', ')) : w.noApprover;
  }
  const also = byLevel.length > 0 ? w.alsoApprovedBy(byLevel.map(describe).join(', ')) : '';
  return `${w.approval(named.join(', '))}${also}`;
}

/**
 * Departments that upcoming work affects and that do not know: never notified, or notified before the latest
 * change to an upcoming milestone's code. project.yaml does not tie a department to a milestone, so every
 * department counts as affected while a milestone is still ahead.
 */
export function departmentsSection(ctx: BriefContext): BriefSection {
  const w = ctx.w.departments;
  const title = w.title;
  const upcoming = ctx.project.milestones.filter((m) => m.status !== 'done');
  if (upcoming.length === 0) return { id: 'departments', title, note: w.noUpcoming, groups: [] };
  let latest: { day: string; title: string } | undefined;
  for (const m of upcoming) {
    const day = ctx.changes?.lastChange.get(m.id);
    if (day && (!latest || day > latest.day)) latest = { day, title: m.title };
  }
  const items: string[] = [];
  for (const d of ctx.project.client.departments) {
    const impact = d.impact ? `: ${d.impact}` : '';
    if (!d.notified) items.push(`${d.name} — ${w.neverNotified}${impact}`);
    else if (latest && d.notified < latest.day)
      items.push(
        `${d.name} — ${w.notifiedBefore(ctx.w.day(d.notified), ctx.w.day(latest.day), latest.title)}${impact}`,
      );
  }
  const notes = [items.length === 0 ? w.allNotified : '', ctx.changes ? '' : w.withoutGit].filter(Boolean);
  return { id: 'departments', title, note: notes.join(' ') || undefined, groups: items.length > 0 ? [{ items }] : [] };
}

/** The current phase's checklist items not yet done. */
export function checklistSection(ctx: BriefContext): BriefSection {
  const id = ctx.project.project.phase;
  const phase = ctx.project.phases.find((p) => p.id === id);
  const w = ctx.w.checklist;
  const base = { id: 'checklist' as const, title: w.title };
  if (!id) return { ...base, note: w.noPhase, groups: [] };
  if (!phase) return { ...base, note: w.unknownPhase(id), groups: [] };
  const open = phase.checklist.filter((item) => !item.done);
  const note = open.length === 0 ? w.allDone(phase.title) : w.open(phase.title, open.length, phase.checklist.length);
  return { ...base, note, groups: open.length > 0 ? [{ items: open.map((item) => item.text) }] : [] };
}
