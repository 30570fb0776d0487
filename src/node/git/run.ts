// The one way Candor starts git: simple-git (never a shell) with a fixed argument list, every user value checked
// before any process starts and placed where git cannot read it as an option, configuration that turns off
// every program a repository's own config could make git run, a timeout and an abort signal.
import fs from 'node:fs';
import path from 'node:path';
import { simpleGit, type SimpleGitOptions } from 'simple-git';
import { checkDate, checkPath, checkRevision, type Refusal } from '../../core/git/values';

/** `-c` overrides given to every git call. A repository's `.git/config` is attacker-controlled when a folder
 * is opened, and these keys name programs git would run (or behaviours that would change the output). */
export const HARDENED_CONFIG: readonly string[] = [
  'core.fsmonitor=false',
  'core.untrackedCache=false',
  'core.pager=cat',
  'core.hooksPath=/dev/null',
  'core.quotepath=false',
  'core.askPass=',
  'core.sshCommand=',
  'credential.helper=',
  'color.ui=false',
  'diff.external=',
  'log.showSignature=false',
  // Even a call that asks for signatures (--show-signature, %G?) must not run the repository's program: an
  // empty program makes git report "cannot run" and go on without a signature check.
  'gpg.program=',
  'gpg.openpgp.program=',
  'gpg.ssh.program=',
  'gpg.x509.program=',
  'log.decorate=false',
  'protocol.allow=never',
  'i18n.logOutputEncoding=UTF-8',
  'submodule.recurse=false',
  'gc.auto=0',
];

// simple-git blocks these keys by default because an unchecked caller could set them to a program. Candor sets
// them only to the harmless values above, so each category is allowed and no other is.
const ALLOWED_OVERRIDES: SimpleGitOptions['unsafe'] = {
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

// Variables that redirect git to another repository, config file or program; dropped from the inherited
// environment (e.g. GIT_DIR when VS Code itself was started from a hook, PAGER from a user's shell).
const DROPPED_ENV = /^(GIT_.*|PAGER|EDITOR|VISUAL|PREFIX|SSH_ASKPASS|LESSOPEN|LESSCLOSE)$/i;

/** The environment of every git call: the inherited one without git's redirections, plus Candor's. */
export function hardenedEnv(base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) if (value !== undefined && !DROPPED_ENV.test(key)) env[key] = value;
  return {
    ...env,
    GIT_OPTIONAL_LOCKS: '0',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_NO_LAZY_FETCH: '1',
    GIT_NO_REPLACE_OBJECTS: '1',
    // Stable English messages, so that the states below can be recognised.
    LC_ALL: 'C',
    LANGUAGE: 'C',
  };
}

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
  /** The whole call's deadline; default 10 s. */
  timeoutMs?: number;
}

/** The default deadline of a git call. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Builds the argument list of a call, or says which user value is refused; no process is involved. */
export function buildGitArgs(command: GitCommand): { ok: true; args: string[] } | { ok: false; failure: GitFailure } {
  const refusal = refuse(command);
  if (refusal) return { ok: false, failure: { kind: 'refused', message: `${refusal} Git was not run.`, stderr: '' } };
  const config = HARDENED_CONFIG.flatMap((pair) => ['-c', pair]);
  const dates = Object.entries(command.dates ?? {}).map(([option, value]) => `${option}=${value}`);
  const revisions = command.revisions?.length ? ['--end-of-options', ...command.revisions] : [];
  const closing = command.revisions?.length || command.paths?.length ? ['--', ...(command.paths ?? [])] : [];
  const [subcommand = '', ...rest] = command.args;
  const driversOff = (DRIVER_OFF[subcommand] ?? []).filter((flag) => !rest.includes(flag));
  return { ok: true, args: [...config, subcommand, ...driversOff, ...rest, ...dates, ...revisions, ...closing] };
}

function refuse(command: GitCommand): Refusal {
  const [subcommand = ''] = command.args;
  if (!SUBCOMMANDS.has(subcommand))
    return `Candor does not run "git ${subcommand}": it could start a program the repository names.`;
  const on = command.args.find((arg) => DRIVER_ON.has(arg) || (subcommand === 'ls-files' && LS_FILES_CONTENT.has(arg)));
  if (on) return `Candor does not pass "${on}" to git: it would start a program the repository names.`;
  // DESIGN.md: never --numstat (it diffs the content of every file of every commit).
  if (command.args.some((arg) => /^--(num|short|dir)?stat\b/.test(arg)))
    return 'Candor does not ask git for diff statistics (--numstat, --stat).';
  for (const value of Object.values(command.dates ?? {})) {
    const why = value === undefined ? undefined : checkDate(value);
    if (why) return why;
  }
  for (const value of command.revisions ?? []) {
    const why = checkRevision(value);
    if (why) return why;
  }
  for (const value of command.paths ?? []) {
    const why = checkPath(value);
    if (why) return why;
  }
  return undefined;
}

/**
 * `--work-tree=<dir>`, the folder that holds the `.git` (directory or file) found from `cwd` upwards: git is pinned
 * to the workspace's own working tree, whatever `core.worktree` a repository's config names (a hostile one could
 * point anywhere on the disk, and `-c core.worktree=` does not override it). Empty when no `.git` is found.
 */
export function workTreeArgs(cwd: string): string[] {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    try {
      const stat = fs.lstatSync(path.join(dir, '.git'));
      if (stat.isDirectory() || stat.isFile()) return [`--work-tree=${dir}`];
    } catch {
      // No .git here: look in the parent.
    }
    if (path.dirname(dir) === dir) return [];
  }
}

/** Runs one git command in `root` with the hardened config and environment; never throws. */
export async function runGit(root: string, command: GitCommand, options: GitRunOptions = {}): Promise<GitOutput> {
  const built = buildGitArgs(command);
  if (!built.ok) return built;
  if (!path.isAbsolute(root) || /[\0\r\n]/.test(root))
    return fail('refused', `The folder ${JSON.stringify(root)} is not an absolute path. Git was not run.`);
  if (options.signal?.aborted) return fail('aborted', 'Cancelled before git started.');
  const deadline = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  let git;
  try {
    git = simpleGit({
      baseDir: root,
      unsafe: ALLOWED_OVERRIDES,
      abort: signal,
      maxConcurrentProcesses: 4,
      trimmed: false,
      errors: exitIsError,
    }).env(hardenedEnv());
  } catch {
    return fail('no-folder', `The folder ${root} does not exist.`);
  }
  try {
    return { ok: true, stdout: await git.raw([...workTreeArgs(root), ...built.args]) };
  } catch (error) {
    if (deadline.aborted)
      return fail(
        'timeout',
        `Git took longer than ${((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000).toFixed(1)} s and was stopped.`,
      );
    if (options.signal?.aborted) return fail('aborted', 'Cancelled.');
    return { ok: false, failure: classify(root, error instanceof Error ? error.message : String(error)) };
  }
}

// simple-git treats a non-zero exit without stderr as success (`rev-parse -q --verify` fails that way): every
// non-zero exit is a failure here.
const exitIsError: SimpleGitOptions['errors'] = (error, result) => {
  if (error || result.exitCode === 0) return error;
  const stderr = Buffer.concat(result.stdErr).toString('utf8');
  return Buffer.from(stderr.trim() ? stderr : `git exited with code ${result.exitCode}`);
};

function fail(kind: GitFailureKind, message: string, stderr = ''): GitOutput {
  return { ok: false, failure: { kind, message, stderr } };
}

/** Turns git's stderr into a state with a message that says what to do. */
export function classify(root: string, stderr: string): GitFailure {
  const text = stderr.trim();
  if (/spawn git ENOENT|ENOENT.*git|git: not found/i.test(text)) {
    return {
      kind: 'no-git',
      message: 'Git is not installed or not on the PATH: install git, then try again.',
      stderr: text,
    };
  }
  if (/dubious ownership/i.test(text)) {
    const at = /safe\.directory\s+(\S.*)$/m.exec(text)?.[1]?.trim() ?? root;
    return {
      kind: 'dubious-ownership',
      message: `Git refuses to read ${at} because the folder belongs to another user. If you trust it, run: git config --global --add safe.directory ${at}`,
      stderr: text,
    };
  }
  if (/not a git repository/i.test(text))
    return { kind: 'not-a-repo', message: `${root} is not inside a git repository.`, stderr: text };
  const first = text.split('\n').find((line) => line.trim() !== '') ?? 'git failed without a message';
  return { kind: 'failed', message: `Git failed: ${first.replace(/^(fatal|error):\s*/, '')}`, stderr: text };
}
