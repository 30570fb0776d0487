import type { DateLocale } from '../lang/pack';
import type { Milestone, ProjectFile, RedFlag } from '../model/schema';
import { dayNumber, formatDate } from './format';
import type { CappedSection } from './group';
import type { Health, Phrases } from './phrases';
import type { Block, ListItem } from './render';

/** What the sections are written from; `clean` redacts a text and records findings at `where`. */
export interface SectionContext {
  project: ProjectFile;
  p: Phrases;
  locale: DateLocale;
  today: string;
  from: string;
  to: string;
  features: CappedSection;
  fixes: CappedSection;
  /** Visible changes per milestone id in the range. */
  workByMilestone: ReadonlyMap<string, number>;
  /** Red flags whose paths the range's commits touched. */
  touchedFlags: ReadonlySet<string>;
  clean: (text: string, where: string) => string;
}

const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 } as const;

/** A milestone's health for the client: its status, or "late" once its date has passed unfinished. */
export function healthOf(m: Milestone, today: string): Health {
  if (m.status !== 'done' && dayNumber(m.due) < dayNumber(today)) return 'late';
  return m.status;
}

/** Days a milestone moved from its first due date (`baseline`); 0 when on plan. */
const slipDays = (m: Milestone) => (m.baseline ? dayNumber(m.due) - dayNumber(m.baseline) : 0);

/** Title, period, phase and every milestone with its health. */
export function summary(ctx: SectionContext): Block[] {
  const { p, project, locale } = ctx;
  const blocks: Block[] = [
    {
      kind: 'title',
      text: p.title(ctx.clean(project.project.name, p.headings.summary), formatDate(ctx.today, locale)),
    },
    { kind: 'heading', text: p.headings.summary },
    { kind: 'paragraph', text: p.period(formatDate(ctx.from, locale), formatDate(ctx.to, locale)) },
  ];
  const phase = project.phases.find((ph) => ph.id === project.project.phase);
  if (project.project.phase)
    blocks.push({
      kind: 'paragraph',
      text: p.phase(ctx.clean(phase?.title ?? project.project.phase, p.headings.summary)),
    });
  const milestones = [...project.milestones].sort((a, b) => dayNumber(a.due) - dayNumber(b.due));
  if (milestones.length > 0) {
    blocks.push({
      kind: 'list',
      items: milestones.map((m) => ({
        text: p.milestoneLine(
          ctx.clean(m.title, p.headings.summary),
          formatDate(m.due, locale),
          [p.health[healthOf(m, ctx.today)], slipDays(m) ? p.againstPlan(slipDays(m)) : undefined]
            .filter(Boolean)
            .join(', '),
        ),
      })),
    });
  }
  return blocks;
}

/** Delivered or fixed: items grouped under their milestone, then "and N smaller changes". */
export function changes(ctx: SectionContext, which: 'delivered' | 'fixed'): Block[] {
  const { p } = ctx;
  const section = which === 'delivered' ? ctx.features : ctx.fixes;
  const blocks: Block[] = [{ kind: 'heading', text: p.headings[which] }];
  if (section.groups.length === 0) return [...blocks, { kind: 'paragraph', text: p.empty[which] }];
  const titled = section.groups.some((g) => g.milestone !== undefined);
  for (const group of section.groups) {
    if (titled) {
      const milestone = ctx.project.milestones.find((m) => m.id === group.milestone);
      blocks.push({
        kind: 'subheading',
        text: milestone ? ctx.clean(milestone.title, p.headings[which]) : p.headings.other,
      });
    }
    const items: ListItem[] = group.items.map((i) => ({
      label: i.area,
      text: i.text,
      note: i.breaking ? p.breaking : undefined,
    }));
    blocks.push({ kind: 'list', items });
  }
  if (section.more > 0) blocks.push({ kind: 'aside', text: `… ${p.smaller(section.more)}` });
  return blocks;
}

/** Milestones not yet done, soonest first, with the work done on each; no section for a project without any. */
export function next(ctx: SectionContext): Block[] {
  const { p, locale } = ctx;
  // "All milestones are completed" would be false news for a project that never set one.
  if (ctx.project.milestones.length === 0) return [];
  const open = ctx.project.milestones
    .filter((m) => m.status !== 'done')
    .sort((a, b) => dayNumber(a.due) - dayNumber(b.due));
  const blocks: Block[] = [{ kind: 'heading', text: p.headings.next }];
  if (open.length === 0) return [...blocks, { kind: 'paragraph', text: p.empty.next }];
  const items = open.map((m) => {
    const work = ctx.workByMilestone.get(m.id) ?? 0;
    const late = dayNumber(m.due) - dayNumber(ctx.today);
    const when = late < 0 ? p.overdueBy(-late) : p.dueOn(formatDate(m.due, locale));
    // Once overdue, the delay says it all: "late" beside "overdue by 6 days" would say it twice.
    const notes = [
      late < 0 ? undefined : p.health[healthOf(m, ctx.today)],
      when,
      work > 0 ? p.workThisPeriod(work) : undefined,
    ];
    return { text: ctx.clean(m.title, p.headings.next), note: notes.filter(Boolean).join(', ') };
  });
  return [...blocks, { kind: 'list', items }];
}

/** Client-visible red flags still open, most severe first, each with the solution brought with it. */
export function risks(ctx: SectionContext): Block[] {
  const { p } = ctx;
  const flags = clientRisks(ctx.project);
  const blocks: Block[] = [{ kind: 'heading', text: p.headings.risks }];
  if (flags.length === 0) return [...blocks, { kind: 'paragraph', text: p.empty.risks }];
  const items = flags.map((f) => ({
    label: ctx.clean(f.title, p.headings.risks),
    // The mitigation phrase has its own colon ("How we are handling it: …"): a dash keeps the line readable.
    separator: ' — ',
    text: f.mitigation ? p.mitigation(ctx.clean(f.mitigation, p.headings.risks)) : p.noMitigation,
    note: ctx.touchedFlags.has(f.id) ? p.touched : undefined,
  }));
  return [...blocks, { kind: 'list', items }];
}

/** The red flags the Risks section lists, in its order: client-visible, still open, most severe first. */
export function clientRisks(project: ProjectFile): RedFlag[] {
  return project.red_flags
    .filter((f) => f.client_visible && f.status !== 'closed')
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** Client tasks not done: overdue first, then by due date, each with its owner and date. */
export function waiting(ctx: SectionContext): Block[] {
  const { p } = ctx;
  const due = (d: string | undefined) => (d ? dayNumber(d) : Number.POSITIVE_INFINITY);
  const tasks = ctx.project.client_tasks.filter((t) => t.status !== 'done').sort((a, b) => due(a.due) - due(b.due));
  const blocks: Block[] = [{ kind: 'heading', text: p.headings.waiting }];
  if (tasks.length === 0) return [...blocks, { kind: 'paragraph', text: p.empty.waiting }];
  const items = tasks.map((t) => ({
    text: ctx.clean(t.title, p.headings.waiting),
    note:
      [t.owner ? p.owner(t.owner) : undefined, t.due ? dateNote(ctx, t.due, p.dueOn) : undefined]
        .filter(Boolean)
        .join(', ') || undefined,
  }));
  return [...blocks, { kind: 'list', items }];
}

/** Open decisions, soonest first, with who approves and by when. */
export function decisions(ctx: SectionContext): Block[] {
  const { p } = ctx;
  const due = (d: string | undefined) => (d ? dayNumber(d) : Number.POSITIVE_INFINITY);
  const open = ctx.project.decisions.filter((d) => d.status === 'open').sort((a, b) => due(a.due) - due(b.due));
  const blocks: Block[] = [{ kind: 'heading', text: p.headings.decisions }];
  if (open.length === 0) return [...blocks, { kind: 'paragraph', text: p.empty.decisions }];
  const items = open.map((d) => ({
    text: ctx.clean(d.question, p.headings.decisions),
    note:
      [
        d.needs?.length ? p.approvers(d.needs.join(', ')) : undefined,
        d.due ? dateNote(ctx, d.due, p.neededBy) : undefined,
      ]
        .filter(Boolean)
        .join(', ') || undefined,
  }));
  return [...blocks, { kind: 'list', items }];
}

// "due 20 November 2026, overdue by 7 days": the date always, the delay when there is one.
function dateNote(ctx: SectionContext, iso: string, phrase: (date: string) => string): string {
  const late = dayNumber(ctx.today) - dayNumber(iso);
  const date = phrase(formatDate(iso, ctx.locale));
  return late > 0 ? `${date}, ${ctx.p.overdueBy(late)}` : date;
}
