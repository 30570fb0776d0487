/**
 * The call's agenda, the brief's last section: what to go through with the client, in order. Decisions first
 * (they need the approvers in the room), then what the client owes, then the risks the client sees with the
 * solution brought, then the next milestone.
 */
import { dueLabel, daysLeftLabel } from '../dates';
import { nextMilestone } from '../outline';
import type { BriefContext } from './context';
import { approvers, openDecisions, tasksDueBy } from './project';
import { rankFlags } from './risk';
import type { BriefSection } from './types';

/** The ordered agenda for the call, from the same data as the sections above it. */
export function agendaSection(ctx: BriefContext): BriefSection {
  const { w } = ctx;
  const decide = openDecisions(ctx.project).map((d) => {
    const when = d.due ? w.decisions.neededBy(w.day(d.due), dueLabel(ctx.today, d.due, ctx.words.dates)) : '';
    return w.agenda.decide(d.question, [approvers(d, ctx.project, w.decisions), when].filter(Boolean).join(' — '));
  });
  const ask = tasksDueBy(ctx.project, ctx.nextCall).map((t) =>
    w.agenda.ask(t.title, `${w.day(t.due)} (${dueLabel(ctx.today, t.due, ctx.words.dates)})`),
  );
  const risks = rankFlags(ctx)
    .filter((r) => r.flag.client_visible)
    .map(({ flag }) =>
      flag.mitigation ? w.agenda.risk(flag.title, flag.mitigation) : w.agenda.riskNoSolution(flag.title),
    );
  const next = nextMilestone(ctx.project.milestones, ctx.today);
  const milestone = next
    ? [w.agenda.nextMilestone(next.title, w.day(next.due), daysLeftLabel(ctx.today, next.due, ctx.words.dates))]
    : [];
  const items = [...decide, ...ask, ...risks, ...milestone];
  const base = { id: 'agenda' as const, title: w.agenda.title, ordered: true };
  if (decide.length + ask.length + risks.length === 0)
    return { ...base, note: w.agenda.none, groups: milestone.length > 0 ? [{ items: milestone }] : [] };
  return { ...base, groups: [{ items }] };
}
