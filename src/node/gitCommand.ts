import { spawn } from 'node:child_process';

/**
 * Config that keeps a repository's own settings from running programs or changing output: a hostile
 * `.git/config` could otherwise name an fsmonitor hook, a pager or a textconv driver that git would execute.
 */
export const HARDENED_CONFIG: readonly string[] = [
  '-c', 'core.fsmonitor=false',
  '-c', 'core.pager=cat',
  '-c', 'core.quotePath=false',
  '-c', 'color.ui=false',
  '-c', 'protocol.allow=never',
  '-c', 'diff.external=',
  '-c', 'grep.fallbackToNoIndex=false',
];

/** How long a git process may run before it is killed; marker search on a big repo takes well under this. */
export const DEFAULT_GIT_TIMEOUT_MS = 30_000;

/** How a git process ended; an expected failure (no git, not a repository) is a state, not an exception. */
export interface GitExit {
  /** Exit code, or -1 when git could not be started or was killed. */
  code: number;
  stderr: string;
  timedOut: boolean;
  /** Set when the executable could not be started (e.g. ENOENT: git is not installed). */
  spawnError?: string;
}

export interface GitRunOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Receives stdout as it arrives, so callers can stream-parse instead of buffering the whole output. */
  onStdout(chunk: Buffer): void;
}

/**
 * Runs `git <hardened config> <args>` in `cwd` with a fixed argument list, no shell, a timeout and an abort
 * signal. Rejects only when the signal aborts (with the signal's reason).
 */
export function runGit(cwd: string, args: readonly string[], options: GitRunOptions): Promise<GitExit> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(abortReason(options.signal));
    const child = spawn('git', [...HARDENED_CONFIG, ...args], {
      cwd,
      env: gitEnv(),
      shell: false,
      windowsHide: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const kill = () => child.kill('SIGKILL');
    const timer = setTimeout(() => { timedOut = true; kill(); }, options.timeoutMs ?? DEFAULT_GIT_TIMEOUT_MS);
    const onAbort = () => kill();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (exit: GitExit) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (options.signal?.aborted) reject(abortReason(options.signal));
      else resolve(exit);
    };
    child.stdout.on('data', (chunk: Buffer) => options.onStdout(chunk));
    child.stderr.on('data', (chunk: Buffer) => { if (stderr.length < 4096) stderr += chunk.toString('utf8'); });
    child.on('error', (error) => finish({ code: -1, stderr, timedOut, spawnError: error.message }));
    child.on('close', (code) => finish({ code: code ?? -1, stderr, timedOut }));
  });
}

/** The environment for git: no prompts, no optional locks, and no inherited GIT_DIR from a hook or a shell. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_EXTERNAL_DIFF', 'GIT_CONFIG_PARAMETERS']) delete env[name];
  return env;
}

/** The reason an aborted signal carries, as an Error (AbortError when none was given). */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  const error = new Error('The operation was aborted');
  error.name = 'AbortError';
  return error;
}
