/**
 * Status drafting: from commits and project.yaml to a client-ready update, pure and deterministic. The steps:
 * select (history rules) → clean (ids, emoji) → redact (names, emails, secrets, blame) → merge near-duplicates
 * → group by milestone and area → cap → write sections in the client's language → render → redact again.
 */
import { DEFAULT_NOISE_TYPES } from './parse';
import { explainCommits, removedWords, type Removal, type TracedSection, type Trace } from './explain';
import { localeOf, phrasesFor, type Phrases } from './phrases';
import { reviewPhrasesFor, type ReviewPhrases } from './reviewPhrases';
import { createRedactor, invalidPatterns, redactionNames, type Finding, type Redactor } from './redact';
import { renderMarkdown, renderText, type Block } from './render';
import { findingPoints, locatePoints, placeLines, touchedFlags, type Placed } from './review';
import { changes, clientRisks, decisions, next, risks, summary, waiting, type SectionContext } from './sections';
import { selectCommits, type Selection } from './select';
import { capAndGroup, milestoneIndex, toItem } from './group';
import { DEFAULT_TICKET_PATTERNS, mergeNearDuplicates, stripInternalIds, ticketMatchers } from './tidy';
import { toIsoDay } from './format';
import { oneLine } from '../safeText';
import type { DraftInput, DraftItem, DraftResult, DraftStats, DraftText, DraftWarning } from './types';

export type {
  DraftInput,
  DraftOptions,
  DraftPlace,
  DraftResult,
  DraftStats,
  DraftWarning,
  ExplainEntry,
  ExplainOutcome,
  HiddenReason,
} from './types';
export { renderExplain } from './explain';

const DEFAULT_MAX_ITEMS = 8;
const DEFAULT_SIMILARITY = 0.8;

/**
 * Drafts the client status update for a range of commits: Markdown and plain text that hold only client text,
 * the review points for the tech lead beside them, counts, and why each commit is or is not a line.
 */
export function draftStatus(input: DraftInput): DraftResult {
  const p = phrasesFor(input.language ?? input.project.project.language);
  const rp = reviewPhrasesFor(input.options?.reviewLanguage ?? 'en');
  const redact = buildRedactor(input, p);
  const stats: DraftStats = { commits: input.commits.length, items: 0, hidden: {}, redactions: 0, secrets: 0 };
  const trace: Trace = { removed: new Map(), empty: new Set() };
  const run = (text: string, hash?: string) => {
    const r = redact(text);
    stats.redactions += r.redactions;
    if (hash) record(trace, hash, r.removals ?? []);
    return r;
  };
  const warnings: DraftWarning[] = [];
  const { items, selection } = draftItems(input, rp, run, stats, warnings, trace);
  const placed: Placed[] = [];
  const ctx = sectionContext(input, p, items, (text, heading) => {
    const r = run(text);
    placed.push(...r.findings.map((finding) => ({ finding, place: { heading } })));
    return r.text;
  });
  const blocks: Block[] = [
    ...summary(ctx),
    ...changes(ctx, 'delivered'),
    ...changes(ctx, 'fixed'),
    ...next(ctx),
    ...risks(ctx),
    ...waiting(ctx),
    ...decisions(ctx),
  ];
  const traced: TracedSection[] = [
    { heading: p.headings.delivered, items: items.filter((i) => i.kind === 'feature'), capped: ctx.features },
    { heading: p.headings.fixed, items: items.filter((i) => i.kind === 'fix'), capped: ctx.fixes },
  ];
  placed.push(...placeItems(traced));
  const leftOut = leftOutSecrets(rp, traced);
  warnings.push(...projectWarnings(input, ctx, p, rp), ...findingPoints(rp, placed), ...leftOut);
  stats.secrets = placed.filter((f) => f.finding.kind === 'secret').length + leftOut.length;
  const draft = finish(blocks.map(flattenBlock), redact, warnings, stats, rp.finalCheck);
  return {
    ...draft,
    warnings: locatePoints(draft.markdown, draft.warnings).sort((a, b) => (a.line ?? -1) - (b.line ?? -1)),
    explain: explainCommits(input.commits, selection.hidden, trace, traced, placeLines(draft.markdown)),
  };
}

type Run = (text: string, hash?: string) => { text: string; findings: Finding[] };

function record(trace: Trace, hash: string, removals: readonly Removal[]): void {
  if (removals.length > 0) trace.removed.set(hash, [...(trace.removed.get(hash) ?? []), ...removals]);
}

// Commits → cleaned, redacted, de-duplicated lines; hidden commits are counted by reason.
function draftItems(
  input: DraftInput,
  rp: ReviewPhrases,
  run: Run,
  stats: DraftStats,
  warnings: DraftWarning[],
  trace: Trace,
): { items: DraftItem[]; selection: Selection } {
  const options = input.options ?? {};
  const selection = selectCommits(input.commits, new Set(options.noiseTypes ?? DEFAULT_NOISE_TYPES));
  for (const reason of selection.hidden.values()) stats.hidden[reason] = (stats.hidden[reason] ?? 0) + 1;
  const tickets = ticketMatchers(options.ticketPatterns ?? DEFAULT_TICKET_PATTERNS);
  for (const bad of [...(tickets.invalid ?? []), ...invalidPatterns(options.internalUrlPatterns ?? [])]) {
    warnings.push({ kind: 'option', message: rp.invalidPattern(bad) });
  }
  const index = milestoneIndex(
    input.project.milestones,
    selection.visible.flatMap((v) => v.files),
    input.project.areas,
  );
  const cleaned = selection.visible.flatMap((parsed) => {
    const hash = parsed.commit.hash;
    // Secrets first: stripping ticket-like ids ("AB-12") could cut a token in two and hide it from the check.
    const r = run(parsed.text, hash);
    const text = stripInternalIds(r.text, tickets);
    record(trace, hash, removedWords(r.text, text, 'internal-id'));
    if (text === '') {
      stats.hidden.empty = (stats.hidden.empty ?? 0) + 1;
      trace.empty.add(hash);
      return [];
    }
    return [toItem(parsed, text, r.findings, index)];
  });
  const deduped = mergeNearDuplicates(cleaned, options.similarity ?? DEFAULT_SIMILARITY);
  if (deduped.merged > 0) stats.hidden.duplicate = deduped.merged;
  stats.items = deduped.items.length;
  for (const revert of selection.revertsOfOlderWork) {
    const what = stripInternalIds(run(revert.subject, revert.hash).text, tickets);
    warnings.push({ kind: 'revert', message: rp.revert(oneLine(what)) });
  }
  return { items: deduped.items, selection };
}

function sectionContext(
  input: DraftInput,
  p: Phrases,
  items: readonly DraftItem[],
  clean: SectionContext['clean'],
): SectionContext {
  const max = input.options?.maxItemsPerSection ?? DEFAULT_MAX_ITEMS;
  const order = input.project.milestones.map((m) => m.id);
  const workByMilestone = new Map<string, number>();
  for (const item of items)
    if (item.milestone) workByMilestone.set(item.milestone, (workByMilestone.get(item.milestone) ?? 0) + 1);
  return {
    project: input.project,
    p,
    locale: localeOf(input.language ?? input.project.project.language),
    today: toIsoDay(input.today),
    from: toIsoDay(input.range.from),
    to: toIsoDay(input.range.to),
    features: capAndGroup(
      items.filter((i) => i.kind === 'feature'),
      max,
      order,
    ),
    fixes: capAndGroup(
      items.filter((i) => i.kind === 'fix'),
      max,
      order,
    ),
    workByMilestone,
    touchedFlags: touchedFlags(input.project.red_flags, input.commits),
    clean,
  };
}

// Each shown line's findings get its place (“Delivered”, item 3), in the order the client reads them.
function placeItems(sections: readonly TracedSection[]): Placed[] {
  return sections.flatMap(({ heading, capped }) =>
    capped.groups
      .flatMap((g) => g.items)
      .flatMap((item, i) => item.findings.map((finding) => ({ finding, place: { heading, item: i + 1 } }))),
  );
}

// Lines left out by the cap are not in the draft, but a secret in their commit still needs rotating.
function leftOutSecrets(rp: ReviewPhrases, sections: readonly TracedSection[]): DraftWarning[] {
  return sections.flatMap(({ heading, items, capped }) => {
    const shown = new Set(capped.groups.flatMap((g) => g.items));
    return items
      .filter((item) => !shown.has(item))
      .flatMap((item) => item.findings)
      .flatMap((f): DraftWarning[] =>
        f.kind === 'secret'
          ? [{ kind: 'secret', message: rp.secretLeftOut(rp.secretKinds[f.secret], heading), place: { heading } }]
          : [],
      );
  });
}

// For the tech lead, not the client: internal flags whose code moved, client-visible flags with no answer yet.
function projectWarnings(input: DraftInput, ctx: SectionContext, p: Phrases, rp: ReviewPhrases): DraftWarning[] {
  const out: DraftWarning[] = [];
  const shown = clientRisks(input.project);
  for (const flag of input.project.red_flags) {
    if (flag.status === 'closed') continue;
    if (!flag.client_visible && ctx.touchedFlags.has(flag.id)) {
      out.push({ kind: 'red-flag', message: rp.internalFlag(flag.id), place: { heading: p.headings.risks } });
    }
    if (flag.client_visible && !flag.mitigation) {
      out.push({
        kind: 'mitigation',
        message: rp.noMitigation(flag.id),
        place: { heading: p.headings.risks, item: shown.indexOf(flag) + 1 },
      });
    }
  }
  return out;
}

// Every block is one line of the draft: a value from project.yaml or git with a line break or a control
// character cannot open a heading or a list of its own, or reach a terminal raw.
function flattenBlock(block: Block): Block {
  if (block.kind !== 'list') return { kind: block.kind, text: oneLine(block.text) };
  return {
    kind: 'list',
    items: block.items.map((i) => ({
      ...i,
      text: oneLine(i.text),
      label: i.label && oneLine(i.label),
      note: i.note && oneLine(i.note),
    })),
  };
}

function buildRedactor(input: DraftInput, p: Phrases): Redactor {
  return projectRedactor(input.project, p.team, input.commits, input.options);
}

/** The draft's redactor for a project: team names out, project.yaml's own names kept (the reminder uses it too). */
export function projectRedactor(
  project: DraftInput['project'],
  team: string,
  commits: DraftInput['commits'] = [],
  options: NonNullable<DraftInput['options']> = {},
): Redactor {
  const { names, nameParts } = redactionNames(project, commits, options.mailmapNames);
  // project.yaml's names are the client's words: never redacted, even when a person shares one of them.
  const keep = [
    project.project.name,
    project.project.client,
    ...project.client.contacts.map((c) => c.name),
    ...project.client.departments.map((d) => d.name),
    ...project.phases.map((ph) => ph.title),
    ...project.milestones.flatMap((m) => [m.id, m.title]),
    ...project.red_flags.flatMap((f) => [f.id, f.title]),
    ...(project.areas ?? []).map((a) => a.name),
  ];
  const keepWords = `${project.project.name} ${project.project.client}`
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((w) => w.length >= 2);
  return createRedactor({
    names,
    nameParts,
    keep,
    keepWords,
    allowedHosts: options.allowedHosts,
    internalUrlPatterns: options.internalUrlPatterns,
    team,
  });
}

// The last pass over the lines that carry commit or free text (list items: changes, titles of project.yaml
// entries, owners and approvers), before rendering (Markdown escaping would hide a `ghp_…` token from the
// check). Title, headings, paragraphs and asides are Candor's own phrases around already-cleaned names: never
// touched. Whatever slipped through a step above is caught here and reported.
function finish(
  blocks: readonly Block[],
  redact: Redactor,
  warnings: DraftWarning[],
  stats: DraftStats,
  finalCheck: string,
): DraftText {
  let caught = 0;
  const check = (text: string): string => {
    const r = redact(text);
    caught += r.redactions + r.findings.length;
    return r.text;
  };
  const checked = blocks.map((b): Block =>
    b.kind === 'list'
      ? {
          kind: 'list',
          items: b.items.map((i) => ({
            ...i,
            text: check(i.text),
            label: i.label && check(i.label),
            note: i.note && check(i.note),
          })),
        }
      : b,
  );
  if (caught > 0) {
    stats.redactions += caught;
    warnings.push({ kind: 'redaction', message: finalCheck });
  }
  return { markdown: renderMarkdown(checked), text: renderText(checked), warnings, stats };
}
