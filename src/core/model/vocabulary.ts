/**
 * The words of the project.yaml format that code branches on (statuses, kinds, severities, cadences, languages)
 * and the default name of the status history folder beside it.
 * Dependency-free, so that the words, the draft and the workers use them without carrying zod (the schema in
 * schema.ts builds its enums from these tuples).
 */
/** Ids are referenced from code markers (`RED-FLAG(id)`), so they stay plain: letters, digits, `-`, `_`, `.`. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export const LANGUAGES = ['en', 'fr', 'es', 'de'] as const;
export const FLAG_KINDS = ['untested', 'unknown-territory', 'client-confusing', 'dependency', 'other'] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const MILESTONE_STATUSES = ['planned', 'on-track', 'at-risk', 'late', 'done'] as const;
export const TASK_STATUSES = ['open', 'blocked', 'done'] as const;
export const DECISION_STATUSES = ['open', 'decided', 'dropped'] as const;
export const FLAG_STATUSES = ['open', 'mitigated', 'closed'] as const;
export const CADENCES = ['daily', 'weekly', 'biweekly', 'monthly'] as const;
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Lists whose items carry an `id` that must be unique within the list. */
export const ID_LISTS = ['phases', 'milestones', 'client_tasks', 'decisions', 'red_flags'] as const;

/** The status history folder's default name, relative to the workspace root (setting candor.status.historyFolder). */
export const DEFAULT_HISTORY_FOLDER = 'status';

export type Language = (typeof LANGUAGES)[number];
export type Severity = (typeof SEVERITIES)[number];
