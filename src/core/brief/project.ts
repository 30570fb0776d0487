/** The brief's sections written from project.yaml alone: client tasks, decisions, departments, checklist. */
import { dayNumber, dueLabel } from '../dates';
import type { Decision, ProjectFile } from '../model/schema';
import { plural, type BriefContext } from './context';
import type { BriefGroup, BriefSection } from './types';

const byDue = (a: { due?: string; index: number }, b: { due?: string; index: number }) =>
  (a.due === undefined ? Infinity : dayNumber(a.due)) - (b.due === undefined ? Infinity : dayNumber(b.due)) || a.index - b.index;

/** Open client tasks that are overdue or due by the next call, the most overdue first. */
export function clientTasksSection(ctx: BriefContext): BriefSection {
  const open = ctx.project.client_tasks.map((t, index) => ({ ...t, index })).filter((t) => t.status !== 'done');
  const soon = open.filter((t) => t.due !== undefined && dayNumber(t.due) <= dayNumber(ctx.nextCall)).sort(byDue);
  const line = (t: (typeof soon)[number]) =>
    `${t.title} — ${t.owner ?? 'no owner named'} — ${dueLabel(ctx.today, t.due!)} (${t.due})${t.status === 'blocked' ? ' — blocked' : ''}`;
  const overdue = soon.filter((t) => dayNumber(t.due!) < dayNumber(ctx.today));
  const coming = soon.filter((t) => dayNumber(t.due!) >= dayNumber(ctx.today));
  const groups: BriefGroup[] = [
    ...(overdue.length > 0 ? [{ title: 'Overdue', items: overdue.map(line) }] : []),
    ...(coming.length > 0 ? [{ title: `Due by the call (${ctx.nextCall})`, items: coming.map(line) }] : []),
  ];
  const later = open.length - soon.length;
  const rest = later > 0 ? ` ${plural(later, 'other open task')}: due after the call or with no date.` : '';
  const note = soon.length === 0 ? `No client task is overdue or due by the call.${rest}` : rest.trim() || undefined;
  return { id: 'client-tasks', title: 'Client tasks overdue or due before the next call', note, groups };
}

/** Open decisions, the soonest needed first, each with who must approve it and at what level. */
export function decisionsSection(ctx: BriefContext): BriefSection {
  const open = ctx.project.decisions.map((d, index) => ({ ...d, index })).filter((d) => d.status === 'open').sort(byDue);
  const items = open.map((d) => {
    const when = d.due ? `needed by ${d.due} (${dueLabel(ctx.today, d.due)})` : 'no date set';
    return `${d.question} — ${when} — ${approvers(d, ctx.project)}`;
  });
  return {
    id: 'decisions',
    title: 'Decisions waiting on the client',
    note: items.length === 0 ? 'No decision is waiting on the client.' : undefined,
    groups: items.length === 0 ? [] : [{ items }],
  };
}

// The decision's `needs`, described by their approval levels; with none named, the contacts whose approval
// levels the question mentions ("budget", "design") are suggested.
function approvers(d: Decision, project: ProjectFile): string {
  const contacts = project.client.contacts;
  const describe = (c: (typeof contacts)[number]) => {
    const parts = [c.role, c.approves?.length ? `approves ${c.approves.join(', ')}` : ''].filter(Boolean);
    return parts.length > 0 ? `${c.name} (${parts.join('; ')})` : c.name;
  };
  const named = (d.needs ?? []).map((name) => {
    const contact = contacts.find((c) => c.name.toLowerCase() === name.toLowerCase());
    return contact ? describe(contact) : `${name} (not a client contact in project.yaml)`;
  });
  // Whole words or phrases ("export comptable"), so that "scope" does not match "telescope".
  const question = ` ${d.question.toLowerCase().split(/[^\p{L}\p{N}]+/u).join(' ')} `;
  const mentions = (term: string) => question.includes(` ${term.toLowerCase().split(/[^\p{L}\p{N}]+/u).join(' ').trim()} `);
  const byLevel = contacts.filter(
    (c) => !(d.needs ?? []).some((n) => n.toLowerCase() === c.name.toLowerCase()) && (c.approves ?? []).some(mentions),
  );
  if (named.length === 0) {
    return byLevel.length > 0 ? `no approver named; by approval level: ${byLevel.map(describe).join(', ')}` : 'no approver named: ask who decides';
  }
  const also = byLevel.length > 0 ? `; its subject is also approved by ${byLevel.map(describe).join(', ')}` : '';
  return `approval: ${named.join(', ')}${also}`;
}

/**
 * Departments that upcoming work affects and that do not know: never notified, or notified before the latest
 * change to an upcoming milestone's code. project.yaml does not tie a department to a milestone, so every
 * department counts as affected while a milestone is still ahead.
 */
export function departmentsSection(ctx: BriefContext): BriefSection {
  const title = 'Departments to notify';
  const upcoming = ctx.project.milestones.filter((m) => m.status !== 'done');
  if (upcoming.length === 0) return { id: 'departments', title, note: 'No upcoming milestone: no department to warn.', groups: [] };
  let latest: { day: string; title: string } | undefined;
  for (const m of upcoming) {
    const day = ctx.changes?.lastChange.get(m.id);
    if (day && (!latest || day > latest.day)) latest = { day, title: m.title };
  }
  const items: string[] = [];
  for (const d of ctx.project.client.departments) {
    const impact = d.impact ? `: ${d.impact}` : '';
    if (!d.notified) items.push(`${d.name} — never notified${impact}`);
    else if (latest && d.notified < latest.day) items.push(`${d.name} — notified ${d.notified}, before the latest change to upcoming work (${latest.day}, ${latest.title})${impact}`);
  }
  const notes = [
    items.length === 0 ? 'Every department has been notified since the latest change to upcoming work.' : '',
    ctx.changes ? '' : 'Without git, only departments never notified are listed.',
  ].filter(Boolean);
  return { id: 'departments', title, note: notes.join(' ') || undefined, groups: items.length > 0 ? [{ items }] : [] };
}

/** The current phase's checklist items not yet done. */
export function checklistSection(ctx: BriefContext): BriefSection {
  const id = ctx.project.project.phase;
  const phase = ctx.project.phases.find((p) => p.id === id);
  const base = { id: 'checklist' as const, title: 'Open checklist items of the current phase' };
  if (!id) return { ...base, note: 'No current phase is set in project.yaml (project.phase).', groups: [] };
  if (!phase) return { ...base, note: `The current phase "${id}" is not one of the phases in project.yaml.`, groups: [] };
  const open = phase.checklist.filter((item) => !item.done);
  const note = open.length === 0 ? `Every item of ${phase.title} is done.` : `${phase.title}: ${open.length} of ${phase.checklist.length} open.`;
  return { ...base, note, groups: open.length > 0 ? [{ items: open.map((item) => item.text) }] : [] };
}
