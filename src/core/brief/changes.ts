/**
 * "What changed since the last update", for the tech lead: the draft's own selection, cleaning and grouping
 * (merges, reverts, bots and noise types out; ticket ids, PR numbers and hashes stripped; near-duplicates
 * merged; grouped by milestone), but names are kept — the brief is internal. Secrets are never kept.
 */
import type { Commit } from '../git/commit';
import { capAndGroup, milestoneIndex, toItem, type CappedSection, type MilestoneIndex } from '../draft/group';
import { DEFAULT_NOISE_TYPES } from '../draft/parse';
import { removeSecrets } from '../draft/secrets';
import { selectCommits } from '../draft/select';
import { DEFAULT_TICKET_PATTERNS, mergeNearDuplicates, stripInternalIds, ticketMatchers } from '../draft/tidy';
import type { DraftItem } from '../draft/types';
import type { ProjectFile } from '../model/schema';
import { en } from '../lang/en/brief';
import type { BriefWords } from './words';

/** Lines shown before "and N more": a brief is read in ten minutes. */
export const MAX_CHANGES = 30;
const SIMILARITY = 0.8;

/** The range's work, grouped by milestone, with what the departments and flags sections need to know. */
export interface ChangeSummary {
  section: CappedSection;
  /** Commits read, and how many of them became no line (merges, noise, bots, reverts, duplicates). */
  commits: number;
  hidden: number;
  /** Newest commit day per milestone id, any commit type included: a refactor moves the work too. */
  lastChange: ReadonlyMap<string, string>;
  /** Secrets removed from commit subjects. */
  secrets: number;
  /** Ticket patterns from the settings that did not compile. */
  invalidPatterns: string[];
}

/** Options of `summarizeChanges`; the defaults are the draft's. */
export interface ChangeOptions {
  noiseTypes?: readonly string[];
  ticketPatterns?: readonly (string | RegExp)[];
}

/** Cleans and groups the commits of the range (git log order, newest first) by milestone. */
export function summarizeChanges(
  project: ProjectFile,
  commits: readonly Commit[],
  options: ChangeOptions = {},
): ChangeSummary {
  const selection = selectCommits(commits, new Set(options.noiseTypes ?? DEFAULT_NOISE_TYPES));
  const tickets = ticketMatchers(options.ticketPatterns ?? DEFAULT_TICKET_PATTERNS);
  const index = milestoneIndex(
    project.milestones,
    commits.flatMap((c) => c.files),
    project.areas,
  );
  let secrets = 0;
  const items: DraftItem[] = [];
  for (const parsed of selection.visible) {
    // Secrets first, as in the draft: stripping ticket-like ids could cut a token in two and hide it.
    const cleaned = removeSecrets(parsed.text);
    secrets += cleaned.hits.length;
    const text = stripInternalIds(cleaned.text, tickets);
    if (text !== '') items.push(toItem(parsed, text, [], index));
  }
  const deduped = mergeNearDuplicates(items, SIMILARITY);
  return {
    section: capAndGroup(
      deduped.items,
      MAX_CHANGES,
      project.milestones.map((m) => m.id),
    ),
    commits: commits.length,
    hidden: commits.length - items.length + deduped.merged,
    lastChange: lastChangeByMilestone(commits, index),
    secrets,
    invalidPatterns: tickets.invalid ?? [],
  };
}

function lastChangeByMilestone(commits: readonly Commit[], index: MilestoneIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const commit of commits) {
    const day = commit.date.slice(0, 10);
    for (const file of commit.files) {
      for (const id of index.byFile.get(file) ?? []) if ((out.get(id) ?? '') < day) out.set(id, day);
    }
  }
  return out;
}

/** One line of "what changed": the kind when it is not plain delivered work, the text, the area. */
export function changeLine(item: DraftItem, w: BriefWords['changes'] = en.changes): string {
  const kind = [item.breaking ? w.breaking : '', item.kind === 'fix' ? w.fix : ''].filter(Boolean).join(', ');
  return `${kind ? w.kinds(kind) : ''}${item.text}${item.area ? ` (${item.area})` : ''}`;
}
