/** The brief's risk sections: red flags by risk, flags with no mitigation, milestones at risk. */
import { againstPlanLabel, dayNumber, daysLeftLabel } from '../dates';
import type { Commit } from '../git/commit';
import { coverageLabel } from '../flags/rows';
import type { FlagLink } from '../flags/link';
import { matchGlobs } from '../globSet';
import type { RedFlag, Severity } from '../model/schema';
import type { BriefContext } from './context';
import type { BriefSection } from './types';

/** Milestones due within this many days are at risk while the current phase has open checklist items. */
export const SOON_DAYS = 14;
/** Flagged code covered below this share puts the milestones whose paths hold it at risk. */
export const MIN_COVERAGE = 60;

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** A red flag still open or mitigated, with its link to code when the analysis ran. */
interface RankedFlag {
  flag: RedFlag;
  index: number;
  link: FlagLink | undefined;
}

/** For each red flag, how many commits of the range touched its files (globs, or files holding its markers). */
export function touchedCounts(
  flags: readonly RedFlag[],
  links: readonly FlagLink[] | undefined,
  commits: readonly Commit[],
): Map<string, number> {
  const files = [...new Set(commits.flatMap((c) => c.files))];
  const owners = flags.flatMap((f) => (f.paths ?? []).map(() => f.id));
  const matched = matchGlobs(
    flags.flatMap((f) => f.paths ?? []),
    files,
  );
  const byFlag = new Map<string, Set<string>>(
    flags.map((f) => [f.id, new Set(links?.find((l) => l.flag.id === f.id)?.files ?? [])]),
  );
  matched.forEach((list, i) => list.forEach((file) => byFlag.get(owners[i]!)!.add(file)));
  const out = new Map<string, number>();
  for (const [id, set] of byFlag) out.set(id, commits.filter((c) => c.files.some((f) => set.has(f))).length);
  return out;
}

/** The covered share in whole percent, rounded down so that 59.9% never passes a 60% bar; undefined unmeasured. */
export function coveredPercent(link: FlagLink | undefined): number | undefined {
  const c = link?.coverage;
  return c && c.total > 0 ? Math.floor((100 * c.covered) / c.total) : undefined;
}

/** Flags not closed, by risk: severity, then least covered (unmeasured first), then changed code, then file order. */
export function rankFlags(ctx: BriefContext): RankedFlag[] {
  const links = new Map((ctx.flags ?? []).map((l) => [l.flag.id, l]));
  const ranked = ctx.project.red_flags
    .map((flag, index) => ({ flag, index, link: links.get(flag.id) }))
    .filter((r) => r.flag.status !== 'closed');
  const share = (r: RankedFlag) => coveredPercent(r.link) ?? -1;
  const changed = (r: RankedFlag) => ((ctx.touched?.get(r.flag.id) ?? 0) > 0 ? 0 : 1);
  return ranked.sort(
    (a, b) =>
      SEVERITY_RANK[a.flag.severity] - SEVERITY_RANK[b.flag.severity] ||
      share(a) - share(b) ||
      changed(a) - changed(b) ||
      a.index - b.index,
  );
}

/** Every flag not closed, by risk, with its coverage, whether its code changed and its mitigation. */
export function redFlagsSection(ctx: BriefContext): BriefSection {
  const w = ctx.w.flags;
  const items = rankFlags(ctx).map(({ flag, link }) => {
    const status =
      flag.status === 'open' ? '' : ` (${flag.status === 'mitigated' ? ctx.words.values.flagMitigated : flag.status})`;
    const visible = flag.client_visible ? w.clientVisible : w.internal;
    const answer = flag.mitigation ? w.mitigation(flag.mitigation) : w.noMitigation;
    return `[${ctx.words.values.severity[flag.severity]}] ${flag.id}: ${flag.title}${status} — ${visible} — ${coverageOf(link, ctx)} — ${changeOf(flag, ctx)} — ${answer}`;
  });
  return {
    id: 'red-flags',
    title: w.title,
    note: items.length === 0 ? w.none : undefined,
    groups: items.length > 0 ? [{ items }] : [],
  };
}

function coverageOf(link: FlagLink | undefined, ctx: BriefContext): string {
  const w = ctx.w.flags;
  if (!ctx.flags) return w.coverageNotAnalysed;
  if (!link) return w.notLinked;
  const guess = link.untestedGuess?.length ? w.guess(link.untestedGuess.length) : '';
  return `${coverageLabel(link, ctx.words.flags)}${guess}`;
}

function changeOf(flag: RedFlag, ctx: BriefContext): string {
  const w = ctx.w.flags;
  if (!ctx.touched) return w.changesUnknown;
  const n = ctx.touched.get(flag.id) ?? 0;
  return n === 0 ? w.unchanged(ctx.sinceWords) : w.changed(ctx.sinceWords, n);
}

/** Open flags that come without a solution: the lead should bring one to the call. */
export function noMitigationSection(ctx: BriefContext): BriefSection {
  const w = ctx.w.unmitigated;
  const items = rankFlags(ctx)
    .filter((r) => r.flag.status === 'open' && !r.flag.mitigation)
    .map(
      ({ flag }) =>
        `[${ctx.words.values.severity[flag.severity]}] ${flag.id}: ${flag.title}${flag.client_visible ? w.clientSees : ''}`,
    );
  return {
    id: 'no-mitigation',
    title: w.title,
    note: items.length === 0 ? w.none : undefined,
    groups: items.length > 0 ? [{ items }] : [],
  };
}

/**
 * Milestones not done that are at risk: marked at-risk or late, past due, due within 14 days while the current
 * phase has open checklist items, or holding flagged code covered under 60%. Soonest first.
 */
export function milestonesAtRiskSection(ctx: BriefContext): BriefSection {
  const w = ctx.w.milestones;
  const phase = ctx.project.phases.find((p) => p.id === ctx.project.project.phase);
  const openItems = phase?.checklist.filter((i) => !i.done).length ?? 0;
  const weak = rankFlags(ctx).filter((r) => (coveredPercent(r.link) ?? 100) < MIN_COVERAGE);
  const items = ctx.project.milestones
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => m.status !== 'done')
    .sort((a, b) => dayNumber(a.m.due) - dayNumber(b.m.due) || a.index - b.index)
    .flatMap(({ m }) => {
      const days = dayNumber(m.due) - dayNumber(ctx.today);
      const reasons: string[] = [];
      if (m.status === 'at-risk' || m.status === 'late') reasons.push(w.marked(ctx.words.values.milestone[m.status]));
      const slip = againstPlanLabel(m, ctx.words.dates);
      if (slip) reasons.push(slip);
      if (days < 0) reasons.push(w.pastDue);
      else if (days <= SOON_DAYS && openItems > 0) reasons.push(w.openItems(openItems, phase!.title));
      const globs = m.paths ?? [];
      for (const r of globs.length > 0 ? weak : []) {
        if (matchGlobs(globs, r.link!.files).some((list) => list.length > 0))
          reasons.push(w.weakCode(r.flag.id, coveredPercent(r.link)!));
      }
      return reasons.length === 0
        ? []
        : [w.line(m.title, ctx.w.day(m.due), daysLeftLabel(ctx.today, m.due, ctx.words.dates), reasons.join('; '))];
    });
  const note = [items.length === 0 ? w.none : '', ctx.flags ? '' : w.coverageNotAnalysed].filter(Boolean).join(' ');
  return {
    id: 'milestones-at-risk',
    title: w.title,
    note: note || undefined,
    groups: items.length > 0 ? [{ items }] : [],
  };
}
