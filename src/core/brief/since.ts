/**
 * "Since the last update" from project.yaml: the brief's first section opens with it, and the tree shows it as a
 * section of its own. Right after an update is saved (no commit since) both show what that update told the client
 * and what changed since the one before, never an empty "0 commits".
 */
import type { Words } from '../i18n/words';
import type { OutlineNode } from '../outline';
import type { LoadedProject } from '../model/load';
import type { ProjectFile } from '../model/schema';
import { describeChange, type ProjectChange } from './projectDiff';
import type { BriefGroup, BriefSince } from './types';
import type { BriefWords } from './words';

/** Lines of a saved update shown in the brief: enough to recall it, not the whole page. */
export const MAX_TOLD = 20;

/** A saved update's lines as the client read them: each list item under its heading ("Delivered: Cart page"). */
export function toldLines(markdown: string): string[] {
  const out: string[] = [];
  let heading = '';
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const title = /^#{2,6}\s+(.+)$/.exec(line)?.[1];
    if (title !== undefined) heading = title.trim();
    const item = /^(?:[-*+]|\d+[.)])\s+(.+)$/.exec(line)?.[1];
    if (item !== undefined) out.push(heading ? `${heading}: ${item.trim()}` : item.trim());
  }
  return out;
}

/** The note and groups that open the brief's "what changed" section. */
export function sinceGroups(
  since: BriefSince | undefined,
  w: BriefWords,
  words: Words,
): { notes: string[]; groups: BriefGroup[] } {
  if (!since) return { notes: [], groups: [] };
  const notes: string[] = [];
  const groups: BriefGroup[] = [];
  const saved = since.justSaved;
  if (saved) {
    const day = w.day(saved.day);
    notes.push(since.from ? w.since.justSaved(day, w.day(since.from)) : w.since.justSavedFirst(day));
    const told = saved.told.slice(0, MAX_TOLD);
    const more = saved.told.length - told.length;
    if (told.length > 0)
      groups.push({ title: w.since.told(day), items: more > 0 ? [...told, w.changes.more(more)] : told });
  }
  if (since.from === undefined) return { notes, groups };
  if (!since.changes) notes.push(w.since.notInGit(w.day(since.from)));
  else if (since.changes.length === 0) notes.push(w.since.noProjectChange);
  else groups.push({ title: w.since.projectGroup, items: since.changes.map((c) => describeChange(c, w.since, words)) });
  return { notes, groups };
}

/** What the tree's section shows: the comparison, or why there is none. */
export type SinceView =
  | { state: 'read'; commits: number; since: BriefSince }
  | { state: 'no-update' }
  | { state: 'not-read'; reason: string };

/** Where each kind of change lives in project.yaml. */
const LIST_OF = {
  'task-done': 'client_tasks',
  'decision-taken': 'decisions',
  'milestone-moved': 'milestones',
  'milestone-status': 'milestones',
  'flag-opened': 'red_flags',
  'flag-closed': 'red_flags',
  'flag-mitigated': 'red_flags',
} as const satisfies Record<ProjectChange['kind'], keyof ProjectFile>;

/** The line of project.yaml, as loaded now, that holds a change's entry (every change is of an entry still there). */
export function changeLine(change: ProjectChange, project: LoadedProject): number | undefined {
  const list = LIST_OF[change.kind];
  const index = (project.file[list] as readonly { id: string }[]).findIndex((e) => e.id === change.id);
  return index < 0 ? undefined : project.lines.get(`${list}.${index}`);
}

/**
 * The tree's "Since the last update" section of the project `key`; with `project` (project.yaml as loaded now),
 * each change's row opens its entry.
 */
export function sinceOutline(
  key: string,
  view: SinceView,
  w: BriefWords,
  words: Words,
  project?: LoadedProject,
): OutlineNode {
  const id = `${key}/since`;
  const row = (suffix: string, label: string, icon: OutlineNode['icon'] = 'none', line?: number): OutlineNode => ({
    id: `${id}/${suffix}`,
    kind: 'detail',
    label,
    icon,
    children: [],
    ...(line !== undefined && { line }),
  });
  const section = (description: string | undefined, children: OutlineNode[]): OutlineNode => ({
    id,
    kind: 'section',
    label: w.since.title,
    description,
    icon: 'none',
    children,
  });
  if (view.state === 'no-update') return section(undefined, [row('empty', w.noUpdate)]);
  if (view.state === 'not-read') return section(undefined, [row('empty', w.changes.notAvailable(view.reason))]);
  const { since } = view;
  const changes = since.changes ?? [];
  const rows = changes.map((c) =>
    row(`${c.kind}/${c.id}`, describeChange(c, w.since, words), ICONS[c.kind], project && changeLine(c, project)),
  );
  const notes = sinceGroups({ ...since, justSaved: undefined }, w, words).notes.map((n, i) => row(`note/${i}`, n));
  const summary = w.since.summary(view.commits, changes.length);
  const from = since.justSaved && since.from ? ` · ${w.since.sinceUpdate(w.day(since.from))}` : '';
  return section(`${summary}${from}`, rows.length > 0 ? rows : notes);
}

const ICONS: Record<string, OutlineNode['icon']> = {
  'task-done': 'done',
  'decision-taken': 'decision',
  'milestone-moved': 'milestone',
  'milestone-status': 'milestone',
  'flag-opened': 'flag-high',
  'flag-closed': 'done',
  'flag-mitigated': 'flag-low',
};
