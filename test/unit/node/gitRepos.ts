// Builders of real temp repositories with fixed dates and identities, for the git tests. The test side runs git
// directly (execFileSync, no shell) with an isolated HOME so that the machine's config cannot change results.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A temp folder that the caller removes with `removeTemp`. */
export function makeTemp(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `candor-${prefix}-`)));
}

/** Removes a temp folder made by `makeTemp`. */
export function removeTemp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

const home = makeTemp('git-home');
process.on('exit', () => removeTemp(home));

/** The environment of the test's own git calls: fixed identity, isolated config. */
export function builderEnv(date = '2026-11-02T12:00:00Z', who = 'Paul Martin <paul@example.dev>'): NodeJS.ProcessEnv {
  const [, name = '', email = ''] = /^(.*) <(.*)>$/.exec(who) ?? [];
  return {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    TZ: 'UTC',
  };
}

/** Runs git for a test's setup and returns its stdout. */
export function git(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = builderEnv(),
  input?: string | Buffer,
): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'protocol.file.allow=always', ...args], {
    cwd,
    env,
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** One commit of a built history. */
export interface CommitSpec {
  message: string;
  /** ISO date used as both author and committer date. */
  date: string;
  files?: Record<string, string>;
  who?: string;
}

/** Makes an empty repository on branch main. */
export function initRepo(dir: string): string {
  git(dir, ['init', '-q']);
  return dir;
}

/** Writes the files of `spec` and commits them (an empty commit when there are none). */
export function commit(dir: string, spec: CommitSpec): string {
  for (const [file, text] of Object.entries(spec.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const env = builderEnv(spec.date, spec.who);
  git(dir, ['add', '-A'], env);
  git(dir, ['commit', '-q', '--allow-empty', '--no-verify', '-m', spec.message], env);
  return git(dir, ['rev-parse', 'HEAD'], env).trim();
}

/** A small history: three commits on main (Nov 2, 10, 20), a tag v1.0 on the second, and a merged branch. */
export function buildHistory(dir: string): { hashes: Record<string, string> } {
  initRepo(dir);
  const hashes: Record<string, string> = {};
  hashes.first = commit(dir, {
    message: 'feat(checkout): first page',
    date: '2026-11-02T10:00:00Z',
    files: { 'src/checkout/page.ts': 'a\n' },
  });
  hashes.second = commit(dir, {
    message:
      'fix(payments): retry on timeout\n\nLonger explanation.\n\nRefs: ACME-12\nCo-authored-by: Ann Lee <ann@example.dev>',
    date: '2026-11-10T10:00:00Z',
    files: { 'src/payments/retry.ts': 'b\n', 'docs/notes with space.md': 'c\n' },
  });
  git(dir, ['tag', '-a', 'v1.0', '-m', 'release 1.0'], builderEnv('2026-11-10T11:00:00Z'));
  git(dir, ['tag', 'light'], builderEnv('2026-11-10T11:00:00Z'));
  git(dir, ['checkout', '-q', '-b', 'feature']);
  hashes.feature = commit(dir, {
    message: 'feat: export invoices',
    date: '2026-11-15T10:00:00Z',
    files: { 'src/export/csv.ts': 'd\n' },
  });
  git(dir, ['checkout', '-q', 'main']);
  hashes.third = commit(dir, {
    message: 'chore: bump deps',
    date: '2026-11-18T10:00:00Z',
    files: { 'package.json': '{}\n' },
  });
  git(dir, ['merge', '-q', '--no-ff', '-m', 'Merge branch feature', 'feature'], builderEnv('2026-11-20T10:00:00Z'));
  hashes.merge = git(dir, ['rev-parse', 'HEAD']).trim();
  return { hashes };
}

/** A fake `git` first on the PATH that logs each call, then runs the real git: counts the processes started. */
export function installSpawnCounter(dir: string): { log: string; restore: () => void; calls: () => string[] } {
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const bin = path.join(dir, 'bin');
  const log = path.join(dir, 'spawns.log');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realGit}' "$@"\n`, {
    mode: 0o755,
  });
  const before = process.env.PATH;
  process.env.PATH = `${bin}${path.delimiter}${before ?? ''}`;
  return {
    log,
    restore: () => void (process.env.PATH = before),
    calls: () =>
      fs.existsSync(log)
        ? fs
            .readFileSync(log, 'utf8')
            .split('\n')
            .filter((l) => l !== '')
        : [],
  };
}
