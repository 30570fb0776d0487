/**
 * One grammar for every sub-command: `candor <command> [dir] [--name value | --name=value] [--flag]`, with `--`
 * ending the options. Every refusal is worded in the terminal's language (node:util's parseArgs would answer in
 * English), and prints the command's usage line with exit code 2.
 */
import path from 'node:path';
import { isLanguage } from '../core/locale';
import { escapeControls } from '../core/safeText';
import { LANGUAGES, type Language } from '../core/model/vocabulary';
import type { CliMessages } from './messages';
import { err } from './output';

/** A command's options: each name, without its dashes, takes a string value or is a flag. */
export type OptionSpec = Readonly<Record<string, 'string' | 'boolean'>>;

/** What a command line gave: its folder (default `.`, resolved), each option given, and `--lang`'s language. */
export interface CommandArgs<S extends OptionSpec> {
  /** The folder as typed (`.` when none), for messages; `root` is the same, resolved. */
  dir: string;
  root: string;
  values: { [K in keyof S]?: S[K] extends 'string' ? string : true };
  /** `--lang`, checked to be one of Candor's languages. */
  language?: Language;
}

/** Reads `args` against `spec`: the folder and the options, or why the command line is refused. */
export function parseCommandArgs<S extends OptionSpec>(
  args: readonly string[],
  spec: S,
  m: CliMessages,
): CommandArgs<S> | { error: string } {
  const values: Record<string, string | true> = {};
  const folders: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      folders.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      folders.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = arg.startsWith('--') && Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (kind === undefined) return { error: m.args.unknownOption(shown(arg)) };
    if (kind === 'boolean' && eq >= 0) return { error: m.args.noValue(`--${name}`) };
    if (Object.hasOwn(values, name)) return { error: m.args.givenTwice(`--${name}`) };
    // `--out --pdf` is a forgotten value, not a folder named --pdf: a value that starts with a dash needs `=`.
    const next = eq < 0 && kind === 'string' ? args[++i] : undefined;
    const value = kind === 'boolean' ? true : eq >= 0 ? arg.slice(eq + 1) : next?.startsWith('-') ? '' : next;
    if (value === undefined || value === '') return { error: m.args.needsValue(`--${name}`) };
    values[name] = value;
  }
  if (folders.length > 1) return { error: m.unexpected(shown(folders[1]!)) };
  const lang = values.lang;
  if (typeof lang === 'string' && !isLanguage(lang))
    return { error: m.args.unknownLanguage(shown(lang), LANGUAGES.join(', ')) };
  const dir = folders[0] ?? '.';
  return {
    dir,
    root: path.resolve(dir),
    values: values as CommandArgs<S>['values'],
    ...(typeof lang === 'string' && { language: lang as Language }),
  };
}

// An argument echoed in a refusal stays on its line: a line break in it cannot forge a line of the output.
const shown = (arg: string) => escapeControls(arg);

/** Prints a refused command line with the command's usage; the exit code of a usage error. */
export function usageError(command: string, message: string, usage: string): 2 {
  err(`candor ${command}: ${message}\n${usage}`);
  return 2;
}
