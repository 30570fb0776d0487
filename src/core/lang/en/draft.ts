import type { Phrases } from '../../draft/phrases';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** English phrases of the client draft. */
export const en: Phrases = {
  title: (project, date) => `${project}: status update, ${date}`,
  period: (from, to) => `Period: ${from} to ${to}.`,
  phase: (phase) => `Current phase: ${phase}.`,
  headings: {
    summary: 'Summary',
    delivered: 'Delivered',
    fixed: 'Fixed',
    next: 'In progress and next',
    risks: 'Risks and how we are handling them',
    waiting: 'Waiting on you',
    decisions: 'Decisions needed',
    other: 'General',
  },
  health: {
    planned: 'planned',
    'on-track': 'on track',
    'at-risk': 'at risk',
    late: 'behind schedule',
    done: 'completed',
  },
  againstPlan: (n) => `${n > 0 ? '+' : ''}${n} ${Math.abs(n) === 1 ? 'day' : 'days'} against plan`,
  milestoneLine: (title, due, health) => `${title}: ${health}, due ${due}`,
  dueOn: (date) => `due ${date}`,
  overdueBy: (n) => `overdue by ${days(n)}`,
  neededBy: (date) => `needed by ${date}`,
  approvers: (names) => `for approval by ${names}`,
  owner: (name) => `with ${name}`,
  smaller: (n) => (n === 1 ? 'and 1 smaller change' : `and ${n} smaller changes`),
  breaking: 'important change',
  workThisPeriod: (n) => (n === 1 ? '1 change this period' : `${n} changes this period`),
  mitigation: (text) => `How we are handling it: ${text}`,
  noMitigation: 'We are defining the response and will share it shortly.',
  touched: 'work done on it this period',
  empty: {
    delivered: 'No new features were completed this period.',
    fixed: 'No fixes to report this period.',
    next: 'All milestones are completed.',
    risks: 'No open risks at the moment.',
    waiting: 'Nothing is waiting on you at the moment.',
    decisions: 'No decisions are needed at the moment.',
  },
  team: 'the team',
  reminder: {
    subject: (project) => `${project}: a few items from your side`,
    greeting: (contact) => (contact ? `Hello ${contact},` : 'Hello,'),
    intro: (call) =>
      call
        ? `Ahead of our next call on ${call}, here is a short list of what we still need from your side:`
        : 'Here is a short list of what we still need from your side:',
    wasDue: (title, date) => `${title} (planned for ${date})`,
    due: (title, date) => `${title} (by ${date})`,
    closing: 'If something is already on its way, please ignore this note. Thank you, and do tell us if we can help.',
    signature: (project) => `Best regards,\nThe ${project} team`,
  },
  cadence: {
    due: (weekday) => `Client update due ${weekday}`,
    dueToday: 'Client update due today',
    dueTomorrow: 'Client update due tomorrow',
    dueOn: (date) => `Client update due ${date}`,
    pausedUntil: (date) => `Client updates paused until ${date}`,
    overdue: (n) => `Client update overdue by ${days(n)}`,
  },
};
