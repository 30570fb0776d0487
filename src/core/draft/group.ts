import { matchGlobs } from '../globSet';
import type { Milestone } from '../model/schema';
import type { Finding } from './redact';
import type { DraftItem, ParsedCommit } from './types';

// Folders that say nothing to a client: the area is the first folder below them (src/checkout → checkout).
const GENERIC_FOLDERS = new Set(['src', 'lib', 'app', 'apps', 'packages', 'pkg', 'source', 'sources', 'internal', 'cmd', 'modules', 'main', 'java', 'kotlin']);

/** For each file of the range, the milestones whose paths match it; built once per draft. */
export interface MilestoneIndex {
  /** Milestone ids in project.yaml order (ties go to the first). */
  ids: readonly string[];
  byFile: ReadonlyMap<string, readonly string[]>;
}

/** Matches every milestone's `paths` against every file of the range in one pass. */
export function milestoneIndex(milestones: readonly Milestone[], files: readonly string[]): MilestoneIndex {
  const owners = milestones.flatMap((m) => (m.paths ?? []).map(() => m.id));
  const matched = matchGlobs(milestones.flatMap((m) => m.paths ?? []), [...new Set(files)]);
  const byFile = new Map<string, string[]>();
  matched.forEach((list, i) => {
    for (const file of list) {
      const ids = byFile.get(file) ?? [];
      if (!ids.includes(owners[i]!)) ids.push(owners[i]!);
      byFile.set(file, ids);
    }
  });
  return { ids: milestones.map((m) => m.id), byFile };
}

/**
 * The milestone a change belongs to: its conventional scope when that is a milestone id, else the milestone
 * whose paths match most of its files (the first in project.yaml on a tie); undefined when none matches.
 */
export function milestoneOf(scope: string | undefined, files: readonly string[], index: MilestoneIndex): string | undefined {
  const byScope = scope && index.ids.find((id) => id.toLowerCase() === scope.toLowerCase());
  if (byScope) return byScope;
  const counts = new Map<string, number>();
  for (const file of files) for (const id of index.byFile.get(file) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: string | undefined;
  for (const id of index.ids) if ((counts.get(id) ?? 0) > (best === undefined ? 0 : counts.get(best)!)) best = id;
  return best;
}

/** The area of a change: its scope, else the folder most of its files live in (below src/, lib/, …). */
export function areaOf(scope: string | undefined, milestone: string | undefined, files: readonly string[]): string | undefined {
  if (scope && scope !== milestone) return scope;
  const counts = new Map<string, number>();
  for (const file of files) {
    const folder = meaningfulFolder(file);
    if (folder) counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [folder, n] of counts) if (best === undefined || n > counts.get(best)!) best = folder;
  return best;
}

function meaningfulFolder(file: string): string | undefined {
  const folders = file.split('/').slice(0, -1);
  return folders.find((f) => !GENERIC_FOLDERS.has(f.toLowerCase()) && !f.startsWith('.'));
}

/** Turns a parsed commit into a draft line, placed in its milestone and area. */
export function toItem(parsed: ParsedCommit, text: string, findings: readonly Finding[], index: MilestoneIndex): DraftItem {
  const milestone = milestoneOf(parsed.scope, parsed.files, index);
  return {
    text,
    kind: parsed.kind === 'fix' ? 'fix' : 'feature',
    breaking: parsed.breaking,
    clientNote: parsed.clientNote,
    milestone,
    area: areaOf(parsed.scope, milestone, parsed.files),
    files: parsed.files,
    findings,
    commits: [parsed.commit.hash],
  };
}

/** A section's items after the cap: what is shown, grouped, and how many smaller ones were left out. */
export interface CappedSection {
  groups: { milestone: string | undefined; items: DraftItem[] }[];
  more: number;
}

/**
 * Keeps the `max` most significant items (Client-Notes, breaking changes, then the widest changes) and groups
 * them by milestone in project.yaml order, then by area; the rest is counted for "and N smaller changes".
 */
export function capAndGroup(items: readonly DraftItem[], max: number, milestoneOrder: readonly string[]): CappedSection {
  const weight = (i: DraftItem) => (i.clientNote ? 1e6 : 0) + (i.breaking ? 1e5 : 0) + i.files.length;
  const ranked = items.map((item, index) => ({ item, index })).sort((a, b) => weight(b.item) - weight(a.item) || a.index - b.index);
  const shown = ranked.slice(0, Math.max(0, max)).sort((a, b) => a.index - b.index).map((r) => r.item);
  const rank = (m: string | undefined) => (m === undefined ? milestoneOrder.length : milestoneOrder.indexOf(m));
  const keys = [...new Set(shown.map((i) => i.milestone))].sort((a, b) => rank(a) - rank(b));
  const groups = keys.map((milestone) => ({
    milestone,
    items: shown.filter((i) => i.milestone === milestone).sort((a, b) => byText(a.area, b.area)),
  }));
  return { groups, more: items.length - shown.length };
}

// Code-point order, not localeCompare: the draft must not depend on the machine's locale.
function byText(a: string | undefined, b: string | undefined): number {
  const x = a ?? '\uffff';
  const y = b ?? '\uffff';
  return x < y ? -1 : x > y ? 1 : 0;
}
