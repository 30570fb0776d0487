/**
 * The tree's content as plain data: what each row says, where it points in project.yaml, and its children.
 * The VS Code tree only maps these nodes to TreeItems, so everything shown is tested here without VS Code.
 */
import { againstPlanLabel, daysLeftLabel, daysUntil, dueLabel } from './dates';
import { en } from './lang/en/words';
import type { Words } from './i18n/words';
import type { LoadedProject } from './model/load';
import type { ClientTask, Milestone, ProjectFile, RedFlag, Severity } from './model/schema';
import type { Issue, Result } from './result';
import { oneLine, stripControls } from './safeText';

/** The fixed vocabulary of rows, used as `contextValue` for menus. */
export type OutlineKind =
  | 'project'
  | 'problems'
  | 'problem'
  | 'section'
  | 'phase'
  | 'checklistItem'
  | 'clientTask'
  | 'redFlag'
  | 'milestone'
  | 'decision'
  | 'detail'
  | 'location';

/** Icon hints; the adapter maps them to theme icons and colours. */
export type OutlineIcon =
  | 'project'
  | 'error'
  | 'warning'
  | 'info'
  | 'phase'
  | 'task'
  | 'overdue'
  | 'done'
  | 'blocked'
  | 'flag-critical'
  | 'flag-high'
  | 'flag-medium'
  | 'flag-low'
  | 'milestone'
  | 'decision'
  | 'file'
  | 'none';

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
  /** A row of the last readable project.yaml, shown while the file as it is now cannot be read: no actions. */
  stale?: boolean;
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

/**
 * The outline of one project: a root row with the header, then the problems and the sections, in `words`' language.
 * While the file cannot be read, `lastGood` (its last readable state) is shown greyed under the problems row, with
 * the same row ids, so that one typo does not wipe the tree nor its expansion state.
 */
export function buildOutline(
  key: string,
  result: Result<LoadedProject>,
  today: string,
  flagDetails?: FlagDetails,
  words: Words = en,
  lastGood?: LoadedProject,
): OutlineNode {
  const problems = problemsNode(key, result.issues, words);
  if (!result.ok && lastGood) {
    const kept = buildOutline(key, { ok: true, value: lastGood, issues: [] }, today, flagDetails, words);
    return {
      ...kept,
      description: [words.outline.stale, problems?.label].filter(Boolean).join(' · '),
      tooltip: words.outline.staleTip,
      children: [...(problems ? [problems] : []), ...kept.children.map(staled)],
    };
  }
  if (!result.ok) {
    return node(key, 'project', words.outline.cannotRead, 'error', {
      description: problems?.label,
      children: problems ? [problems] : [],
    });
  }
  const { file, lines } = result.value;
  const at = (path: string) => lines.get(path);
  const sections = [
    phasesSection(key, file, at, words),
    tasksSection(key, file, today, at, words),
    flagsSection(key, file, at, words, flagDetails),
    milestonesSection(key, file, today, at, words),
    decisionsSection(key, file, today, at, words),
  ];
  return node(key, 'project', file.project.name, 'project', {
    description: headerDescription(file, today, words),
    tooltip: headerTooltip(file, today, words),
    children: problems ? [problems, ...sections] : sections,
  });
}

function headerDescription(file: ProjectFile, today: string, words: Words): string {
  const phase = file.phases.find((p) => p.id === file.project.phase)?.title ?? file.project.phase;
  const next = nextMilestone(file.milestones, today);
  return [file.project.client, phase, next && `${next.title}: ${daysLeftLabel(today, next.due, words.dates)}`]
    .filter(Boolean)
    .join(' · ');
}

function headerTooltip(file: ProjectFile, today: string, words: Words): string {
  const { outline: w, values } = words;
  const next = nextMilestone(file.milestones, today);
  const lines = [`${file.project.name} — ${file.project.client}`, w.updatesLanguage(file.project.language)];
  const phase = file.project.phase;
  if (phase) lines.push(w.currentPhase(file.phases.find((p) => p.id === phase)?.title ?? phase));
  if (next) lines.push(w.nextMilestone(next.title, next.due, daysLeftLabel(today, next.due, words.dates)));
  const c = file.communication;
  if (c) lines.push(w.updates(values.cadence[c.cadence], c.day && values.weekday[c.day], c.contact));
  return lines.join('\n');
}

/** The first milestone not yet done, by due date. */
export function nextMilestone(milestones: readonly Milestone[], today: string): Milestone | undefined {
  const open = milestones.filter((m) => m.status !== 'done').sort((a, b) => a.due.localeCompare(b.due));
  return open.find((m) => daysUntil(today, m.due) >= 0) ?? open[0];
}

function problemsNode(key: string, issues: readonly Issue[], words: Words): OutlineNode | undefined {
  if (issues.length === 0) return undefined;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const label = errors > 0 ? words.outline.errors(errors) : words.outline.warnings(issues.length);
  const children = issues.map((issue, i) =>
    node(`${key}/problems/${i}`, 'problem', issue.message, issue.severity, {
      description: words.outline.line(issue.line),
      line: issue.line,
    }),
  );
  return node(`${key}/problems`, 'problems', label, errors > 0 ? 'error' : 'warning', { children });
}

type LineOf = (path: string) => number | undefined;

function phasesSection(key: string, file: ProjectFile, at: LineOf, { outline: w }: Words): OutlineNode {
  const all = file.phases.flatMap((p) => p.checklist);
  const phases = file.phases.map((phase, i) => {
    const done = phase.checklist.filter((c) => c.done).length;
    const current = phase.id === file.project.phase;
    const items = phase.checklist.map((item, j) =>
      node(`${key}/phases/${phase.id}/${item.id}`, 'checklistItem', item.text, 'none', {
        checked: item.done,
        target: { phase: phase.id, item: item.id },
        line: at(`phases.${i}.checklist.${j}`),
      }),
    );
    return node(`${key}/phases/${phase.id}`, 'phase', phase.title, 'phase', {
      description: `${done}/${phase.checklist.length}${current ? ` · ${w.current}` : ''}`,
      line: at(`phases.${i}`),
      children: items,
      expanded: current,
    });
  });
  return section(
    key,
    'phases',
    w.phases,
    w.phasesDone(all.filter((c) => c.done).length, all.length),
    phases,
    w.noPhases,
  );
}

function tasksSection(key: string, file: ProjectFile, today: string, at: LineOf, words: Words): OutlineNode {
  const { outline: w, values } = words;
  const indexed = file.client_tasks.map((task, i) => ({ task, i }));
  indexed.sort(
    (a, b) => taskRank(a.task, today) - taskRank(b.task, today) || (a.task.due ?? '9').localeCompare(b.task.due ?? '9'),
  );
  const overdue = indexed.filter(({ task }) => isOverdue(task, today)).length;
  const rows = indexed.map(({ task, i }) => {
    const when =
      task.status === 'done' ? values.task.done : task.due ? dueLabel(today, task.due, words.dates) : undefined;
    const icon =
      task.status === 'done'
        ? 'done'
        : task.status === 'blocked'
          ? 'blocked'
          : isOverdue(task, today)
            ? 'overdue'
            : 'task';
    return node(`${key}/client_tasks/${task.id}`, 'clientTask', task.title, icon, {
      // Status and urgency first: at the default sidebar width the end of a description is cut.
      description: [task.status === 'blocked' ? values.task.blocked : undefined, when, task.owner]
        .filter(Boolean)
        .join(' · '),
      tooltip: [
        task.title,
        task.owner && w.owner(task.owner),
        task.due && w.dueOn(task.due),
        w.status(values.task[task.status]),
      ]
        .filter(Boolean)
        .join('\n'),
      line: at(`client_tasks.${i}`),
    });
  });
  const open = file.client_tasks.filter((t) => t.status !== 'done').length;
  return section(key, 'client_tasks', w.clientTasks, w.tasksSummary(open, overdue), rows, w.noTasks);
}

const isOverdue = (task: ClientTask, today: string) =>
  task.status !== 'done' && task.due !== undefined && daysUntil(today, task.due) < 0;
// Overdue first, then open and blocked ones, done last.
const taskRank = (task: ClientTask, today: string) => (isOverdue(task, today) ? 0 : task.status === 'done' ? 2 : 1);

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

function flagsSection(
  key: string,
  file: ProjectFile,
  at: LineOf,
  { outline: w, values }: Words,
  flagDetails?: FlagDetails,
): OutlineNode {
  const indexed = file.red_flags
    .map((flag, i) => ({ flag, i, detail: flagDetails?.(flag) }))
    .filter(({ flag }) => flag.status !== 'closed');
  indexed.sort(
    (a, b) =>
      SEVERITY_ORDER[a.flag.severity] - SEVERITY_ORDER[b.flag.severity] ||
      (a.detail?.rank ?? a.i) - (b.detail?.rank ?? b.i),
  );
  const rows = indexed.map(({ flag, i, detail }) => {
    const mitigation = flag.mitigation ? w.mitigation(flag.mitigation) : w.noSolutionLong;
    const severity = values.severity[flag.severity];
    const kind = values.kind[flag.kind];
    return node(`${key}/red_flags/${flag.id}`, 'redFlag', flag.title, `flag-${flag.severity}`, {
      description: [
        severity,
        flag.status === 'mitigated' ? values.flagMitigated : undefined,
        flag.mitigation ? undefined : w.noSolution,
        detail?.summary,
        kind,
      ]
        .filter(Boolean)
        .join(' · '),
      tooltip: [
        flag.title,
        w.severityKind(severity, kind),
        mitigation,
        flag.client_visible ? w.visibleToClient : w.internal,
      ].join('\n'),
      line: at(`red_flags.${i}`),
      children: detail?.children ?? [],
    });
  });
  const unmitigated = indexed.filter(({ flag }) => !flag.mitigation).length;
  return section(key, 'red_flags', w.redFlags, w.flagsSummary(indexed.length, unmitigated), rows, w.noFlags);
}

function milestonesSection(key: string, file: ProjectFile, today: string, at: LineOf, words: Words): OutlineNode {
  const w = words.outline;
  const indexed = file.milestones.map((m, i) => ({ m, i })).sort((a, b) => a.m.due.localeCompare(b.m.due));
  const rows = indexed.map(({ m, i }) =>
    node(
      `${key}/milestones/${m.id}`,
      'milestone',
      m.title,
      m.status === 'done' ? 'done' : m.status === 'at-risk' || m.status === 'late' ? 'warning' : 'milestone',
      {
        description: [
          words.values.milestone[m.status],
          againstPlanLabel(m, words.dates),
          m.status === 'done' ? undefined : daysLeftLabel(today, m.due, words.dates),
          m.due,
        ]
          .filter(Boolean)
          .join(' · '),
        line: at(`milestones.${i}`),
      },
    ),
  );
  const next = nextMilestone(file.milestones, today);
  return section(key, 'milestones', w.milestones, next ? w.nextShort(next.title) : undefined, rows, w.noMilestones);
}

function decisionsSection(key: string, file: ProjectFile, today: string, at: LineOf, words: Words): OutlineNode {
  const w = words.outline;
  const rows = file.decisions
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.status === 'open')
    .map(({ d, i }) =>
      node(`${key}/decisions/${d.id}`, 'decision', d.question, 'decision', {
        description: [
          d.due ? dueLabel(today, d.due, words.dates) : undefined,
          d.needs?.length ? w.needs(d.needs.join(', ')) : undefined,
        ]
          .filter(Boolean)
          .join(' · '),
        line: at(`decisions.${i}`),
      }),
    );
  return section(
    key,
    'decisions',
    w.decisions,
    rows.length ? w.openCount(rows.length) : undefined,
    rows,
    w.noDecisions,
  );
}

function section(
  key: string,
  name: string,
  label: string,
  description: string | undefined,
  children: OutlineNode[],
  empty: string,
): OutlineNode {
  const rows = children.length > 0 ? children : [node(`${key}/${name}/empty`, 'detail', empty, 'none')];
  return node(`${key}/${name}`, 'section', label, 'none', { description, children: rows });
}

/** A row of the last readable file: greyed, without its checkbox or tick target, so nothing acts on old data. */
function staled(row: OutlineNode): OutlineNode {
  const icon = row.checked === undefined ? row.icon : row.checked ? 'done' : 'task';
  return { ...row, icon, checked: undefined, target: undefined, stale: true, children: row.children.map(staled) };
}

function node(
  id: string,
  kind: OutlineKind,
  label: string,
  icon: OutlineIcon,
  extra: Partial<OutlineNode> = {},
): OutlineNode {
  const shown = {
    label: oneLine(label),
    ...(extra.description !== undefined && { description: oneLine(extra.description) }),
    ...(extra.tooltip !== undefined && { tooltip: stripControls(extra.tooltip) }),
  };
  // project.yaml's values are data: a YAML `\e`, a CR or a bidi override must not reach a row of the tree.
  return { id, kind, icon, children: [], ...extra, ...shown };
}
