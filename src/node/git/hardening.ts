// What every git call Candor makes is hardened with: `-c` overrides, the environment and the pinned work tree.
// Dependency-free (Node built-ins only) so that code which only needs the list — the benchmark's bare `git grep`,
// a worker that never runs git — does not carry simple-git; src/node/git/run.ts, the gateway, applies it.
import fs from 'node:fs';
import path from 'node:path';

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
  // `git grep`'s output shape: paths relative to the folder searched (a repository's `grep.fullName=true` would
  // make them repository-relative), and never a search outside the repository when the folder is not in one.
  'grep.fullName=false',
  'grep.fallbackToNoIndex=false',
];

/** HARDENED_CONFIG as the arguments that come before the subcommand: `-c key=value` pairs. */
export const HARDENED_CONFIG_ARGS: readonly string[] = HARDENED_CONFIG.flatMap((pair) => ['-c', pair]);

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
    // Stable English messages, so that the gateway can recognise failure states.
    LC_ALL: 'C',
    LANGUAGE: 'C',
  };
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
