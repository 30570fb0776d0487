import { stripControls } from '../core/safeText';

// Every byte the CLI prints goes through here: a value from project.yaml, git or the command line (YAML escapes
// such as `\e` or `\u009b`, a tag name, a commit subject) must not drive the terminal, set its title or reorder
// what it shows. Line breaks and tabs stay; everything else that controls a terminal goes.

/** Writes to stdout what the user asked for (a draft, a report), without control characters. */
export function out(text: string): void {
  process.stdout.write(stripControls(text));
}

/** Writes to stderr notes, review points and errors, without control characters. */
export function err(text: string): void {
  process.stderr.write(stripControls(text));
}
