/**
 * The project.yaml format, version 1. This zod schema is the single source of truth: the TypeScript types are
 * inferred from it and `schemas/project.schema.json` is generated from it (`npm run schema`).
 * zod/mini keeps the extension bundle small (classic zod alone is over 400 KB).
 */
import * as z from 'zod/mini';
import {
  CADENCES,
  DECISION_STATUSES,
  FLAG_KINDS,
  FLAG_STATUSES,
  ID_PATTERN,
  LANGUAGES,
  MILESTONE_STATUSES,
  SEVERITIES,
  TASK_STATUSES,
  WEEKDAYS,
} from './vocabulary';

export type { Language, Severity } from './vocabulary';

const text = (description: string) => z.string().check(z.minLength(1), z.describe(description));
const optionalText = (description: string) => z.optional(text(description));
const isoDate = (description: string) => z.iso.date().check(z.describe(`${description} (an ISO date: 2026-11-20)`));
const names = (description: string) =>
  z.optional(z.array(z.string().check(z.minLength(1))).check(z.describe(description)));
const globs = z.optional(
  z.array(z.string().check(z.minLength(1))).check(z.describe('Workspace-relative globs, e.g. src/payments/**')),
);

const id = (description: string) => z.string().check(z.regex(ID_PATTERN), z.describe(description));

const projectInfo = z.strictObject({
  name: text('Project name, as the client knows it'),
  client: text('Client organisation'),
  language: z._default(z.enum(LANGUAGES), 'en').check(z.describe('Language of client drafts: en, fr, es or de')),
  phase: z.optional(id('Id of the current phase (one of `phases`)')),
});

const teamMember = z.strictObject({
  name: text('Team member (internal: never appears in a client draft)'),
  role: optionalText('Role in the team'),
  aliases: names('Git names, handles and emails of this person, redacted from client drafts'),
});

const contact = z.strictObject({
  name: text('Client contact'),
  role: optionalText('Their role at the client'),
  email: optionalText('Contact email'),
  approves: names('What this person approves (scope, budget, design, …)'),
});

const department = z.strictObject({
  name: text('A neighbouring department whose systems or processes the work touches'),
  impact: optionalText('What changes for them'),
  notified: z.optional(isoDate('When they were told')),
});

const checklistItem = z.strictObject({
  id: id('Checklist item id, unique within its phase'),
  text: text('What must be done'),
  done: z._default(z.boolean(), false).check(z.describe('Ticked when done')),
});

const phase = z.strictObject({
  id: id('Phase id, unique'),
  title: text('Phase title'),
  checklist: z._default(z.array(checklistItem), []),
});

const milestone = z.strictObject({
  id: id('Milestone id, unique'),
  title: text('Milestone title'),
  due: isoDate('Due date'),
  baseline: z.optional(
    isoDate('The first planned due date, kept when the milestone slips: the client page shows the slip against it'),
  ),
  paths: globs,
  status: z._default(z.enum(MILESTONE_STATUSES), 'planned'),
});

const area = z.strictObject({
  name: text("Area of the product in the client's words (Checkout, Invoices): labels the draft's lines"),
  paths: z
    .array(z.string().check(z.minLength(1)))
    .check(z.minLength(1), z.describe('Workspace-relative globs of its code, e.g. src/checkout/**')),
});

const clientTask = z.strictObject({
  id: id('Task id, unique'),
  title: text('What the client owes'),
  owner: optionalText('Client contact responsible'),
  due: z.optional(isoDate('Due date')),
  status: z._default(z.enum(TASK_STATUSES), 'open'),
});

const decision = z.strictObject({
  id: id('Decision id, unique'),
  question: text('The decision the client must take'),
  needs: names('Client contacts whose approval is needed'),
  due: z.optional(isoDate('Needed by')),
  status: z._default(z.enum(DECISION_STATUSES), 'open'),
  outcome: optionalText('What was decided'),
});

const redFlag = z.strictObject({
  id: id('Red flag id, unique; code marks it with RED-FLAG(id)'),
  title: text('What is fragile, in one line'),
  kind: z._default(z.enum(FLAG_KINDS), 'other'),
  severity: z._default(z.enum(SEVERITIES), 'medium'),
  paths: globs,
  mitigation: optionalText('The solution brought with the problem'),
  client_visible: z._default(z.boolean(), false).check(z.describe('Shown in client status drafts')),
  status: z._default(z.enum(FLAG_STATUSES), 'open'),
});

const communication = z.strictObject({
  channel: optionalText('Preferred channel: email, call, chat, …'),
  cadence: z._default(z.enum(CADENCES), 'weekly'),
  day: z.optional(z.enum(WEEKDAYS)),
  contact: optionalText('Who receives the status update'),
  backup: optionalText('Who receives it when the contact is away'),
});

export const projectSchema = z.strictObject({
  version: z.literal(1).check(z.describe('Format version: 1')),
  project: projectInfo,
  team: z._default(z.array(teamMember), []),
  client: z._default(
    z.strictObject({
      contacts: z._default(z.array(contact), []),
      departments: z._default(z.array(department), []),
    }),
    { contacts: [], departments: [] },
  ),
  communication: z.optional(communication),
  phases: z._default(z.array(phase), []),
  milestones: z._default(z.array(milestone), []),
  areas: z.optional(
    z
      .array(area)
      .check(
        z.describe('Client-facing areas: a draft line is labelled with the area whose paths hold most of its files'),
      ),
  ),
  client_tasks: z._default(z.array(clientTask), []),
  decisions: z._default(z.array(decision), []),
  red_flags: z._default(z.array(redFlag), []),
});

export type ProjectFile = z.output<typeof projectSchema>;
export type Phase = ProjectFile['phases'][number];
export type ChecklistItem = Phase['checklist'][number];
export type Milestone = ProjectFile['milestones'][number];
export type Area = NonNullable<ProjectFile['areas']>[number];
export type ClientTask = ProjectFile['client_tasks'][number];
export type Decision = ProjectFile['decisions'][number];
export type RedFlag = ProjectFile['red_flags'][number];
