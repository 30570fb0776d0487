import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { CliCommand } from '../../../src/cli/commands';

/** What a CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command object in this process, capturing what it writes; `cwd` and `env` are restored afterwards. */
export async function runCommand(
  command: CliCommand,
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const cwd = process.cwd();
  // A clean locale unless the test sets one: the CLI speaks the terminal's language.
  const env = { LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, ...options.env };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => err.push(String(chunk)) > 0) as typeof process.stderr.write;
  setEnv(env);
  try {
    if (options.cwd) process.chdir(options.cwd);
    const code = await command.run(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(cwd);
    setEnv(saved);
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
  }
}

function setEnv(env: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

/** A fresh temporary folder, removed by `removeTempDirs`. */
const made: string[] = [];
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-cli-'));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Bundles src/cli.ts the way scripts/build.mjs does, into a temp folder so dist/ is left to the build. */
export async function buildCli(): Promise<string> {
  const outfile = path.join(tempDir(), 'cli.js');
  await esbuild.build({
    entryPoints: [path.join(__dirname, '../../../src/cli.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  return outfile;
}

/** Runs the bundled CLI as a user would, in `cwd`, with a clean locale unless `env` says otherwise. */
export function runBuilt(cli: string, args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const clean = { ...process.env };
  delete clean.LANG;
  delete clean.LC_ALL;
  delete clean.LC_MESSAGES;
  const child = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}
