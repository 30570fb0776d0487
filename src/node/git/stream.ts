import { spawn } from 'node:child_process';
import { abortReason } from '../abort';
import { HARDENED_CONFIG as RUN_CONFIG, hardenedEnv, workTreeArgs } from './run';

/**
 * The hardened `-c` overrides of src/node/git/run.ts (the one list of what a hostile `.git/config` must not make
 * git run), as arguments, plus what only the streaming callers here need.
 */
export const HARDENED_CONFIG: readonly string[] = [...RUN_CONFIG, 'grep.fallbackToNoIndex=false'].flatMap((c) => [
  '-c',
  c,
]);

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
 * Runs `git <hardened config> <args>` in `cwd`, streaming stdout (simple-git buffers it; marker search on a
 * 30,000-file repo wants the first results early) with a fixed argument list, no shell, a timeout and an abort
 * signal. Rejects only when the signal aborts (with the signal's reason).
 */
export function runGit(cwd: string, args: readonly string[], options: GitRunOptions): Promise<GitExit> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(abortReason(options.signal));
    const child = spawn('git', [...HARDENED_CONFIG, ...workTreeArgs(cwd), ...args], {
      cwd,
      env: hardenedEnv(),
      shell: false,
      windowsHide: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const kill = () => child.kill('SIGKILL');
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs ?? DEFAULT_GIT_TIMEOUT_MS);
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
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => finish({ code: -1, stderr, timedOut, spawnError: error.message }));
    child.on('close', (code) => finish({ code: code ?? -1, stderr, timedOut }));
  });
}
