/**
 * Status drafting: from commits and project.yaml to a client-ready update, pure and deterministic. The steps:
 * select (history rules) → clean (ids, emoji) → redact (names, emails, secrets, blame) → merge near-duplicates
 * → group by milestone and area → cap → write sections in the client's language → render → redact again.
 */
import { DEFAULT_NOISE_TYPES } from './parse';
import { localeOf, phrasesFor, type Phrases } from './phrases';
import { createRedactor, invalidPatterns, redactionNames, type Finding, type Redactor } from './redact';
import { renderMarkdown, renderText, type Block } from './render';
import { reviewSection, touchedFlags, type Placed } from './review';
import { changes, decisions, next, risks, summary, waiting, type SectionContext } from './sections';
import { selectCommits } from './select';
import { capAndGroup, milestoneIndex, toItem } from './group';
import { DEFAULT_TICKET_PATTERNS, mergeNearDuplicates, stripInternalIds, ticketMatchers } from './tidy';
import { toIsoDay } from './format';
import type { DraftInput, DraftItem, DraftResult, DraftStats, DraftWarning } from './types';

export type { DraftInput, DraftOptions, DraftResult, DraftStats, DraftWarning, HiddenReason } from './types';

const DEFAULT_MAX_ITEMS = 8;
const DEFAULT_SIMILARITY = 0.8;

/** Drafts the client status update for a range of commits: Markdown, plain text, warnings and counts. */
export function draftStatus(input: DraftInput): DraftResult {
  const p = phrasesFor(input.language ?? input.project.project.language);
  const redact = buildRedactor(input, p);
  const stats: DraftStats = { commits: input.commits.length, items: 0, hidden: {}, redactions: 0, secrets: 0 };
  const run = (text: string) => {
    const r = redact(text);
    stats.redactions += r.redactions;
    return r;
  };
  const warnings: DraftWarning[] = [];
  const items = draftItems(input, run, stats, warnings);
  const placed: Placed[] = [];
  const ctx = sectionContext(input, p, items, (text, where) => {
    const r = run(text);
    placed.push(...r.findings.map((finding) => ({ finding, where })));
    return r.text;
  });
  const blocks: Block[] = [...summary(ctx), ...changes(ctx, 'delivered'), ...changes(ctx, 'fixed'), ...next(ctx), ...risks(ctx), ...waiting(ctx), ...decisions(ctx)];
  const placedItems = placeItems(p, ctx);
  placed.push(...placedItems);
  warnings.push(...projectWarnings(input, ctx));
  const review = reviewSection(p, placed);
  warnings.push(...review.warnings);
  blocks.push(...review.blocks);
  // Lines left out by the cap are not in the draft, but a secret in their commit still needs rotating.
  const isSecret = (f: Finding) => f.kind === 'secret';
  const unshown = items.flatMap((i) => i.findings).filter(isSecret).length - placedItems.filter((f) => isSecret(f.finding)).length;
  if (unshown > 0) warnings.push({ kind: 'secret', message: `${unshown} secret(s) in commit messages left out of the draft: check those commits and rotate the secrets.` });
  stats.secrets = placed.filter((f) => isSecret(f.finding)).length + unshown;
  return finish(blocks, redact, warnings, stats);
}

type Run = (text: string) => { text: string; findings: Finding[] };

// Commits → cleaned, redacted, de-duplicated lines; hidden commits are counted by reason.
function draftItems(input: DraftInput, run: Run, stats: DraftStats, warnings: DraftWarning[]): DraftItem[] {
  const options = input.options ?? {};
  const selection = selectCommits(input.commits, new Set(options.noiseTypes ?? DEFAULT_NOISE_TYPES));
  for (const reason of selection.hidden.values()) stats.hidden[reason] = (stats.hidden[reason] ?? 0) + 1;
  const tickets = ticketMatchers(options.ticketPatterns ?? DEFAULT_TICKET_PATTERNS);
  for (const bad of [...(tickets.invalid ?? []), ...invalidPatterns(options.internalUrlPatterns ?? [])]) {
    warnings.push({ kind: 'option', message: `"${bad}" is not a valid regular expression: it was ignored.` });
  }
  const index = milestoneIndex(input.project.milestones, selection.visible.flatMap((v) => v.files));
  const cleaned = selection.visible.flatMap((parsed) => {
    // Secrets first: stripping ticket-like ids ("AB-12") could cut a token in two and hide it from the check.
    const r = run(parsed.text);
    const text = stripInternalIds(r.text, tickets);
    if (text === '') {
      stats.hidden.empty = (stats.hidden.empty ?? 0) + 1;
      return [];
    }
    return [toItem(parsed, text, r.findings, index)];
  });
  const deduped = mergeNearDuplicates(cleaned, options.similarity ?? DEFAULT_SIMILARITY);
  if (deduped.merged > 0) stats.hidden.duplicate = deduped.merged;
  stats.items = deduped.items.length;
  for (const revert of selection.revertsOfOlderWork) {
    const what = stripInternalIds(run(revert.subject).text, tickets);
    warnings.push({ kind: 'revert', message: `"${what}" reverts work from before this range: tell the client if they were told about it.` });
  }
  return deduped.items;
}

function sectionContext(input: DraftInput, p: Phrases, items: readonly DraftItem[], clean: SectionContext['clean']): SectionContext {
  const max = input.options?.maxItemsPerSection ?? DEFAULT_MAX_ITEMS;
  const order = input.project.milestones.map((m) => m.id);
  const workByMilestone = new Map<string, number>();
  for (const item of items) if (item.milestone) workByMilestone.set(item.milestone, (workByMilestone.get(item.milestone) ?? 0) + 1);
  return {
    project: input.project,
    p,
    locale: localeOf(input.language ?? input.project.project.language),
    today: toIsoDay(input.today),
    from: toIsoDay(input.range.from),
    to: toIsoDay(input.range.to),
    features: capAndGroup(items.filter((i) => i.kind === 'feature'), max, order),
    fixes: capAndGroup(items.filter((i) => i.kind === 'fix'), max, order),
    workByMilestone,
    touchedFlags: touchedFlags(input.project.red_flags, input.commits),
    clean,
  };
}

// Each shown line's findings get its place ("Delivered", item 3), in the order the client reads them.
function placeItems(p: Phrases, ctx: SectionContext): Placed[] {
  const out: Placed[] = [];
  for (const [section, heading] of [[ctx.features, p.headings.delivered], [ctx.fixes, p.headings.fixed]] as const) {
    let n = 0;
    for (const group of section.groups) {
      for (const item of group.items) {
        n++;
        out.push(...item.findings.map((finding) => ({ finding, where: p.where(heading, n) })));
      }
    }
  }
  return out;
}

// For the tech lead, not the client: internal flags whose code moved, client-visible flags with no answer yet.
function projectWarnings(input: DraftInput, ctx: SectionContext): DraftWarning[] {
  const out: DraftWarning[] = [];
  for (const flag of input.project.red_flags) {
    if (flag.status === 'closed') continue;
    if (!flag.client_visible && ctx.touchedFlags.has(flag.id)) {
      out.push({ kind: 'red-flag', message: `Internal red flag "${flag.id}": its code changed in this range; it is not shown to the client.` });
    }
    if (flag.client_visible && !flag.mitigation) {
      out.push({ kind: 'mitigation', message: `Red flag "${flag.id}" is shown to the client without a mitigation: bring a solution with the problem.` });
    }
  }
  return out;
}

function buildRedactor(input: DraftInput, p: Phrases): Redactor {
  const options = input.options ?? {};
  const { project } = input;
  const { names, nameParts } = redactionNames(project, input.commits, options.mailmapNames);
  // project.yaml's names are the client's words: never redacted, even when a person shares one of them.
  const keep = [
    project.project.name,
    project.project.client,
    ...project.client.contacts.map((c) => c.name),
    ...project.client.departments.map((d) => d.name),
    ...project.phases.map((ph) => ph.title),
    ...project.milestones.flatMap((m) => [m.id, m.title]),
    ...project.red_flags.flatMap((f) => [f.id, f.title]),
  ];
  const keepWords = `${project.project.name} ${project.project.client}`.split(/[^\p{L}\p{N}_]+/u).filter((w) => w.length >= 2);
  return createRedactor({ names, nameParts, keep, keepWords, allowedHosts: options.allowedHosts, internalUrlPatterns: options.internalUrlPatterns, team: p.team });
}

// The last pass over the lines that carry commit or free text (list items: changes, titles of project.yaml
// entries, owners and approvers), before rendering (Markdown escaping would hide a `ghp_…` token from the
// check). Title, headings, paragraphs and asides are Candor's own phrases around already-cleaned names: never
// touched. Whatever slipped through a step above is caught here and reported.
function finish(blocks: readonly Block[], redact: Redactor, warnings: DraftWarning[], stats: DraftStats): DraftResult {
  let caught = 0;
  const check = (text: string): string => {
    const r = redact(text);
    caught += r.redactions + r.findings.length;
    return r.text;
  };
  const checked = blocks.map((b): Block =>
    b.kind === 'list' ? { kind: 'list', items: b.items.map((i) => ({ ...i, text: check(i.text), label: i.label && check(i.label), note: i.note && check(i.note) })) } : b,
  );
  if (caught > 0) {
    stats.redactions += caught;
    warnings.push({ kind: 'redaction', message: 'The final check removed names, addresses or secrets from the draft: read it closely.' });
  }
  return { markdown: renderMarkdown(checked), text: renderText(checked), warnings, stats };
}
