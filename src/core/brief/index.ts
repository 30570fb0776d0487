/**
 * The call-preparation brief: an INTERNAL document for the tech lead, read ten minutes before a client call.
 * Unlike the client draft it keeps team names (it never leaves the team), but it never prints a secret, and
 * its first line says it is not for the client. Pure and deterministic: `today` is an input.
 */
import { nextUpdate } from '../cadence';
import { dayNumber } from '../dates';
import { toIsoDay } from '../draft/format';
import { removeSecrets } from '../draft/secrets';
import { changeLine, summarizeChanges, type ChangeSummary } from './changes';
import { plural, type BriefContext } from './context';
import { checklistSection, clientTasksSection, decisionsSection, departmentsSection } from './project';
import { milestonesAtRiskSection, noMitigationSection, redFlagsSection, touchedCounts } from './risk';
import type { Brief, BriefInput, BriefSection } from './types';

export type { Brief, BriefGit, BriefGroup, BriefInput, BriefSection, BriefSectionId } from './types';

/** The words that open every brief: it must never be mistaken for a client update. */
export const INTERNAL_MARK = 'Internal — not for the client';

/** Builds the internal call brief: Markdown and the same sections as data. */
export function buildBrief(input: BriefInput): Brief {
  const ctx = contextOf(input);
  const sections = [
    changesSection(ctx, input),
    clientTasksSection(ctx),
    decisionsSection(ctx),
    redFlagsSection(ctx),
    noMitigationSection(ctx),
    milestonesAtRiskSection(ctx),
    departmentsSection(ctx),
    checklistSection(ctx),
  ];
  const title = `${INTERNAL_MARK} — call brief: ${input.project.project.name}`;
  const safe = makeSafe();
  const cleaned = sections.map((s) => cleanSection(s, safe));
  const header = headerLines(ctx, input).map(safe.line);
  const secrets = safe.count() + (ctx.changes?.secrets ?? 0);
  const markdown = render(safe.line(title), header, cleaned, secrets);
  return { markdown, title: safe.line(title), sections: cleaned, nextCall: ctx.nextCall, secrets };
}

function contextOf(input: BriefInput): BriefContext {
  const today = toIsoDay(input.today);
  const lastUpdate = input.lastUpdate ? toIsoDay(input.lastUpdate) : undefined;
  const due = nextUpdate({ communication: input.project.communication, lastStatus: lastUpdate, today }).due;
  // An overdue update means the call is owed now: "before the next call" then starts from today.
  const nextCall = dayNumber(due) < dayNumber(today) ? today : due;
  const git = input.git;
  const changes: ChangeSummary | undefined = git.read
    ? summarizeChanges(input.project, git.commits, { noiseTypes: input.noiseTypes, ticketPatterns: input.ticketPatterns })
    : undefined;
  return {
    project: input.project,
    today,
    nextCall,
    lastUpdate,
    sinceWords: lastUpdate ? 'since the last update' : `since ${git.read ? toIsoDay(git.since) : 'the range start'}`,
    changes,
    gitReason: git.read ? undefined : git.reason,
    flags: input.flags,
    touched: git.read ? touchedCounts(input.project.red_flags, input.flags, git.commits) : undefined,
  };
}

function headerLines(ctx: BriefContext, input: BriefInput): string[] {
  const { name, client } = ctx.project.project;
  const lines = [
    `Prepared ${ctx.today} for the call with ${client} (${name}). Next call: ${ctx.nextCall}.`,
    ctx.lastUpdate ? `Last status update: ${ctx.lastUpdate}.` : 'No status update saved yet.',
  ];
  if (input.git.read) lines.push(`Commits read: ${plural(input.git.commits.length, 'commit')} ${ctx.sinceWords}${ctx.lastUpdate ? ` (${ctx.lastUpdate})` : ''}.`);
  else lines.push(`Git was not read: ${input.git.reason} What changed, code changes under red flags and departments notified before a change are missing from this brief.`);
  for (const note of input.git.read ? (input.git.notes ?? []) : []) lines.push(`Note: ${note}`);
  return lines;
}

function changesSection(ctx: BriefContext, input: BriefInput): BriefSection {
  const title = 'What changed since the last update';
  const changes = ctx.changes;
  if (!changes) return { id: 'changes', title, note: `Not available: ${ctx.gitReason ?? 'git was not read.'}`, groups: [] };
  const titleOf = (id: string | undefined) => (id === undefined ? 'Other work' : (input.project.milestones.find((m) => m.id === id)?.title ?? id));
  const groups = changes.section.groups.map((g) => ({ title: titleOf(g.milestone), items: g.items.map(changeLine) }));
  const notes = [
    groups.length === 0 ? `No client-relevant change in ${plural(changes.commits, 'commit')}.` : '',
    changes.section.more > 0 ? `And ${plural(changes.section.more, 'smaller change')}.` : '',
    changes.hidden > 0 ? `${plural(changes.hidden, 'commit')} not listed (merges, reverts, bots, noise types, duplicates).` : '',
    changes.invalidPatterns.length > 0 ? `Ignored invalid ticket patterns: ${changes.invalidPatterns.join(', ')}.` : '',
  ].filter(Boolean);
  return { id: 'changes', title, note: notes.join(' ') || undefined, groups };
}

interface Safe {
  line: (text: string) => string;
  count: () => number;
}

// Every printed text passes here: one line (no control characters, no raw newline that could open a Markdown
// block) and no secret. project.yaml texts are user data too.
function makeSafe(): Safe {
  let hits = 0;
  return {
    line: (text) => {
      const flat = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
      const cleaned = removeSecrets(flat);
      hits += cleaned.hits.length;
      return cleaned.hits.length > 0 ? cleaned.text.replace(/\s{2,}/g, ' ').trim() : flat;
    },
    count: () => hits,
  };
}

function cleanSection(section: BriefSection, safe: Safe): BriefSection {
  return {
    ...section,
    note: section.note === undefined ? undefined : safe.line(section.note),
    groups: section.groups.map((g) => ({ title: g.title === undefined ? undefined : safe.line(g.title), items: g.items.map(safe.line) })),
  };
}

function render(title: string, header: readonly string[], sections: readonly BriefSection[], secrets: number): string {
  const out = [`# ${title}`, '', ...header.map((l) => `${l}  `), ''];
  if (secrets > 0) out.push(`> ${plural(secrets, 'thing')} that looked like a secret left out of this brief: check the commits and rotate them.`, '');
  for (const s of sections) {
    out.push(`## ${s.title}`, '');
    if (s.note) out.push(s.note, '');
    for (const g of s.groups) {
      if (g.title) out.push(`### ${g.title}`, '');
      out.push(...g.items.map((i) => `- ${i}`), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
