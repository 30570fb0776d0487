// The printed report of the draft harness (bench/drafts.ts): one block per window, one table row per repo.
import type { DraftReading } from './_draftChecks';

/** What one window of one repository gave. */
export interface WindowReport {
  label: string;
  error?: string;
  commits?: number;
  /** Commits of the bare `git log` (capped like the draft's read): differs from `commits` only on a bug. */
  logCommits: number;
  truncated?: boolean;
  notes?: string[];
  hidden?: Record<string, number | undefined>;
  redactions?: number;
  redactionSources?: Record<string, number>;
  warnings?: string[];
  reading?: DraftReading;
  /** The same draft with every line shown (no "and N smaller changes"), for the line checks. */
  allLines?: DraftReading;
  /** Medians: the whole draftFromRepo, readCommits alone, and the bare git log of the same commits. */
  timing: { draftMs: number; logMs: number; readMs?: number; draftCpuMs?: number; logCpuMs?: number };
  markdown?: string;
  /** With --drafts: the same draft with every line shown, where the line checks looked. */
  fullMarkdown?: string;
}

/** Every window of one repository. */
export interface RepoReport {
  name: string;
  folder: string;
  today: string;
  topFolders: string[];
  windows: WindowReport[];
}

const ratio = (t: WindowReport['timing']) => t.draftMs / Math.max(t.logMs, 0.001);
const cpuRatio = (t: WindowReport['timing']) => (t.draftCpuMs ?? 0) / Math.max(t.logCpuMs ?? 0, 0.001);
const cpuText = (t: WindowReport['timing']) =>
  t.draftCpuMs === undefined
    ? ''
    : `; CPU ${t.draftCpuMs.toFixed(0)} vs ${t.logCpuMs?.toFixed(0)} ms (${cpuRatio(t).toFixed(1)}x)`;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const list = (record: Record<string, number | undefined> | undefined) =>
  Object.entries(record ?? {})
    .filter(([, n]) => n)
    .sort((a, b) => b[1]! - a[1]!)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || 'none';

/** One block per window: counts, sections, labels, failed checks with examples, timing. */
export function printRepo(repo: RepoReport, showDrafts: boolean): void {
  console.log(
    `\n=== ${repo.name} (${repo.folder}), newest commit ${repo.today}; top folders ${repo.topFolders.slice(0, 5).join(', ')}`,
  );
  for (const w of repo.windows) {
    const t = w.timing;
    console.log(`\n--- ${repo.name}: ${w.label}`);
    const read = t.readMs === undefined ? '' : ` (readCommits ${t.readMs.toFixed(0)} ms)`;
    const time = `draft ${t.draftMs.toFixed(0)} ms${read} vs bare git log ${t.logMs.toFixed(0)} ms (${ratio(t).toFixed(1)}x)${cpuText(t)}`;
    if (w.error || !w.reading) {
      console.log(`  error: ${w.error}; ${time}`);
      continue;
    }
    const r = w.reading;
    const mismatch = w.commits === w.logCommits ? '' : ` [bare git log read ${w.logCommits}]`;
    console.log(`  commits read ${w.commits}${w.truncated ? ' (cut at 1,000)' : ''}${mismatch}; ${time}`);
    console.log(`  ${r.period ?? '(no period line)'}`);
    const sections = Object.entries(r.items)
      .filter(([s, n]) => n > 0 || /^(Delivered|Fixed)$/.test(s))
      .map(([s, n]) => `${s} ${n}${r.smaller[s] ? ` (+${r.smaller[s]} smaller)` : ''}`);
    console.log(`  items: ${sections.join(', ')}`);
    console.log(`  hidden: ${list(w.hidden)}`);
    console.log(
      `  redactions ${w.redactions}; by source: ${w.redactionSources ? list(w.redactionSources) : 'not exposed'}`,
    );
    console.log(
      `  labels (${r.folderLabels} of ${r.labelled} folder-ish, ${r.topFolderLabels} top folders): ${list(r.labels)}`,
    );
    console.log(`  warnings: ${w.warnings?.length ? w.warnings.join(', ') : 'none'}`);
    const failed = Object.entries(r.failures);
    if (failed.length === 0) console.log('  checks: all pass');
    for (const [check, examples] of failed) console.log(`  FAIL ${check}: ${examples.map((e) => `«${e}»`).join(' ')}`);
    if (w.allLines) console.log(`  every line: ${lineSummary(w.allLines)}`);
    if (showDrafts && w.markdown) console.log(`\n${w.markdown.replace(/^/gm, '  | ')}`);
    if (showDrafts && w.fullMarkdown) console.log(`\n  every line:\n${w.fullMarkdown.replace(/^/gm, '  : ')}`);
  }
}

// Checks that concern a line, and which summary column each falls in.
const LINE_COLUMNS: Record<string, (check: string) => boolean> = {
  people: (c) => /name of the range|email|handle/.test(c),
  damaged: (c) => /code span|the team|internal marker|prefix left/.test(c),
  dangling: (c) => /dangling|bracket|gap/.test(c),
};
const isLineCheck = (check: string) => Object.values(LINE_COLUMNS).some((f) => f(check));

/** The line checks of a draft with every line shown: labels, then each failed check with its count. */
function lineSummary(r: DraftReading): string {
  const lines = sum(
    Object.entries(r.items)
      .filter(([s]) => /^(Delivered|Fixed)$/.test(s))
      .map(([, n]) => n),
  );
  const failed = Object.entries(r.counts).filter(([c]) => isLineCheck(c));
  return `${lines} lines, ${r.folderLabels} folder-ish and ${r.topFolderLabels} top-folder labels of ${r.labelled}; ${failed.length ? failed.map(([c, n]) => `${c} ${n}`).join(', ') : 'no line defect'}`;
}

/** The table: one row per repo, and whether the 1,000-commit draft is within 2x the bare git log. */
export function printSummary(repos: readonly RepoReport[], load: string): void {
  const header = [
    'repo',
    'windows',
    'commits 7/30/90d',
    'hidden',
    'redactions',
    'lines',
    'folder labels',
    'top-folder labels',
    'names',
    'damaged',
    'dangling',
    'bad heading',
    'bad period',
    'worst ratio',
    '1,000 commits',
  ];
  const rows = repos.map((repo) => summaryRow(repo));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(header)}`);
  for (const row of rows) console.log(line(row));
  console.log(
    '\nhidden, redactions: summed over the windows. lines … dangling: the about-1,000-commits draft with every line',
  );
  console.log(
    'shown (names: lines with a name, email or handle of the range; damaged: "the team" put in, `\\_` in code, CI',
  );
  console.log(
    'markers, ticket or [area] prefixes; dangling: dangling lines, emptied brackets, gaps). bad heading, bad period (or a silent cut at 1,000 commits): windows failing that check.',
  );
  console.log(`worst ratio: draft / bare git log over windows of 100+ commits. ${load}.`);
  console.log('Budget: a draft of 1,000 real commits within 2x the bare git log of the same commits.');
}

function summaryRow(repo: RepoReport): string[] {
  const ok = repo.windows.filter((w) => w.reading);
  const failing = (test: (check: string) => boolean) =>
    String(ok.filter((w) => Object.keys(w.reading!.failures).some(test)).length);
  const count = (label: string) => String(repo.windows.find((w) => w.label === label)?.commits ?? '-');
  const big = ok.filter((w) => (w.commits ?? 0) >= 100);
  const worst = big.length ? Math.max(...big.map((w) => ratio(w.timing))).toFixed(1) + 'x' : '-';
  const thousand = repo.windows.find((w) => w.label.startsWith('about'));
  const cpu = thousand?.timing.draftCpuMs === undefined ? '' : `, CPU ${cpuRatio(thousand.timing).toFixed(1)}x`;
  const budget = thousand
    ? `${ratio(thousand.timing).toFixed(1)}x${cpu} of ${thousand.commits ?? '?'} ${ratio(thousand.timing) <= 2 ? 'ok' : '--'}`
    : '-';
  const all = thousand?.allLines;
  const lines = all
    ? sum(
        Object.entries(all.items)
          .filter(([s]) => /^(Delivered|Fixed)$/.test(s))
          .map(([, n]) => n),
      )
    : 0;
  const share = (n: number) =>
    all && all.labelled ? `${n}/${all.labelled} (${Math.round((100 * n) / all.labelled)}%)` : '-';
  const lineCount = (column: string) =>
    all
      ? String(
          sum(
            Object.entries(all.counts)
              .filter(([c]) => LINE_COLUMNS[column]!(c))
              .map(([, n]) => n),
          ),
        )
      : '-';
  return [
    repo.name,
    `${ok.length}/${repo.windows.length}`,
    `${count('last 7 days')}/${count('last 30 days')}/${count('last 90 days')}`,
    String(sum(ok.map((w) => sum(Object.values(w.hidden ?? {}).map((n) => n ?? 0))))),
    String(sum(ok.map((w) => w.redactions ?? 0))),
    String(lines),
    share(all?.folderLabels ?? 0),
    share(all?.topFolderLabels ?? 0),
    lineCount('people'),
    lineCount('damaged'),
    lineCount('dangling'),
    failing((c) => /title|heading|review|milestone title/.test(c)),
    failing((c) => /period|cut at/.test(c)),
    worst,
    budget,
  ];
}
