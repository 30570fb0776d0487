import { escapeControls } from './safeText';

/** A place in a text file: 1-based lines and columns, end exclusive. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One problem found in user data, at the place it was found. */
export interface Issue extends Span {
  severity: 'error' | 'warning';
  message: string;
  /** Where the problem is in the data, e.g. `['red_flags', 0, 'severity']`; empty for the whole file. */
  path: readonly (string | number)[];
}

/** What loaders and parsers of user data return: they never throw on bad input. */
export type Result<T> = { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };

/** The span of the whole first line, for problems that concern the whole file. */
export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** An issue that concerns the whole file. */
export function fileIssue(message: string, severity: Issue['severity'] = 'error'): Issue {
  return { ...FILE_START, severity, message, path: [] };
}

/** Formats an issue the way compilers do, for terminals and CI logs. */
export function formatIssue(file: string, issue: Issue): string {
  return escapeControls(`${file}:${issue.line}:${issue.column}: ${issue.severity}: ${issue.message}`);
}
