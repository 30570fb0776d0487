/**
 * The call-preparation brief: an INTERNAL document for the tech lead, read ten minutes before a client call.
 * Unlike the client draft it keeps team names (it never leaves the team), but it never prints a secret, and
 * its first line says it is not for the client. Pure and deterministic: `today` is an input.
 */
import { nextCall } from '../cadence';
import { toIsoDay } from '../draft/format';
import { escapeBlockStart } from '../draft/render';
import { removeSecrets } from '../draft/secrets';
import { oneLine } from '../safeText';
import { wordsFor } from '../i18n';
import { BRIEF } from '../lang';
import type { Language } from '../model/vocabulary';
import { agendaSection } from './agenda';
import { changeLine, summarizeChanges, type ChangeSummary } from './changes';
import { sinceGroups } from './since';
import type { BriefContext } from './context';
import { checklistSection, clientTasksSection, decisionsSection, departmentsSection } from './project';
import { milestonesAtRiskSection, noMitigationSection, redFlagsSection, touchedCounts } from './risk';
import type { Brief, BriefInput, BriefSection } from './types';
import type { BriefWords } from './words';

export type { Brief, BriefGit, BriefGroup, BriefInput, BriefSection, BriefSectionId, BriefSince } from './types';
export { diffProject, type ProjectChange } from './projectDiff';
export { sinceOutline, toldLines, type SinceView } from './since';
export type { BriefWords } from './words';

/** The brief's words in a language (the UI's, not the client's; see src/core/lang). */
export function briefWordsFor(language: Language): BriefWords {
  return BRIEF[language];
}

/** Every catalog, for the tests. */
export const briefCatalogs: Readonly<Record<Language, BriefWords>> = BRIEF;

/** The words that open every brief: it must never be mistaken for a client update. */
export const INTERNAL_MARK = briefWordsFor('en').internalMark;

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
    agendaSection(ctx),
  ];
  const title = ctx.w.title(ctx.w.internalMark, input.project.project.name);
  const safe = makeSafe();
  const cleaned = sections.map((s) => cleanSection(s, safe));
  const header = headerLines(ctx, input).map(safe.line);
  const secrets = safe.count() + (ctx.changes?.secrets ?? 0);
  const markdown = render(safe.line(title), header, cleaned, secrets > 0 ? ctx.w.secrets(secrets) : undefined);
  return { markdown, title: safe.line(title), sections: cleaned, nextCall: ctx.nextCall, secrets };
}

function contextOf(input: BriefInput): BriefContext {
  const today = toIsoDay(input.today);
  const lastUpdate = input.lastUpdate ? toIsoDay(input.lastUpdate) : undefined;
  const call = nextCall({ communication: input.project.communication, lastStatus: lastUpdate, today });
  const git = input.git;
  const w = briefWordsFor(input.language ?? 'en');
  const changes: ChangeSummary | undefined = git.read
    ? summarizeChanges(input.project, git.commits, {
        noiseTypes: input.noiseTypes,
        ticketPatterns: input.ticketPatterns,
      })
    : undefined;
  return {
    project: input.project,
    today,
    nextCall: call.day,
    callAgreed: call.agreed,
    lastUpdate,
    sinceWords:
      lastUpdate && !(git.read && git.ranged)
        ? w.sinceLastUpdate
        : git.read
          ? w.sinceDay(w.day(toIsoDay(git.since)))
          : w.sinceRangeStart,
    changes,
    gitReason: git.read ? undefined : git.reason,
    flags: input.flags,
    touched: git.read ? touchedCounts(input.project.red_flags, input.flags, git.commits) : undefined,
    w,
    words: wordsFor(input.language ?? 'en'),
  };
}

function headerLines(ctx: BriefContext, input: BriefInput): string[] {
  const { name, client } = ctx.project.project;
  const { w } = ctx;
  const last = ctx.lastUpdate ? w.day(ctx.lastUpdate) : undefined;
  const prepared = ctx.callAgreed ? w.prepared : w.preparedNoCall;
  const committed = input.lastUpdateCommitted;
  const lines = [
    prepared(w.day(ctx.today), client, name, w.day(ctx.nextCall)),
    !last ? w.noUpdate : committed ? w.lastUpdateCommitted(last, w.day(committed)) : w.lastUpdate(last),
  ];
  if (input.git.read) lines.push(w.commitsRead(input.git.commits.length, ctx.sinceWords, last));
  else lines.push(w.gitNotRead(input.git.reason));
  for (const note of input.git.read ? (input.git.notes ?? []) : []) lines.push(w.note(note));
  return lines;
}

function changesSection(ctx: BriefContext, input: BriefInput): BriefSection {
  const w = ctx.w.changes;
  const title = w.title;
  const changes = ctx.changes;
  const since = sinceGroups(input.since, ctx.w, ctx.words);
  if (!changes) return { id: 'changes', title, note: w.notAvailable(ctx.gitReason), groups: [] };
  const titleOf = (id: string | undefined) =>
    id === undefined ? w.otherWork : (input.project.milestones.find((m) => m.id === id)?.title ?? id);
  const groups = changes.section.groups.map((g) => ({
    title: titleOf(g.milestone),
    items: g.items.map((item) => changeLine(item, w)),
  }));
  const notes = [
    ...since.notes,
    groups.length === 0 ? w.noChange(changes.commits) : '',
    changes.section.more > 0 ? w.more(changes.section.more) : '',
    changes.hidden > 0 ? w.hidden(changes.hidden) : '',
    changes.invalidPatterns.length > 0 ? w.invalidPatterns(changes.invalidPatterns.join(', ')) : '',
  ].filter(Boolean);
  return { id: 'changes', title, note: notes.join(' ') || undefined, groups: [...since.groups, ...groups] };
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
      const flat = oneLine(text);
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
    groups: section.groups.map((g) => ({
      title: g.title === undefined ? undefined : safe.line(g.title),
      items: g.items.map(safe.line),
    })),
  };
}

function render(
  title: string,
  header: readonly string[],
  sections: readonly BriefSection[],
  secretsWarning: string | undefined,
): string {
  const out = [`# ${title}`, '', ...header.map((l) => `${l}  `), ''];
  if (secretsWarning) out.push(`> ${secretsWarning}`, '');
  for (const s of sections) {
    out.push(`## ${s.title}`, '');
    if (s.note) out.push(s.note, '');
    for (const g of s.groups) {
      if (g.title) out.push(`### ${g.title}`, '');
      // A value first on its line (a task's title) must not open a heading, a quote or a list of its own.
      out.push(...g.items.map((i, n) => `${s.ordered ? `${n + 1}.` : '-'} ${escapeBlockStart(i)}`), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
