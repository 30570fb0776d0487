import { CADENCES, FLAG_KINDS, MILESTONE_STATUSES, SEVERITIES, TASK_STATUSES, WEEKDAYS } from '../../model/schema';
import type { Words } from '../words';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
// project.yaml's values, shown as the user wrote them.
function same<K extends string>(keys: readonly K[]): Record<K, string> {
  const names = {} as Record<K, string>;
  for (const k of keys) names[k] = k;
  return names;
}

/** English: the words the tree has always used; project.yaml's values are shown as written. */
export const en: Words = {
  dates: {
    dueToday: 'due today',
    dueTomorrow: 'due tomorrow',
    dueIn: (n) => `due in ${n} days`,
    overdue: (n) => (n === 1 ? '1 day overdue' : `${n} days overdue`),
    today: 'today',
    daysLeft: (n) => (n === 1 ? '1 day left' : `${n} days left`),
    daysLate: (n) => (n === 1 ? '1 day late' : `${n} days late`),
  },
  flags: {
    noInstrumentedLines: 'no instrumented lines in the report',
    percentOfLines: (p, total) => `${p}% of ${total} lines covered`,
    percentCovered: (p) => `${p}% covered`,
    noReport: 'no coverage report',
    notInReport: 'not in the coverage report',
    unlinked: 'no marker and no matching path',
    unlinkedTip: 'Add paths to this flag in project.yaml, or mark its code with a RED-FLAG comment.',
    guess: (n) => `Guess: ${plural(n, 'file')} with no matching test file`,
    guessTip: 'A heuristic, not a measure: no test file named like these files was found (foo.test.ts, test_foo.py, foo_test.go, FooTest.java).',
    markers: (n) => `Markers (${n})`,
    files: (n) => `Files (${n})`,
    uncovered: (n) => `Uncovered (${plural(n, 'line')})`,
    lines: (n) => plural(n, 'line'),
  },
  outline: {
    cannotRead: 'project.yaml cannot be read',
    errors: (n) => `project.yaml has ${plural(n, 'problem')}`,
    warnings: (n) => `project.yaml has ${plural(n, 'warning')}`,
    line: (n) => `line ${n}`,
    updatesLanguage: (language) => `Language of client updates: ${language}`,
    currentPhase: (phase) => `Current phase: ${phase}`,
    nextMilestone: (title, due, left) => `Next milestone: ${title}, ${due} (${left})`,
    updates: (cadence, day, contact) => `Updates: ${cadence}${day ? ` on ${day}` : ''}${contact ? ` to ${contact}` : ''}`,
    phases: 'Phases',
    phasesDone: (done, total) => `${done}/${total} done`,
    current: 'current',
    noPhases: 'No phases yet',
    clientTasks: 'Client tasks',
    tasksSummary: (open, overdue) => (overdue > 0 ? `${open} open · ${overdue} overdue` : `${open} open`),
    owner: (name) => `Owner: ${name}`,
    dueOn: (date) => `Due ${date}`,
    status: (status) => `Status: ${status}`,
    noTasks: 'The client owes nothing right now',
    redFlags: 'Red flags',
    flagsSummary: (open, unmitigated) => (unmitigated > 0 ? `${open} open · ${unmitigated} without a solution` : `${open} open`),
    severityKind: (severity, kind) => `Severity: ${severity} · kind: ${kind}`,
    mitigation: (text) => `Mitigation: ${text}`,
    noSolution: 'no solution proposed yet',
    noSolutionLong: 'No solution proposed yet: bring one with the problem.',
    visibleToClient: 'Visible to the client',
    internal: 'Internal',
    noFlags: 'No open red flags',
    milestones: 'Milestones',
    nextShort: (title) => `next: ${title}`,
    noMilestones: 'No milestones yet',
    decisions: 'Decisions awaiting the client',
    needs: (names) => `needs ${names}`,
    openCount: (n) => `${n} open`,
    noDecisions: 'No decision is waiting on the client',
  },
  values: {
    severity: same(SEVERITIES),
    kind: same(FLAG_KINDS),
    milestone: same(MILESTONE_STATUSES),
    task: same(TASK_STATUSES),
    flagMitigated: 'mitigated',
    cadence: same(CADENCES),
    weekday: same(WEEKDAYS),
  },
};
