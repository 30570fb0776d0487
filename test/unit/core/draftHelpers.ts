// Test support for the draft tests: real git repos built in temp folders with fixed dates, read with the node
// ring's own `git log` call and parser (so the fixtures are exactly what Candor reads).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { DEFAULT_NOISE_TYPES, parseCommit } from '../../../src/core/draft/parse';
import { DEFAULT_TICKET_PATTERNS, stripInternalIds, ticketMatchers } from '../../../src/core/draft/tidy';
import type { ChangeKind } from '../../../src/core/draft/types';
import type { Commit } from '../../../src/core/git/commit';
import { loadProject } from '../../../src/core/model/load';
import type { ProjectFile } from '../../../src/core/model/schema';
import { LOG_OPTIONS, parseLog } from '../../../src/node/git/log';

/** The arguments of the fixtures' `git log`: Candor's own log call (LOG_OPTIONS), over the whole history. */
export const LOG_ARGS: readonly string[] = LOG_OPTIONS;

/** The commits of a `git log` output, newest first, read by Candor's own parser. */
export function commitsOf(raw: string): Commit[] {
  return parseLog(raw).commits;
}

/** One step of a scripted history. */
export type Step =
  | { commit: string; author?: string; email?: string; files?: Record<string, string>; day: number }
  | { branch: string }
  | { checkout: string }
  | { merge: string; message: string; body?: string; day: number }
  | { revert: string; day: number };

/** A temp repo built from steps; each `day` is a day of November 2026 at 10:00 UTC. */
export class TempRepo {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-draft-'));
  private readonly marks = new Map<string, string>();
  private count = 0;

  constructor() {
    this.git(['init', '-q', '-b', 'main']);
  }

  git(args: readonly string[], env: Record<string, string> = {}, input?: string): string {
    const base = {
      HOME: this.dir,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      PATH: process.env.PATH ?? '',
      LANG: 'C',
    };
    const config = [
      '-c',
      'commit.gpgsign=false',
      '-c',
      'core.autocrlf=false',
      '-c',
      'user.name=Lead Dev',
      '-c',
      'user.email=lead@agency.dev',
    ];
    return execFileSync('git', [...config, ...args], {
      cwd: this.dir,
      env: { ...base, ...env },
      encoding: 'utf8',
      input,
    });
  }

  run(steps: readonly Step[]): this {
    for (const step of steps) this.step(step);
    return this;
  }

  log(): Commit[] {
    return commitsOf(this.git(LOG_ARGS));
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private step(step: Step): void {
    if ('branch' in step) this.git(['checkout', '-q', '-b', step.branch]);
    else if ('checkout' in step) this.git(['checkout', '-q', step.checkout]);
    else if ('merge' in step)
      this.git(
        ['merge', '-q', '--no-ff', '-m', step.message, ...(step.body ? ['-m', step.body] : []), step.merge],
        dated(step.day, 'Lead Dev', 'lead@agency.dev'),
      );
    else if ('revert' in step)
      this.git(
        ['revert', '--no-edit', this.marks.get(step.revert) ?? step.revert],
        dated(step.day, 'Lead Dev', 'lead@agency.dev'),
      );
    else this.commit(step);
  }

  private commit(step: Extract<Step, { commit: string }>): void {
    const files = step.files ?? { [`notes/${this.count}.txt`]: step.commit };
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
      // The step number keeps every write a change, so each commit has a diff (and fixed hashes).
      fs.writeFileSync(path.join(this.dir, file), `${content}\n${this.count++}\n`);
    }
    this.git(['add', '--', ...Object.keys(files)]);
    this.git(
      ['commit', '-q', '--allow-empty', '--cleanup=strip', '-F', '-'],
      dated(step.day, step.author ?? 'Paul Martin', step.email ?? 'paul@agency.dev'),
      step.commit,
    );
    this.marks.set(step.commit.split('\n')[0]!, this.git(['rev-parse', 'HEAD']).trim());
  }
}

function dated(day: number, name: string, email: string): Record<string, string> {
  const date = `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`;
  return {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: email,
  };
}

let serial = 0;

/** A commit built in code, for rules that need no repo; every field can be overridden. */
export function aCommit(subject: string, more: Partial<Commit> = {}): Commit {
  serial++;
  return {
    hash: more.hash ?? serial.toString(16).padStart(40, 'c'),
    parents: [],
    authorName: 'Paul Martin',
    authorEmail: 'paul@agency.dev',
    committerName: 'Paul Martin',
    committerEmail: 'paul@agency.dev',
    date: '2026-11-20T10:00:00+01:00',
    subject,
    body: '',
    files: ['src/app/file.ts'],
    ...more,
  };
}

/** The Acme project.yaml of the fixtures, loaded and validated. */
export function acmeProject(): ProjectFile {
  const loaded = loadProject(fs.readFileSync(path.join(__dirname, '../../fixtures/gitlog/acme-project.yaml'), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  return loaded.value.file;
}

/** A subject, the section it lands in, and (for client-facing rows) the line the client reads. */
export type ConventionRow = [subject: string, kind: ChangeKind, line?: string];

/** One test per row: the subject is parsed with the default noise types and cleaned as a draft line. */
export function checkConventions(rows: readonly ConventionRow[]): void {
  const noise = new Set(DEFAULT_NOISE_TYPES);
  const tickets = ticketMatchers(DEFAULT_TICKET_PATTERNS);
  for (const [subject, kind, line] of rows) {
    it(`${JSON.stringify(subject)} → ${kind}${line ? `: ${line}` : ''}`, () => {
      const parsed = parseCommit(aCommit(subject), noise);
      assert.equal(parsed.kind, kind);
      if (line !== undefined) assert.equal(stripInternalIds(parsed.text, tickets), line);
    });
  }
}
