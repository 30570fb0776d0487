// The git gateway: the one module that starts git (a unit test fails if any other file of src/ imports
// simple-git or child_process). It owns the allowed subcommands, the argument checks (every user value checked
// before any process starts and placed where git cannot read it as an option), the hardening of hardening.ts,
// one deadline, one abort behaviour and one result shape; a call either returns its output or streams it.
import path from 'node:path';
import { simpleGit, type SimpleGitOptions } from 'simple-git';
import { en } from '../../core/lang/en/git';
import { checkDate, checkPath, checkRevision, type Refusal } from '../../core/git/values';
import type { GitWords } from '../../core/git/words';
import { HARDENED_CONFIG_ARGS, hardenedEnv, workTreeArgs } from './hardening';

// simple-git blocks these keys (and GIT_PAGER) by default because an unchecked caller could set them to a program.
// Candor sets them only to the harmless values of hardening.ts, so each of these categories is allowed and no
// other is; a unit test shows that each one is needed.
export const ALLOWED_OVERRIDES: SimpleGitOptions['unsafe'] = {
  allowUnsafeFsMonitor: true,
  allowUnsafePager: true,
  allowUnsafeHooksPath: true,
  allowUnsafeAskPass: true,
  allowUnsafeSshCommand: true,
  allowUnsafeCredentialHelper: true,
  allowUnsafeDiffExternal: true,
  allowUnsafeProtocolOverride: true,
  allowUnsafeGpgProgram: true,
};

// Subcommands that read history, refs or the index but never a working-tree file's content: `git status`,
// `git diff` against the working tree and `ls-files -m` run the clean filter that .gitattributes names, and a
// filter's program is keyed by a driver name in .git/config that no -c override can know in advance.
const SUBCOMMANDS = new Set([
  'log',
  'show',
  'rev-parse',
  'rev-list',
  'branch',
  'for-each-ref',
  'show-ref',
  'tag',
  'ls-files',
  'ls-tree',
  'cat-file',
  'grep',
  'diff-tree',
  'symbolic-ref',
  'describe',
  'merge-base',
  'check-ignore',
  'version',
]);
// Options that turn drivers back on, or make ls-files compare working-tree content (through the clean filter).
const DRIVER_ON = new Set(['--textconv', '--ext-diff', '--filters']);
const LS_FILES_CONTENT = new Set(['-m', '--modified']);

// In-tree .gitattributes can name diff and textconv drivers under any name, which no -c override can reach;
// these subcommands would run them, so their options to ignore the drivers are always added.
const DRIVER_OFF: Readonly<Record<string, readonly string[]>> = {
  log: ['--no-ext-diff', '--no-textconv'],
  show: ['--no-ext-diff', '--no-textconv'],
  diff: ['--no-ext-diff', '--no-textconv'],
  'diff-tree': ['--no-ext-diff', '--no-textconv'],
  grep: ['--no-textconv'],
};

/** One git call: fixed arguments from Candor's code, and user values kept apart so they can be checked. */
export interface GitCommand {
  /** The subcommand and its options: constants in Candor's code, never user values. */
  args: readonly string[];
  /** Date options whose value comes from the user, e.g. `{ '--since': '2026-11-02' }`; each must be ISO 8601. */
  dates?: Readonly<Partial<Record<'--since' | '--until', string>>>;
  /** Revisions from the user, placed after `--end-of-options` and closed by `--`. */
  revisions?: readonly string[];
  /** Repository-relative paths from the user, placed after `--`. */
  paths?: readonly string[];
}

/** How a call can end without output: each kind is a state with a message for the user, never a crash. */
export type GitFailureKind =
  'refused' | 'no-git' | 'no-folder' | 'not-a-repo' | 'dubious-ownership' | 'timeout' | 'aborted' | 'failed';

/** A call that did not succeed: `message` is for the user, `stderr` for the log. */
export interface GitFailure {
  kind: GitFailureKind;
  message: string;
  stderr: string;
}

/** What `runGit` returns: it never throws. */
export type GitOutput = { ok: true; stdout: string } | { ok: false; failure: GitFailure };

/** Options of every call that starts git. */
export interface GitRunOptions {
  signal?: AbortSignal;
  /** The whole call's deadline; default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  /** The words of a refusal or a failure, in the user's language; default English. */
  words?: GitWords;
}

/** Options of a call whose output is parsed as it arrives (`git grep`, `git ls-files` of a large tree). */
export interface GitStreamOptions extends GitRunOptions {
  /** Receives stdout chunk by chunk as git writes it; the result's `stdout` is then empty. */
  onStdout(chunk: Buffer): void;
}

/** The deadline of every git call: long enough for `git grep` over a 30,000-file tree on a loaded machine; it
 * stops a git that hangs (a lock, a network filesystem), not a slow one. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Builds the argument list of a call, or says which user value is refused; no process is involved. */
export function buildGitArgs(
  command: GitCommand,
  words: GitWords = en,
): { ok: true; args: string[] } | { ok: false; failure: GitFailure } {
  const refusal = refuse(command, words.refused);
  if (refusal) return { ok: false, failure: { kind: 'refused', message: words.notRun(refusal), stderr: '' } };
  const dates = Object.entries(command.dates ?? {}).map(([option, value]) => `${option}=${value}`);
  const revisions = command.revisions?.length ? ['--end-of-options', ...command.revisions] : [];
  const closing = command.revisions?.length || command.paths?.length ? ['--', ...(command.paths ?? [])] : [];
  const [subcommand = '', ...rest] = command.args;
  const driversOff = (DRIVER_OFF[subcommand] ?? []).filter((flag) => !rest.includes(flag));
  return {
    ok: true,
    args: [...HARDENED_CONFIG_ARGS, subcommand, ...driversOff, ...rest, ...dates, ...revisions, ...closing],
  };
}

function refuse(command: GitCommand, words: GitWords['refused']): Refusal {
  const [subcommand = ''] = command.args;
  if (!SUBCOMMANDS.has(subcommand)) return words.subcommand(subcommand);
  const on = command.args.find((arg) => DRIVER_ON.has(arg) || (subcommand === 'ls-files' && LS_FILES_CONTENT.has(arg)));
  if (on) return words.driver(on);
  // DESIGN.md: never --numstat (it diffs the content of every file of every commit).
  if (command.args.some((arg) => /^--(num|short|dir)?stat\b/.test(arg))) return words.diffStats;
  for (const value of Object.values(command.dates ?? {})) {
    const why = value === undefined ? undefined : checkDate(value, words);
    if (why) return why;
  }
  for (const value of command.revisions ?? []) {
    const why = checkRevision(value, words);
    if (why) return why;
  }
  for (const value of command.paths ?? []) {
    const why = checkPath(value, words);
    if (why) return why;
  }
  return undefined;
}

/** Runs one git command in `root` with the hardened config and environment; never throws. */
export function runGit(root: string, command: GitCommand, options: GitRunOptions = {}): Promise<GitOutput> {
  return run(root, command, options, undefined);
}

/** Like runGit, with stdout handed to `options.onStdout` as it arrives rather than returned; never throws. */
export function streamGit(root: string, command: GitCommand, options: GitStreamOptions): Promise<GitOutput> {
  return run(root, command, options, options.onStdout);
}

async function run(
  root: string,
  command: GitCommand,
  options: GitRunOptions,
  onStdout: ((chunk: Buffer) => void) | undefined,
): Promise<GitOutput> {
  const words = options.words ?? en;
  const built = buildGitArgs(command, words);
  if (!built.ok) return built;
  if (!path.isAbsolute(root) || /[\0\r\n]/.test(root))
    return fail('refused', words.notRun(words.refused.folderNotAbsolute(JSON.stringify(root))));
  if (options.signal?.aborted) return fail('aborted', words.run.cancelledBeforeStart);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  let git;
  try {
    git = simpleGit({
      baseDir: root,
      unsafe: ALLOWED_OVERRIDES,
      abort: signal,
      trimmed: false,
      errors: exitIsError(NO_MATCH_EXIT[command.args[0] ?? ''], words),
    }).env(hardenedEnv());
  } catch {
    return fail('no-folder', words.run.noFolder(root));
  }
  // simple-git's own output handler: the same process, deadline and abort as a buffered call.
  if (onStdout) git.outputHandler((_command, stdout) => stdout.on('data', onStdout));
  try {
    const stdout = await git.raw([...workTreeArgs(root), ...built.args]);
    return { ok: true, stdout: onStdout ? '' : stdout };
  } catch (error) {
    if (deadline.aborted) return fail('timeout', words.run.timeout(timeoutMs / 1000));
    if (options.signal?.aborted) return fail('aborted', words.run.cancelled);
    return { ok: false, failure: classify(root, error instanceof Error ? error.message : String(error), words) };
  }
}

// The exit code by which a subcommand says "nothing found" rather than "failed": an empty output, not a failure.
const NO_MATCH_EXIT: Readonly<Record<string, number>> = { grep: 1 };

// simple-git treats a non-zero exit without stderr as success (`rev-parse -q --verify` fails that way): every
// non-zero exit but a subcommand's "nothing found" is a failure here.
function exitIsError(noMatch: number | undefined, words: GitWords): SimpleGitOptions['errors'] {
  return (error, result) => {
    if (error || result.exitCode === 0) return error;
    const stderr = Buffer.concat(result.stdErr).toString('utf8');
    if (result.exitCode === noMatch && !stderr.trim()) return undefined;
    return Buffer.from(stderr.trim() ? stderr : words.run.exitCode(result.exitCode));
  };
}

function fail(kind: GitFailureKind, message: string, stderr = ''): GitOutput {
  return { ok: false, failure: { kind, message, stderr } };
}

/** Turns git's stderr into a state with a message that says what to do, in `words`' language. */
export function classify(root: string, stderr: string, words: GitWords = en): GitFailure {
  const text = stderr.trim();
  if (/spawn git ENOENT|ENOENT.*git|git: not found/i.test(text))
    return { kind: 'no-git', message: words.run.noGit, stderr: text };
  if (/dubious ownership/i.test(text)) {
    const at = /safe\.directory\s+(\S.*)$/m.exec(text)?.[1]?.trim() ?? root;
    return { kind: 'dubious-ownership', message: words.run.dubiousOwnership(at), stderr: text };
  }
  if (/not a git repository/i.test(text))
    return { kind: 'not-a-repo', message: words.run.notARepo(root), stderr: text };
  const first = text.split('\n').find((line) => line.trim() !== '') ?? words.run.failedSilently;
  return { kind: 'failed', message: words.run.failed(first.replace(/^(fatal|error):\s*/, '')), stderr: text };
}
