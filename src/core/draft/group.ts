import { matchGlobs } from '../globSet';
import type { Area, Milestone } from '../model/schema';
import type { Finding } from './redact';
import type { DraftItem, ParsedCommit } from './types';

/** For each file of the range, the milestones and the areas whose paths match it; built once per draft. */
export interface MilestoneIndex {
  /** Milestone ids in project.yaml order (ties go to the first). */
  ids: readonly string[];
  byFile: ReadonlyMap<string, readonly string[]>;
  /** Area names in project.yaml order, and the areas of each file. */
  areas: readonly string[];
  areasByFile: ReadonlyMap<string, readonly string[]>;
}

/** Matches every milestone's and every area's `paths` against every file of the range in one pass each. */
export function milestoneIndex(
  milestones: readonly Milestone[],
  files: readonly string[],
  areas: readonly Area[] = [],
): MilestoneIndex {
  const unique = [...new Set(files)];
  return {
    ids: milestones.map((m) => m.id),
    byFile: ownersByFile(
      milestones.map((m) => ({ owner: m.id, paths: m.paths ?? [] })),
      unique,
    ),
    areas: areas.map((a) => a.name),
    areasByFile: ownersByFile(
      areas.map((a) => ({ owner: a.name, paths: a.paths })),
      unique,
    ),
  };
}

function ownersByFile(
  owners: readonly { owner: string; paths: readonly string[] }[],
  files: readonly string[],
): Map<string, string[]> {
  const ownerOfGlob = owners.flatMap((o) => o.paths.map(() => o.owner));
  const byFile = new Map<string, string[]>();
  if (ownerOfGlob.length === 0) return byFile;
  matchGlobs(
    owners.flatMap((o) => o.paths),
    files,
  ).forEach((list, i) => {
    for (const file of list) {
      const names = byFile.get(file) ?? [];
      if (!names.includes(ownerOfGlob[i]!)) names.push(ownerOfGlob[i]!);
      byFile.set(file, names);
    }
  });
  return byFile;
}

/**
 * The milestone a change belongs to: its conventional scope when that is a milestone id, else the milestone
 * whose paths match most of its files (the first in project.yaml on a tie); undefined when none matches.
 */
export function milestoneOf(
  scope: string | undefined,
  files: readonly string[],
  index: MilestoneIndex,
): string | undefined {
  return byScopeOrFiles(scope, files, index.ids, index.byFile);
}

/**
 * The client-facing label of a change: the project.yaml area its scope names (case-insensitively), else the
 * area whose paths match most of its files; undefined otherwise. Never a scope or a folder name as such: a
 * client reads "Checkout", not `tests` or `t`.
 */
export function areaOf(scope: string | undefined, files: readonly string[], index: MilestoneIndex): string | undefined {
  return byScopeOrFiles(scope, files, index.areas, index.areasByFile);
}

function byScopeOrFiles(
  scope: string | undefined,
  files: readonly string[],
  names: readonly string[],
  byFile: ReadonlyMap<string, readonly string[]>,
): string | undefined {
  const byScope = scope && names.find((n) => n.toLowerCase() === scope.toLowerCase());
  if (byScope) return byScope;
  const counts = new Map<string, number>();
  for (const file of files) for (const name of byFile.get(file) ?? []) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best: string | undefined;
  for (const name of names) if ((counts.get(name) ?? 0) > (best === undefined ? 0 : counts.get(best)!)) best = name;
  return best;
}

/** Turns a parsed commit into a draft line, placed in its milestone and labelled with its area. */
export function toItem(
  parsed: ParsedCommit,
  text: string,
  findings: readonly Finding[],
  index: MilestoneIndex,
): DraftItem {
  return {
    text,
    kind: parsed.kind === 'fix' ? 'fix' : 'feature',
    breaking: parsed.breaking,
    clientNote: parsed.clientNote,
    milestone: milestoneOf(parsed.scope, parsed.files, index),
    area: areaOf(parsed.scope, parsed.files, index),
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
export function capAndGroup(
  items: readonly DraftItem[],
  max: number,
  milestoneOrder: readonly string[],
): CappedSection {
  const weight = (i: DraftItem) => (i.clientNote ? 1e6 : 0) + (i.breaking ? 1e5 : 0) + i.files.length;
  const ranked = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => weight(b.item) - weight(a.item) || a.index - b.index);
  const shown = ranked
    .slice(0, Math.max(0, max))
    .sort((a, b) => a.index - b.index)
    .map((r) => r.item);
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
