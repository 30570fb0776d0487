// The client page for 100 saved updates and 200 items (DESIGN.md budget: under a second), built end to end:
// history read from disk, page model, redaction, Markdown rendering, files written. Two rows: the first build in
// the process (markdown-it and Intl loading included) and the median of 5 after it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ProjectFile } from '../src/core/model/schema';
import { buildSite } from '../src/node/report';
import type { BenchRow } from './types';

const DAY_MS = 86_400_000;
const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * DAY_MS).toISOString().slice(0, 10);

/** 200 items: 40 each of milestones, client tasks, decisions, red flags and checklist items; a team of 8. */
function bigProject(): ProjectFile {
  const n = 40;
  const team = Array.from({ length: 8 }, (_, i) => ({
    name: `Member${i} Person${i}`,
    aliases: [`m${i}`, `m${i}@agency.dev`],
  }));
  return {
    version: 1,
    project: { name: 'Big Portal', client: 'Big Client', language: 'fr', phase: 'p1' },
    team,
    client: { contacts: [{ name: 'Jeanne Dupont', approves: ['scope'] }], departments: [] },
    communication: { cadence: 'weekly', day: 'thursday' },
    phases: Array.from({ length: 4 }, (_, p) => ({
      id: `p${p}`,
      title: `Phase ${p}`,
      checklist: Array.from({ length: n / 4 }, (_, i) => ({ id: `c${i}`, text: `Item ${i}`, done: i % 2 === 0 })),
    })),
    milestones: Array.from({ length: n }, (_, i) => ({
      id: `m${i}`,
      title: `Milestone ${i} with Member${i % 8} Person${i % 8}`,
      due: day(300 + i * 7),
      status: 'on-track' as const,
    })),
    client_tasks: Array.from({ length: n }, (_, i) => ({
      id: `t${i}`,
      title: `Task ${i}, ask m${i % 8}@agency.dev`,
      owner: 'Jeanne Dupont',
      due: day(280 + i * 3),
      status: i % 5 === 0 ? ('done' as const) : ('open' as const),
    })),
    decisions: Array.from({ length: n }, (_, i) => ({
      id: `d${i}`,
      question: `Decision ${i}?`,
      needs: ['Jeanne Dupont'],
      due: day(300 + i),
      status: i % 3 === 0 ? ('decided' as const) : ('open' as const),
      outcome: i % 3 === 0 ? `Outcome ${i}` : undefined,
    })),
    red_flags: Array.from({ length: n }, (_, i) => ({
      id: `f${i}`,
      title: `Risk ${i}`,
      kind: 'other' as const,
      severity: 'medium' as const,
      mitigation: `Mitigation ${i}, see https://jira.agency.internal/${i}`,
      client_visible: i % 2 === 0,
      status: 'open' as const,
    })),
  };
}

// A saved update the size of a real one: ~25 lines of lists under five headings, with names and links left in.
function update(i: number): string {
  const items = (h: string) =>
    `## ${h}\n\n${Array.from({ length: 5 }, (_, k) => `- ${h} item ${k} of update ${i}, by Member${k} Person${k} (see https://jira.agency.internal/X-${k})`).join('\n')}\n`;
  return `# Big Portal: update ${i}\n\n${['Delivered', 'Fixed', 'Next', 'Risks', 'Waiting on you'].map(items).join('\n')}`;
}

export async function bench(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-bench-page-'));
  try {
    const history = path.join(dir, 'status');
    fs.mkdirSync(history);
    for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(history, `${day(i * 3)}.md`), update(i));
    const project = bigProject();
    const build = async () => {
      const t0 = performance.now();
      const { files } = await buildSite(project, {
        historyFolder: history,
        outFolder: path.join(dir, 'site'),
        today: day(330),
      });
      if (files.length !== 101) throw new Error(`${files.length} files written`);
      return performance.now() - t0;
    };
    const first = await build();
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push(await build());
    const median = runs.sort((a, b) => a - b)[2]!;
    const size = fs.statSync(path.join(dir, 'site/index.html')).size;
    return [
      {
        name: 'client page, 100 updates + 200 items (first build)',
        budget: '< 1 s',
        measured: `${first.toFixed(0)} ms`,
        ok: first < 1000,
      },
      {
        name: 'client page, 100 updates + 200 items (median of 5)',
        budget: '< 1 s',
        measured: `${median.toFixed(0)} ms, index.html ${(size / 1024).toFixed(0)} KB`,
        ok: median < 1000,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
