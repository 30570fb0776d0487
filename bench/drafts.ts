// The draft quality harness: `npm run bench -- drafts <repo>... [--json] [--drafts] [--runs N] [--windows TEXT]`.
// On any local clone it drafts a set of windows through Candor's real code path (draftFromRepo: git reading,
// .mailmap and drafting): the last 7, 30 and 90 days before the repo's newest commit (that commit's date is
// "today", never the machine's clock), since each of the last 3 tags reachable from HEAD, since a fixed date,
// about 1,000 commits (since the date of the 1,000th newest), and 30 days again with a two-milestone project on the repo's two biggest top
// folders. The project.yaml is built in memory (folder name, English, no milestones): nothing is written to
// the clones. Per window it prints commits read, items per section, hidden commits by reason, redactions (by
// source when the draft exposes them), labels (and how many are folder names), the text checks of
// bench/_draftChecks.ts (also run on the same draft with every line shown), and the draft's time beside the
// bare `git log` of the same commits (their hashes, no walk) in the same run: wall medians, and the mean CPU time of the process and its
// git children, which the machine's load does not inflate. A summary table ends the report, one row per repo.
// `--json` prints everything as JSON instead, `--drafts` adds each draft's Markdown, `--runs N` sets the timed
// runs (3), `--windows TEXT` keeps the windows whose label contains TEXT (`--windows about`: the 1,000-commit
// budget alone).
import { execFileSync, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CommitRange } from '../src/core/git/range';
import { wordLogNote } from '../src/core/git/logNotes';
import { en } from '../src/core/lang/en/words';
import { loadProject } from '../src/core/model/load';
import type { ProjectFile } from '../src/core/model/schema';
import { LOG_FORMAT, parseLog, readCommits } from '../src/node/git/log';
import { draftFromRepo } from '../src/node/statusDraft';
import { cpuMs } from './git';
import { peopleOf, readDraft, type DraftReading } from './_draftChecks';
import { printRepo, printSummary, type RepoReport, type WindowReport } from './_draftReport';

const MAX_COMMITS = 1000;
const DAY_MS = 86_400_000;

interface Repo {
  name: string;
  folder: string;
  today: Date;
  /** The commit date of the 1,000th newest commit: "since" it, a range of about 1,000 commits. */
  thousandth: string;
  tags: { name: string; date: string }[];
  topFolders: string[];
}

interface Window {
  label: string;
  range: CommitRange;
  /** The first day the period should start on, for the period check. */
  expectedFrom: string;
  milestones: boolean;
}

/** Runs the harness on the repositories named in `args`; prints text or JSON. */
export async function runDraftHarness(args: readonly string[]): Promise<void> {
  const json = args.includes('--json');
  const showDrafts = args.includes('--drafts');
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 3) : 3;
  const only = args[args.indexOf('--windows') + 1];
  const pick = (w: Window) => !args.includes('--windows') || w.label.includes(only ?? '');
  const folders = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs' && args[i - 1] !== '--windows');
  if (folders.length === 0) {
    console.error('usage: npm run bench -- drafts <repo>... [--json] [--drafts] [--runs N] [--windows TEXT]');
    process.exitCode = 2;
    return;
  }
  const reports: RepoReport[] = [];
  for (const folder of folders) {
    const repo = readRepo(path.resolve(folder));
    process.stderr.write(`drafts: ${repo.name} (newest commit ${repo.today.toISOString()})\n`);
    const windows: WindowReport[] = [];
    for (const window of windowsOf(repo).filter(pick)) windows.push(await runWindow(repo, window, runs, showDrafts));
    const report: RepoReport = {
      name: repo.name,
      folder: repo.folder,
      today: repo.today.toISOString(),
      topFolders: repo.topFolders,
      windows,
    };
    reports.push(report);
    if (!json) printRepo(report, showDrafts);
  }
  const load = `load ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores, ${runs} timed run(s) per window`;
  if (json) console.log(JSON.stringify({ load, repos: reports }, null, 2));
  else printSummary(reports, load);
}

function git(folder: string, args: string[]): string {
  return execFileSync('git', ['-C', folder, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
}

function readRepo(folder: string): Repo {
  const today = new Date(git(folder, ['log', '-1', '--format=%cI', 'HEAD']).trim());
  const dates = git(folder, ['log', `--max-count=${MAX_COMMITS}`, '--format=%cI', 'HEAD'])
    .trim()
    .split('\n');
  const thousandth = new Date(dates[dates.length - 1]!).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const tagNames = git(folder, ['tag', '--merged', 'HEAD', '--sort=-creatordate'])
    .split('\n')
    .filter(Boolean)
    .slice(0, 3);
  const tags = tagNames.map((name) => ({
    name,
    date: git(folder, ['log', '-1', '--format=%cI', `refs/tags/${name}`]).trim(),
  }));
  const counts = new Map<string, number>();
  // NUL-separated: git quotes a path with non-ASCII letters (`"site/é.ts"`) in its line form, which broke the
  // YAML of the milestones on a project whose files have accented names.
  for (const file of git(folder, ['ls-tree', '-r', '-z', '--name-only', 'HEAD']).split('\0')) {
    const slash = file.indexOf('/');
    if (slash > 0) counts.set(file.slice(0, slash), (counts.get(file.slice(0, slash)) ?? 0) + 1);
  }
  const topFolders = [...counts].sort((a, b) => b[1] - a[1]).map(([f]) => f);
  return { name: path.basename(folder), folder, today, thousandth, tags, topFolders };
}

function windowsOf(repo: Repo): Window[] {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const now = repo.today.getTime();
  const days = (n: number, milestones = false): Window => ({
    label: `last ${n} days${milestones ? ', 2 milestones' : ''}`,
    range: { kind: 'days', value: n },
    expectedFrom: day(now - n * DAY_MS),
    milestones,
  });
  // A fixed date: the first of the month at least 45 days before the newest commit.
  const back = new Date(now - 45 * DAY_MS);
  const fixed = `${back.toISOString().slice(0, 7)}-01`;
  return [
    days(7),
    days(30),
    days(90),
    ...repo.tags.map((t): Window => ({
      label: `since tag ${t.name}`,
      range: { kind: 'tag', value: t.name },
      expectedFrom: t.date.slice(0, 10),
      milestones: false,
    })),
    { label: `since ${fixed}`, range: { kind: 'date', value: fixed }, expectedFrom: fixed, milestones: false },
    {
      label: `about ${MAX_COMMITS} commits, since ${repo.thousandth}`,
      range: { kind: 'date', value: repo.thousandth },
      expectedFrom: repo.thousandth.slice(0, 10),
      milestones: false,
    },
    days(30, true),
  ];
}

/** A project.yaml for the clone: its folder name, no milestones (or two on its biggest top folders), English. */
function projectFor(repo: Repo, milestones: boolean): ProjectFile {
  const lines = ['version: 1', `project: { name: "${repo.name}", client: Example Client, language: en }`];
  if (milestones) {
    const due = (n: number) => new Date(repo.today.getTime() + n * DAY_MS).toISOString().slice(0, 10);
    lines.push('milestones:');
    repo.topFolders.slice(0, 2).forEach((folder, i) => {
      lines.push(
        `  - { id: m${i + 1}, title: "${milestoneTitle(folder)}", due: ${due(30 * (i + 1))}, paths: ["${folder}/**"], status: on-track }`,
      );
    });
  }
  const loaded = loadProject(lines.join('\n'));
  if (!loaded.ok) throw new Error(`harness project.yaml: ${JSON.stringify(loaded.issues)}`);
  return loaded.value.file;
}

const milestoneTitle = (folder: string) => `${folder.charAt(0).toUpperCase()}${folder.slice(1)} milestone`;

async function runWindow(repo: Repo, window: Window, runs: number, keepDraft: boolean): Promise<WindowReport> {
  const project = projectFor(repo, window.milestones);
  const draft = (maxItemsPerSection?: number) =>
    draftFromRepo(repo.folder, project, window.range, {
      today: repo.today,
      language: 'en',
      draft: { maxItemsPerSection },
    });
  const read = () => readCommits(repo.folder, window.range, { now: repo.today });
  // One warm-up each, then alternate so that the machine's load hits all three alike.
  let result = await draft();
  const first = await read();
  const bare = bareLog(repo, first.ok ? first.value.commits.map((c) => c.hash) : []);
  let log = await bare();
  const times = { draft: [] as number[], log: [] as number[], read: [] as number[] };
  const cpu = { draft: 0, log: 0 };
  const time = async <T>(into: number[], run: () => Promise<T>, cpuOf?: keyof typeof cpu): Promise<T> => {
    const [t, c] = [performance.now(), cpuMs()];
    const value = await run();
    into.push(performance.now() - t);
    if (cpuOf) cpu[cpuOf] += (cpuMs() - c) / runs;
    return value;
  };
  for (let i = 0; i < runs; i++) {
    result = await time(times.draft, draft, 'draft');
    log = await time(times.log, bare, 'log');
    await time(times.read, read);
  }
  const timing = {
    draftMs: median(times.draft),
    logMs: median(times.log),
    readMs: median(times.read),
    draftCpuMs: cpu.draft,
    logCpuMs: cpu.log,
  };
  const commits = parseLog(log).commits;
  if (!result.ok) return { label: window.label, error: result.message, timing, logCommits: commits.length };
  const people = peopleOf(commits.flatMap((c) => [c.authorName, c.committerName]));
  const ctx = {
    projectName: repo.name,
    milestoneTitles: window.milestones ? project.milestones.map((m) => m.title) : [],
    people,
    topFolders: repo.topFolders,
  };
  const reading: DraftReading = readDraft(result.draft.markdown, ctx);
  checkPeriod(reading, window.expectedFrom);
  // Read defensively: the wording of the cut's note changes with the range rules.
  const notes = result.notes.map((n) => wordLogNote(n, en.log));
  const truncated =
    result.notes.some((n) => n.code === 'leftOut') || result.draft.warnings.some((w) => /left out/.test(w.message));
  // A cut must be said in the text the client reads, not only in a note to the tech lead.
  if (truncated && !/\b1,?000\b/.test(result.draft.markdown))
    (reading.failures['cut at 1,000 commits, draft silent'] ??= []).push(reading.period ?? '');
  // The same draft with every line shown, untimed: the line checks then see every commit that became a line.
  const full = await draft(100_000);
  return {
    label: window.label,
    commits: result.commits,
    logCommits: commits.length,
    truncated,
    notes,
    hidden: result.draft.stats.hidden,
    redactions: result.draft.stats.redactions,
    redactionSources: redactionSources(result.draft),
    warnings: result.draft.warnings.map((w) => w.kind),
    reading,
    allLines: full.ok ? readDraft(full.draft.markdown, ctx) : undefined,
    timing,
    markdown: keepDraft ? result.draft.markdown : undefined,
    fullMarkdown: keepDraft && full.ok ? full.draft.markdown : undefined,
  };
}

/**
 * The bare `git log` of the same commits: the hashes readCommits returned, given on stdin without a walk, with
 * the same format and file names. Whatever range rules the product follows, git is timed on the same commits.
 */
function bareLog(repo: Repo, hashes: readonly string[]): () => Promise<string> {
  const args = ['log', '--no-walk=unsorted', '--stdin', '-z', '--name-only', '--no-renames', LOG_FORMAT];
  return () =>
    new Promise((resolve, reject) => {
      const child = spawn('git', args, { cwd: repo.folder, stdio: ['pipe', 'pipe', 'ignore'] });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => chunks.push(d));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`git log exited ${code}`)),
      );
      child.stdin.end(hashes.length ? `${hashes.join('\n')}\n` : '');
    });
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// The period must start where the window starts (a tag's date, not the oldest commit's), give or take a day.
function checkPeriod(reading: DraftReading, expectedFrom: string): void {
  const from = /^Period: (\d{1,2}) (\w+) (\d{4})/.exec(reading.period ?? '');
  const month = from ? MONTHS.indexOf(from[2]!.toLowerCase()) : -1;
  if (!from || month < 0) {
    (reading.failures['period unreadable'] ??= []).push(reading.period ?? '(no period line)');
    return;
  }
  const written = Date.UTC(Number(from[3]), month, Number(from[1]));
  if (Math.abs(written - Date.parse(`${expectedFrom}T00:00:00Z`)) > DAY_MS) {
    (reading.failures['period starts elsewhere'] ??= []).push(`${reading.period} (window starts ${expectedFrom})`);
  }
}

/**
 * Redactions by source, when the draft says where each removed word came from: every object with a string
 * `source` in an array called `removed` (DraftResult.explain) or `removals`, anywhere in the result (read
 * defensively: older drafts have none).
 */
export function redactionSources(draft: unknown): Record<string, number> | undefined {
  const counts: Record<string, number> = {};
  const seen = new Set<object>();
  let found = false;
  const walk = (value: unknown, key: string, depth: number): void => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 8) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const entry of value) {
        const source =
          key === 'removals' || key === 'removed' ? (entry as { source?: unknown } | null)?.source : undefined;
        if (typeof source === 'string') {
          found = true;
          counts[source] = (counts[source] ?? 0) + 1;
        } else walk(entry, key, depth + 1);
      }
      return;
    }
    for (const [k, v] of Object.entries(value)) if (k !== 'markdown' && k !== 'text') walk(v, k, depth + 1);
  };
  walk(draft, '', 0);
  // A draft that explains itself but lists no removal says so: an empty record, not "not exposed".
  return found || Array.isArray((draft as { explain?: unknown } | null)?.explain) ? counts : undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
