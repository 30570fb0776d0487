/**
 * The tree's content as plain data: what each row says, where it points in project.yaml, and its children.
 * The VS Code tree only maps these nodes to TreeItems, so everything shown is tested here without VS Code.
 */
import { daysLeftLabel, daysUntil, dueLabel } from './dates';
import type { LoadedProject } from './model/load';
import type { ClientTask, Milestone, ProjectFile, RedFlag, Severity } from './model/schema';
import type { Issue, Result } from './result';

/** The fixed vocabulary of rows, used as `contextValue` for menus. */
export type OutlineKind =
  | 'project' | 'problems' | 'problem' | 'section' | 'phase' | 'checklistItem'
  | 'clientTask' | 'redFlag' | 'milestone' | 'decision' | 'detail' | 'location';

/** Icon hints; the adapter maps them to theme icons and colours. */
export type OutlineIcon =
  | 'project' | 'error' | 'warning' | 'info' | 'phase' | 'task' | 'overdue' | 'done' | 'blocked'
  | 'flag-critical' | 'flag-high' | 'flag-medium' | 'flag-low' | 'milestone' | 'decision' | 'file' | 'none';

/** One row of the tree. */
export interface OutlineNode {
  /** Stable across edits: built from ids in the YAML, not from list positions. */
  id: string;
  kind: OutlineKind;
  label: string;
  description?: string;
  tooltip?: string;
  icon: OutlineIcon;
  /** 1-based line in project.yaml where the row's data lives. */
  line?: number;
  /** A checklist item's state; undefined for rows without a checkbox. */
  checked?: boolean;
  /** The phase and item ids of a checklist item, for ticking it. */
  target?: { phase: string; item: string };
  /** Whether the row starts expanded; by default projects and sections do. */
  expanded?: boolean;
  /** A file (relative to the workspace folder) and 1-based line range the row opens (red-flag children). */
  location?: { file: string; line: number; endLine?: number };
  children: OutlineNode[];
}

/** What the red-flag analysis adds to a flag's row once it has run: its rank, a short coverage note, its rows. */
export interface FlagDetail {
  /** Position in risk order (severity, then least covered). */
  rank: number;
  /** e.g. "42% covered", "no coverage report". */
  summary: string;
  children: OutlineNode[];
}

/** The analysis's details for a flag, or undefined before it has run. */
export type FlagDetails = (flag: RedFlag) => FlagDetail | undefined;

/** The outline of one project: a root row with the header, then the problems and the sections. */
export function buildOutline(key: string, result: Result<LoadedProject>, today: string, flagDetails?: FlagDetails): OutlineNode {
  const problems = problemsNode(key, result.issues);
  if (!result.ok) {
    return node(key, 'project', 'project.yaml cannot be read', 'error', { description: problems?.label, children: problems ? [problems] : [] });
  }
  const { file, lines } = result.value;
  const at = (path: string) => lines.get(path);
  const sections = [
    phasesSection(key, file, at),
    tasksSection(key, file, today, at),
    flagsSection(key, file, at, flagDetails),
    milestonesSection(key, file, today, at),
    decisionsSection(key, file, today, at),
  ];
  return node(key, 'project', file.project.name, 'project', {
    description: headerDescription(file, today),
    tooltip: headerTooltip(file, today),
    children: problems ? [problems, ...sections] : sections,
  });
}

function headerDescription(file: ProjectFile, today: string): string {
  const phase = file.phases.find((p) => p.id === file.project.phase)?.title ?? file.project.phase;
  const next = nextMilestone(file.milestones, today);
  return [file.project.client, phase, next && `${next.title}: ${daysLeftLabel(today, next.due)}`].filter(Boolean).join(' · ');
}

function headerTooltip(file: ProjectFile, today: string): string {
  const next = nextMilestone(file.milestones, today);
  const lines = [`${file.project.name} — ${file.project.client}`, `Language of client updates: ${file.project.language}`];
  if (file.project.phase) lines.push(`Current phase: ${file.project.phase}`);
  if (next) lines.push(`Next milestone: ${next.title}, ${next.due} (${daysLeftLabel(today, next.due)})`);
  if (file.communication) lines.push(`Updates: ${file.communication.cadence}${file.communication.day ? ` on ${file.communication.day}` : ''}${file.communication.contact ? ` to ${file.communication.contact}` : ''}`);
  return lines.join('\n');
}

/** The first milestone not yet done, by due date. */
export function nextMilestone(milestones: readonly Milestone[], today: string): Milestone | undefined {
  const open = milestones.filter((m) => m.status !== 'done').sort((a, b) => a.due.localeCompare(b.due));
  return open.find((m) => daysUntil(today, m.due) >= 0) ?? open[0];
}

function problemsNode(key: string, issues: readonly Issue[]): OutlineNode | undefined {
  if (issues.length === 0) return undefined;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const label = errors > 0 ? `project.yaml has ${plural(errors, 'problem')}` : `project.yaml has ${plural(issues.length, 'warning')}`;
  const children = issues.map((issue, i) =>
    node(`${key}/problems/${i}`, 'problem', issue.message, issue.severity, { description: `line ${issue.line}`, line: issue.line }),
  );
  return node(`${key}/problems`, 'problems', label, errors > 0 ? 'error' : 'warning', { children });
}

type LineOf = (path: string) => number | undefined;

function phasesSection(key: string, file: ProjectFile, at: LineOf): OutlineNode {
  const all = file.phases.flatMap((p) => p.checklist);
  const phases = file.phases.map((phase, i) => {
    const done = phase.checklist.filter((c) => c.done).length;
    const current = phase.id === file.project.phase;
    const items = phase.checklist.map((item, j) =>
      node(`${key}/phases/${phase.id}/${item.id}`, 'checklistItem', item.text, 'none', {
        checked: item.done, target: { phase: phase.id, item: item.id }, line: at(`phases.${i}.checklist.${j}`),
      }),
    );
    return node(`${key}/phases/${phase.id}`, 'phase', phase.title, 'phase', {
      description: `${done}/${phase.checklist.length}${current ? ' · current' : ''}`, line: at(`phases.${i}`), children: items, expanded: current,
    });
  });
  return section(key, 'phases', 'Phases', `${all.filter((c) => c.done).length}/${all.length} done`, phases, 'No phases yet');
}

function tasksSection(key: string, file: ProjectFile, today: string, at: LineOf): OutlineNode {
  const indexed = file.client_tasks.map((task, i) => ({ task, i }));
  indexed.sort((a, b) => taskRank(a.task, today) - taskRank(b.task, today) || (a.task.due ?? '9').localeCompare(b.task.due ?? '9'));
  const overdue = indexed.filter(({ task }) => isOverdue(task, today)).length;
  const rows = indexed.map(({ task, i }) => {
    const when = task.status === 'done' ? 'done' : task.due ? dueLabel(today, task.due) : undefined;
    const icon = task.status === 'done' ? 'done' : task.status === 'blocked' ? 'blocked' : isOverdue(task, today) ? 'overdue' : 'task';
    return node(`${key}/client_tasks/${task.id}`, 'clientTask', task.title, icon, {
      description: [task.owner, task.status === 'blocked' ? 'blocked' : undefined, when].filter(Boolean).join(' · '),
      tooltip: [task.title, task.owner && `Owner: ${task.owner}`, task.due && `Due ${task.due}`, `Status: ${task.status}`].filter(Boolean).join('\n'),
      line: at(`client_tasks.${i}`),
    });
  });
  const open = file.client_tasks.filter((t) => t.status !== 'done').length;
  return section(key, 'client_tasks', 'Client tasks', overdue > 0 ? `${open} open · ${overdue} overdue` : `${open} open`, rows, 'The client owes nothing right now');
}

const isOverdue = (task: ClientTask, today: string) => task.status !== 'done' && task.due !== undefined && daysUntil(today, task.due) < 0;
// Overdue first, then open and blocked ones, done last.
const taskRank = (task: ClientTask, today: string) => (isOverdue(task, today) ? 0 : task.status === 'done' ? 2 : 1);

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

function flagsSection(key: string, file: ProjectFile, at: LineOf, flagDetails?: FlagDetails): OutlineNode {
  const indexed = file.red_flags.map((flag, i) => ({ flag, i, detail: flagDetails?.(flag) })).filter(({ flag }) => flag.status !== 'closed');
  indexed.sort((a, b) => SEVERITY_ORDER[a.flag.severity] - SEVERITY_ORDER[b.flag.severity] || (a.detail?.rank ?? a.i) - (b.detail?.rank ?? b.i));
  const rows = indexed.map(({ flag, i, detail }) => {
    const mitigation = flag.mitigation ? `Mitigation: ${flag.mitigation}` : 'No solution proposed yet: bring one with the problem.';
    return node(`${key}/red_flags/${flag.id}`, 'redFlag', flag.title, `flag-${flag.severity}`, {
      description: [flag.severity, flag.kind, detail?.summary, flag.status === 'mitigated' ? 'mitigated' : undefined, flag.mitigation ? undefined : 'no solution proposed yet']
        .filter(Boolean).join(' · '),
      tooltip: [flag.title, `Severity: ${flag.severity} · kind: ${flag.kind}`, mitigation, flag.client_visible ? 'Visible to the client' : 'Internal'].join('\n'),
      line: at(`red_flags.${i}`),
      children: detail?.children ?? [],
    });
  });
  const unmitigated = indexed.filter(({ flag }) => !flag.mitigation).length;
  const summary = unmitigated > 0 ? `${indexed.length} open · ${unmitigated} without a solution` : `${indexed.length} open`;
  return section(key, 'red_flags', 'Red flags', summary, rows, 'No open red flags');
}

function milestonesSection(key: string, file: ProjectFile, today: string, at: LineOf): OutlineNode {
  const indexed = file.milestones.map((m, i) => ({ m, i })).sort((a, b) => a.m.due.localeCompare(b.m.due));
  const rows = indexed.map(({ m, i }) =>
    node(`${key}/milestones/${m.id}`, 'milestone', m.title, m.status === 'done' ? 'done' : m.status === 'at-risk' || m.status === 'late' ? 'warning' : 'milestone', {
      description: [m.due, m.status, m.status === 'done' ? undefined : daysLeftLabel(today, m.due)].filter(Boolean).join(' · '),
      line: at(`milestones.${i}`),
    }),
  );
  const next = nextMilestone(file.milestones, today);
  return section(key, 'milestones', 'Milestones', next ? `next: ${next.title}` : undefined, rows, 'No milestones yet');
}

function decisionsSection(key: string, file: ProjectFile, today: string, at: LineOf): OutlineNode {
  const rows = file.decisions
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.status === 'open')
    .map(({ d, i }) =>
      node(`${key}/decisions/${d.id}`, 'decision', d.question, 'decision', {
        description: [d.needs?.length ? `needs ${d.needs.join(', ')}` : undefined, d.due ? dueLabel(today, d.due) : undefined].filter(Boolean).join(' · '),
        line: at(`decisions.${i}`),
      }),
    );
  return section(key, 'decisions', 'Decisions awaiting the client', rows.length ? `${rows.length} open` : undefined, rows, 'No decision is waiting on the client');
}

function section(key: string, name: string, label: string, description: string | undefined, children: OutlineNode[], empty: string): OutlineNode {
  const rows = children.length > 0 ? children : [node(`${key}/${name}/empty`, 'detail', empty, 'none')];
  return node(`${key}/${name}`, 'section', label, 'none', { description, children: rows });
}

function node(id: string, kind: OutlineKind, label: string, icon: OutlineIcon, extra: Partial<OutlineNode> = {}): OutlineNode {
  return { id, kind, label, icon, children: [], ...extra };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
