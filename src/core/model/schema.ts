/**
 * The project.yaml format, version 1. This zod schema is the single source of truth: the TypeScript types are
 * inferred from it and `schemas/project.schema.json` is generated from it (`npm run schema`), with each key's
 * description taken from the English pack (see ./jsonSchema.ts): the extension does not carry them at start.
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

const text = () => z.string().check(z.minLength(1));
const optionalText = () => z.optional(text());
const isoDate = () => z.iso.date();
const list = () => z.optional(z.array(text()));
const id = () => z.string().check(z.regex(ID_PATTERN));

const projectInfo = z.strictObject({
  name: text(),
  client: text(),
  language: z._default(z.enum(LANGUAGES), 'en'),
  phase: z.optional(id()),
});

const teamMember = z.strictObject({
  name: text(),
  role: optionalText(),
  aliases: list(),
});

const contact = z.strictObject({
  name: text(),
  role: optionalText(),
  email: optionalText(),
  approves: list(),
});

const department = z.strictObject({
  name: text(),
  impact: optionalText(),
  notified: z.optional(isoDate()),
});

const checklistItem = z.strictObject({
  id: id(),
  text: text(),
  done: z._default(z.boolean(), false),
});

const phase = z.strictObject({
  id: id(),
  title: text(),
  checklist: z._default(z.array(checklistItem), []),
});

const milestone = z.strictObject({
  id: id(),
  title: text(),
  due: isoDate(),
  baseline: z.optional(isoDate()),
  paths: list(),
  status: z._default(z.enum(MILESTONE_STATUSES), 'planned'),
});

const area = z.strictObject({
  name: text(),
  paths: z.array(text()).check(z.minLength(1)),
});

const clientTask = z.strictObject({
  id: id(),
  title: text(),
  owner: optionalText(),
  due: z.optional(isoDate()),
  status: z._default(z.enum(TASK_STATUSES), 'open'),
});

const decision = z.strictObject({
  id: id(),
  question: text(),
  needs: list(),
  due: z.optional(isoDate()),
  status: z._default(z.enum(DECISION_STATUSES), 'open'),
  outcome: optionalText(),
  decided_on: z.optional(isoDate()),
});

const redFlag = z.strictObject({
  id: id(),
  title: text(),
  kind: z._default(z.enum(FLAG_KINDS), 'other'),
  severity: z._default(z.enum(SEVERITIES), 'medium'),
  paths: list(),
  mitigation: optionalText(),
  client_visible: z._default(z.boolean(), false),
  status: z._default(z.enum(FLAG_STATUSES), 'open'),
});

const communication = z.strictObject({
  channel: optionalText(),
  cadence: z._default(z.enum(CADENCES), 'weekly'),
  day: z.optional(z.enum(WEEKDAYS)),
  contact: optionalText(),
  backup: optionalText(),
  paused_until: z.optional(isoDate()),
});

export const projectSchema = z.strictObject({
  version: z.literal(1),
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
  areas: z.optional(z.array(area)),
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
