import { utcTime } from './dates';
import { parse, stringify } from 'yaml';
import type { Language } from './model/schema';
import { STARTER } from './lang';

/**
 * The words of the starter project.yaml, written natively in each language (not translated line by line).
 * Comments are arrays of lines; checklists follow the order of `STARTER_PHASES` below.
 */
export interface StarterText {
  /** The project's and the client's names when `candor init` is given none. */
  placeholder: { name: string; client: string };
  header: string[];
  project: string[];
  team: string[];
  member: { name: string; role: string; alias: string };
  client: string[];
  contact: { name: string; role: string; approves: string[] };
  backup: string;
  department: { name: string; impact: string };
  communication: string[];
  channel: string;
  phases: string[];
  phase: { title: string; why: string; items: string[] }[];
  milestones: string[];
  milestone: [kickoff: string, release: string];
  areas: string[];
  area: string;
  tasks: string[];
  task: string;
  decisions: string[];
  decision: string;
  flags: string[];
  flag: { title: string; mitigation: string };
}

/** What the starter can be told about the project; everything else is an obvious placeholder. */
export interface StarterOptions {
  /** Project name, e.g. the workspace folder's name. */
  name?: string;
  /** Client organisation. */
  client?: string;
  /** Day the file is created: placeholder due dates are a few weeks after it. Defaults to now. */
  today?: Date;
}

/** Phase and checklist ids are the same in every language, so markers, links and scripts need no translation. */
export const STARTER_PHASES = [
  { id: 'pre-signing', items: ['briefing', 'client-habits', 'team', 'process', 'approval-levels', 'departments'] },
  { id: 'kickoff', items: ['kickoff-meeting', 'scope', 'timeline', 'contingency', 'communication', 'client-roles'] },
  { id: 'delivery', items: ['owners', 'tracking', 'check-ins', 'red-flags', 'deadlines', 'continuous-testing'] },
  {
    id: 'closing',
    items: ['implementation-plan', 'documentation', 'celebrate', 'retrospective', 'lessons-learned', 'close-file'],
  },
] as const;

/** The text of a commented starter project.yaml in `lang`; it loads without issues. */
export function starterProject(lang: Language, options: StarterOptions = {}): string {
  const t = STARTER[lang];
  const today = options.today ?? new Date();
  const due = (days: number) => isoDate(today, days);
  const contact = t.contact.name;
  return [
    ...comment(t.header),
    'version: 1',
    '',
    ...comment(t.project),
    'project:',
    `  name: ${scalar(options.name?.trim() || t.placeholder.name)}`,
    `  client: ${scalar(options.client?.trim() || t.placeholder.client)}`,
    `  language: ${lang}`,
    '  phase: pre-signing',
    '',
    ...comment(t.team),
    'team:',
    `  - { name: ${scalar(t.member.name)}, role: ${scalar(t.member.role)}, aliases: [${scalar(t.member.alias)}] }`,
    '',
    ...clientSection(t),
    ...comment(t.communication),
    `communication: { channel: ${scalar(t.channel)}, cadence: weekly, day: thursday, contact: ${scalar(contact)}, backup: ${scalar(t.backup)} }`,
    '',
    ...phasesSection(t),
    ...comment(t.milestones),
    'milestones:',
    `  - { id: kickoff-meeting, title: ${scalar(t.milestone[0])}, due: ${due(14)}, status: planned }`,
    `  - { id: first-release, title: ${scalar(t.milestone[1])}, due: ${due(56)}, paths: ["src/**"], status: planned }`,
    '',
    ...comment(t.areas),
    'areas:',
    `  - { name: ${scalar(t.area)}, paths: ["src/checkout/**"] }`,
    '',
    ...comment(t.tasks),
    'client_tasks:',
    `  - { id: example-access, title: ${scalar(t.task)}, owner: ${scalar(contact)}, due: ${due(7)}, status: open }`,
    '',
    ...comment(t.decisions),
    'decisions:',
    `  - { id: example-decision, question: ${scalar(t.decision)}, needs: [${scalar(contact)}], due: ${due(21)}, status: open }`,
    '',
    ...redFlagsSection(t),
  ].join('\n');
}

function clientSection(t: StarterText): string[] {
  return [
    ...comment(t.client),
    'client:',
    '  contacts:',
    `    - { name: ${scalar(t.contact.name)}, role: ${scalar(t.contact.role)}, approves: [${t.contact.approves.map(scalar).join(', ')}] }`,
    `    - { name: ${scalar(t.backup)} }`,
    '  departments:',
    `    - { name: ${scalar(t.department.name)}, impact: ${scalar(t.department.impact)} }`,
    '',
  ];
}

function phasesSection(t: StarterText): string[] {
  const lines = [...comment(t.phases), 'phases:'];
  STARTER_PHASES.forEach((phase, i) => {
    const words = t.phase[i]!;
    lines.push(`  # ${words.why}`, `  - id: ${phase.id}`, `    title: ${scalar(words.title)}`, '    checklist:');
    phase.items.forEach((id, j) => lines.push(`      - { id: ${id}, text: ${scalar(words.items[j]!)}, done: false }`));
  });
  return [...lines, ''];
}

function redFlagsSection(t: StarterText): string[] {
  return [
    ...comment(t.flags),
    'red_flags:',
    '  - id: example-flag',
    `    title: ${scalar(t.flag.title)}`,
    '    kind: untested',
    '    severity: medium',
    '    paths: ["src/example/**"]',
    `    mitigation: ${scalar(t.flag.mitigation)}`,
    '    client_visible: false',
    '    status: open',
    '',
  ];
}

const comment = (lines: string[]) => lines.map((l) => `# ${l}`);

/**
 * A YAML scalar that reads back as the text `value` in a flow map: plain when nothing in it means something to
 * YAML (readable for non-programmers) and the YAML library reads it back as that same text — `123`, `1.0`,
 * `0x1F`, `true`, `null` or `~` would come back as numbers, booleans or null — double-quoted by the library
 * otherwise. DEL, C1 controls and line separators, which it leaves raw, are escaped: they are not text to show.
 */
function scalar(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} .()'’«»„“\-—/?!¿¡+]*$/u.test(value) && !value.endsWith(' ');
  if (plain && readsBackAs(value)) return value;
  const quoted = stringify(value, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd();
  return quoted.replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function readsBackAs(text: string): boolean {
  try {
    return parse(text) === text;
  } catch {
    return false;
  }
}

function isoDate(from: Date, days: number): string {
  const d = new Date(utcTime(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days));
  return d.toISOString().slice(0, 10);
}
