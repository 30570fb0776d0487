import type { BriefWords } from '../../brief/words';

/** "1 task", "2 tasks". */
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** English words of the brief (the default; ISO days, as the brief always printed them). */
export const en: BriefWords = {
  internalMark: 'Internal — not for the client',
  title: (mark, project) => `${mark} — call brief: ${project}`,
  day: (iso) => iso,
  sinceLastUpdate: 'since the last update',
  sinceDay: (day) => `since ${day}`,
  sinceRangeStart: 'since the range start',
  prepared: (today, client, project, next) =>
    `Prepared ${today} for the call with ${client} (${project}). Next call: ${next}.`,
  lastUpdate: (day) => `Last status update: ${day}.`,
  lastUpdateCommitted: (day, committed) =>
    `Last status update: ${day}, committed ${committed}: what changed is counted from the commit.`,
  preparedNoCall: (today, client, project, horizon) =>
    `Prepared ${today} for the call with ${client} (${project}). No call day in project.yaml (communication.day): what is due by ${horizon} is listed.`,
  noUpdate: 'No status update saved yet.',
  commitsRead: (n, since, last) => `Commits read: ${plural(n, 'commit')} ${since}${last ? ` (${last})` : ''}.`,
  gitNotRead: (reason) =>
    `Git was not read: ${reason} What changed, code changes under red flags and departments notified before a change are missing from this brief.`,
  restricted: 'this workspace is in Restricted Mode (or --no-git was given), and Candor never starts git there.',
  note: (note) => `Note: ${note}`,
  secrets: (n) =>
    `${plural(n, 'thing')} that looked like a secret left out of this brief: check the commits and rotate them.`,
  changes: {
    title: 'What changed since the last update',
    notAvailable: (reason) => `Not available: ${reason ?? 'git was not read.'}`,
    otherWork: 'Other work',
    noChange: (n) => `No client-relevant change in ${plural(n, 'commit')}.`,
    more: (n) => `And ${plural(n, 'smaller change')}.`,
    hidden: (n) => `${plural(n, 'commit')} not listed (merges, reverts, bots, noise types, duplicates).`,
    invalidPatterns: (list) => `Ignored invalid ticket patterns: ${list}.`,
    breaking: 'Breaking',
    fix: 'Fix',
    kinds: (kinds) => `${kinds}: `,
  },
  since: {
    title: 'Since the last update',
    taskDone: (title) => `Client task done: ${title}`,
    decided: (question, outcome) => `Decision taken: ${question}${outcome ? ` — ${outcome}` : ''}`,
    decisionDropped: (question) => `Decision dropped: ${question}`,
    moved: (title, from, to, days) =>
      `Milestone moved: ${title}, from ${from} to ${to} (${days > 0 ? '+' : ''}${plural(days, 'day')})`,
    milestoneStatus: (title, from, to) => `Milestone ${title}: ${from} → ${to}`,
    flagOpened: (title) => `Red flag opened: ${title}`,
    flagClosed: (title) => `Red flag closed: ${title}`,
    flagMitigated: (title, mitigation) => `Red flag mitigated: ${title}${mitigation ? ` — ${mitigation}` : ''}`,
    summary: (commits, changes) => `${plural(commits, 'commit')} · ${plural(changes, 'change')} in project.yaml`,
    projectGroup: 'In project.yaml',
    noProjectChange: 'No change in project.yaml.',
    notInGit: (day) =>
      `project.yaml as it was at the update of ${day} is not in git (the update or project.yaml was not committed): its changes cannot be listed.`,
    justSaved: (last, previous) =>
      `The update of ${last} was just saved (no commit since): what it told the client, and what changed since the update of ${previous}.`,
    justSavedFirst: (last) => `The update of ${last} was just saved (no commit since): what it told the client.`,
    told: (day) => `What the update of ${day} told the client`,
    sinceUpdate: (day) => `since the update of ${day}`,
  },
  agenda: {
    title: 'Agenda for the call',
    decide: (question, approvers) => `Decide: ${question} — ${approvers}`,
    ask: (title, when) => `Ask for: ${title} — ${when}`,
    risk: (title, mitigation) => `Risk: ${title} — our solution: ${mitigation}`,
    riskNoSolution: (title) => `Risk: ${title} — no solution written yet: bring one`,
    nextMilestone: (title, due, left) => `Next milestone: ${title} — due ${due} (${left})`,
    none: 'Nothing is waiting: confirm the next milestone and the date of the next call.',
  },
  tasks: {
    title: 'Client tasks overdue or due before the next call',
    noOwner: 'no owner named',
    blocked: 'blocked',
    overdue: 'Overdue',
    dueByCall: (day) => `Due by the call (${day})`,
    others: (n) => `${plural(n, 'other open task')}: due after the call or with no date.`,
    noneSoon: 'No client task is overdue or due by the call.',
  },
  decisions: {
    title: 'Decisions waiting on the client',
    neededBy: (day, label) => `needed by ${day} (${label})`,
    noDate: 'no date set',
    none: 'No decision is waiting on the client.',
    approves: (levels) => `approves ${levels}`,
    notAContact: (name) => `${name} (not a client contact in project.yaml)`,
    byLevel: (contacts) => `no approver named; by approval level: ${contacts}`,
    noApprover: 'no approver named: ask who decides',
    alsoApprovedBy: (contacts) => `; its subject is also approved by ${contacts}`,
    approval: (contacts) => `approval: ${contacts}`,
  },
  departments: {
    title: 'Departments to notify',
    noUpcoming: 'No upcoming milestone: no department to warn.',
    neverNotified: 'never notified',
    notifiedBefore: (notified, day, milestone) =>
      `notified ${notified}, before the latest change to upcoming work (${day}, ${milestone})`,
    allNotified: 'Every department has been notified since the latest change to upcoming work.',
    withoutGit: 'Without git, only departments never notified are listed.',
  },
  checklist: {
    title: 'Open checklist items of the current phase',
    noPhase: 'No current phase is set in project.yaml (project.phase).',
    unknownPhase: (id) => `The current phase "${id}" is not one of the phases in project.yaml.`,
    allDone: (phase) => `Every item of ${phase} is done.`,
    open: (phase, open, total) => `${phase}: ${open} of ${total} open.`,
  },
  flags: {
    title: 'Red flags by risk',
    clientVisible: 'client-visible',
    internal: 'internal',
    mitigation: (text) => `mitigation: ${text}`,
    noMitigation: 'NO MITIGATION',
    none: 'No open red flag.',
    coverageNotAnalysed: 'coverage not analysed',
    notLinked: 'not linked to code',
    guess: (n) => ` (guess: ${plural(n, 'file')} with no matching test file)`,
    changesUnknown: 'recent changes unknown (git not read)',
    unchanged: (since) => `code unchanged ${since}`,
    changed: (since, n) => `code changed ${since} (${plural(n, 'commit')})`,
  },
  unmitigated: {
    title: 'Flags with no mitigation — bring a solution, not just the problem',
    clientSees: ' (the client sees this flag)',
    none: 'Every open red flag has a mitigation.',
  },
  milestones: {
    title: 'Milestones at risk',
    marked: (status) => `marked ${status}`,
    pastDue: 'past its due date',
    openItems: (n, phase) => `${plural(n, 'open checklist item')} in ${phase}`,
    weakCode: (flag, percent) => `flagged code ${flag} ${percent}% covered`,
    line: (title, due, left, reasons) => `${title} — due ${due} (${left}) — ${reasons}`,
    none: 'No milestone is at risk.',
    coverageNotAnalysed: 'Coverage was not analysed: flagged code is not checked.',
  },
};
