// A client status draft for 100 commits with ~20 files each (DESIGN.md budget: under 150 ms). Two rows: the
// first draft in the process (regex compilation and Intl data loading included), and the median of 7 after it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readMailmap } from '../src/node/git/repoInfo';
import { draftStatus, type DraftInput } from '../src/core/draft/index';
import type { Commit } from '../src/core/git/commit';
import type { ProjectFile } from '../src/core/model/schema';
import type { BenchRow } from './types';

const AREAS = ['checkout', 'invoices', 'payments', 'auth', 'search', 'admin', 'reports', 'mail', 'api', 'web'];
const PEOPLE = [
  'Paul Martin',
  'Sofía Núñez',
  'Émile Zola',
  'Kim Lee',
  'Ana Gómez',
  'Jonas Weber',
  'Lucie Bernard',
  'Omar Haddad',
];
const SUBJECTS = [
  'feat(%a): add export of %a data to CSV (#%n)',
  'fix(%a): PROJ-%n rounding error in %a totals :bug:',
  'chore: bump dependencies',
  'fix: crash in %a that Paul broke on Safari',
  'feat: %a filters for the dashboard ✨',
  'refactor(%a): split the %a service',
  'fix(%a): retry on timeout, see https://jira.agency.internal/browse/PAY-%n',
  'feat(%a): show %a history to the client',
  'test(%a): cover edge cases',
  'docs: explain %a setup',
];

/** 100 commits shaped like a busy week: conventional types, trailers, names, ids, ~20 files each. */
export function syntheticCommits(count = 100, filesPer = 20): Commit[] {
  return Array.from({ length: count }, (_, i) => {
    const area = AREAS[i % AREAS.length]!;
    const person = PEOPLE[i % PEOPLE.length]!;
    const email = `${person.split(' ')[0]!.toLowerCase()}@agency.dev`;
    return {
      hash: i.toString(16).padStart(40, '0'),
      parents: [(i + 1).toString(16).padStart(40, '0')],
      authorName: person,
      authorEmail: email,
      committerName: person,
      committerEmail: email,
      date: `2026-11-${String(19 + (i % 8)).padStart(2, '0')}T10:00:00+01:00`,
      subject: SUBJECTS[i % SUBJECTS.length]!.replace(/%a/g, area).replace(/%n/g, String(100 + i)),
      body:
        i % 5 === 0
          ? `Details for ${person}.\n\nClient-Note: The ${area} page now loads faster (${i}).\nCo-authored-by: ${PEOPLE[(i + 1) % PEOPLE.length]} <x${i}@agency.dev>`
          : '',
      files: Array.from(
        { length: filesPer },
        (_, f) => `src/${AREAS[(i + f) % AREAS.length]}/module${f % 7}/file${i}-${f}.ts`,
      ),
    };
  });
}

/** A project.yaml with ten milestones and ten red flags, each with paths. */
export function syntheticProject(): ProjectFile {
  return {
    version: 1,
    project: { name: 'Acme Portal', client: 'Acme Corp', language: 'fr', phase: 'delivery' },
    team: PEOPLE.map((name) => ({ name, aliases: [name.split(' ')[0]!.toLowerCase()] })),
    client: { contacts: [{ name: 'Jeanne Dupont', approves: ['scope'] }], departments: [] },
    communication: { cadence: 'weekly', day: 'thursday' },
    phases: [{ id: 'delivery', title: 'Livraison', checklist: [] }],
    milestones: AREAS.map((a, i) => ({
      id: a,
      title: `Module ${a}`,
      due: `2026-12-${String(1 + i).padStart(2, '0')}`,
      paths: [`src/${a}/**`],
      status: 'on-track' as const,
    })),
    client_tasks: [
      { id: 'keys', title: 'Clés API de production', owner: 'Jeanne Dupont', due: '2026-11-20', status: 'open' },
    ],
    decisions: [
      { id: 'sso', question: 'Fournisseur SSO', needs: ['Jeanne Dupont'], due: '2026-11-30', status: 'open' },
    ],
    red_flags: AREAS.map((a) => ({
      id: `flag-${a}`,
      title: `Risque ${a}`,
      kind: 'untested' as const,
      severity: 'high' as const,
      paths: [`src/${a}/module3/**`],
      mitigation: 'Tests',
      client_visible: true,
      status: 'open' as const,
    })),
  };
}

/** The middle value. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// Wall time is what the budget is about; CPU time is printed beside it because on a busy machine (other
// processes on the same 2 cores) wall time measures the machine, not the draft.
function timed(run: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

/** Times `draftStatus` on 100 synthetic commits of ~20 files: the first draft in the process, then warm. */
export async function bench(): Promise<BenchRow[]> {
  const input: DraftInput = {
    project: syntheticProject(),
    commits: syntheticCommits(),
    range: { from: '2026-11-19', to: '2026-11-26' },
    today: '2026-11-26',
  };
  const files = input.commits.reduce((n, c) => n + c.files.length, 0);
  const first = timed(() => draftStatus(input));
  const runs = Array.from({ length: 7 }, () => timed(() => draftStatus(input)));
  const wall = median(runs.map((r) => r.wall));
  const cpu = median(runs.map((r) => r.cpu));
  const what = `status draft, ${input.commits.length} commits, ${files.toLocaleString('en')} file names`;
  return [
    await bigMailmapRow(),
    {
      name: `${what} (first in process)`,
      budget: '< 150 ms',
      measured: `${first.wall.toFixed(1)} ms (cpu ${first.cpu.toFixed(1)} ms)`,
      ok: first.wall < 150,
    },
    {
      name: `${what} (median of 7)`,
      budget: '< 150 ms',
      measured: `${wall.toFixed(1)} ms (cpu ${cpu.toFixed(1)} ms)`,
      ok: wall < 150,
    },
  ];
}

// Issue 12: a 200 KB .mailmap made `candor status` take 41 s (a backtracking regex). Read from disk and drafted
// with 5,000 distinct authors: every step from the file to the draft must stay linear.
async function bigMailmapRow(): Promise<BenchRow> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-bench-mailmap-'));
  try {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      // Some lines are malformed on purpose: a long name with no closing ">" is what made the old regex backtrack.
      const line =
        i % 50 === 0
          ? `Broken${i} ${'x'.repeat(2000)} <no-close${i}@old.example`
          : `Person${i} Family${i % 97} <p${i}@example.org> old${i} <old.p${i}@laptop.example>`;
      lines.push(line);
      size += line.length + 1;
    }
    fs.writeFileSync(path.join(dir, '.mailmap'), lines.join('\n'));
    const commits = syntheticCommits(5000, 2).map((c, i) => ({
      ...c,
      authorName: `Author${i} Family${i}`,
      authorEmail: `a${i}@agency.dev`,
    }));
    const draft = async () => {
      const mailmap = await readMailmap(dir);
      draftStatus({
        project: syntheticProject(),
        commits,
        range: { from: '2026-11-19', to: '2026-11-26' },
        today: '2026-11-26',
        options: { mailmapNames: [...mailmap.names, ...mailmap.emails] },
      });
    };
    const runs: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      await draft();
      const used = process.cpuUsage(cpu);
      runs.push({ wall: performance.now() - start, cpu: (used.user + used.system) / 1000 });
    }
    const wall = median(runs.map((r) => r.wall));
    const cpu = median(runs.map((r) => r.cpu));
    return {
      name: 'status draft, 1 MB .mailmap from disk, 5,000 distinct authors (median of 3)',
      budget: '< 1 s',
      measured: `${wall.toFixed(0)} ms (cpu ${cpu.toFixed(0)} ms)`,
      ok: wall < 1000,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
