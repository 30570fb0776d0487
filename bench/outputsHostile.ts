// What Candor builds from a valid but hostile project.yaml (DESIGN.md: any input under 1 MB is answered in under
// 1 s and 200 MB): each project of test/fixtures/hostile/projects.ts (floods of tasks, decisions, milestones, red
// flags and checklist items up to the loader's node bound, a 500 KB title, Markdown, HTML, escapes, bidi and
// combining characters in every value, dates at the edges, deep globs, every language), at about 1 MB, turned
// into each output in a fresh Node process of its own (bench/_hostile.ts): the reminder, the brief, the client's
// page, the status draft, `candor flags`, `candor check` and the tree. One row per output, its worst project.
import path from 'node:path';
import { hostileOutputProjects } from '../test/fixtures/hostile/projects';
import { bundleAsShipped, runChild, worstRow } from './_hostile';
import type { BenchRow } from './types';

export const OUTPUT_KINDS = ['reminder', 'brief', 'page', 'status', 'flags', 'check', 'tree'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

const SIZE = 1_000_000;
const ROW: Record<OutputKind, string> = {
  reminder: 'hostile projects: reminder',
  brief: 'hostile projects: call brief (--no-git)',
  page: "hostile projects: client's page",
  status: 'hostile projects: status draft',
  flags: 'hostile projects: candor flags (--no-git)',
  check: 'hostile projects: candor check (reads the file)',
  tree: 'hostile projects: tree outline',
};

export async function bench(): Promise<BenchRow[]> {
  const work = path.join(__dirname, '.work', 'outputs-hostile');
  const child = bundleAsShipped(
    path.join(__dirname, '_outputsHostileChild.ts'),
    path.join(work, 'outputsHostileChild.js'),
  );
  // The flags' workers, beside the child as they are beside dist/cli.js.
  for (const worker of ['markerScanWorker', 'coverageWorker'])
    bundleAsShipped(
      path.join(__dirname, '..', 'src', 'node', 'workers', `${worker}.ts`),
      path.join(work, `${worker}.js`),
    );
  const projects = hostileOutputProjects(SIZE);
  return OUTPUT_KINDS.map((kind) =>
    worstRow(
      ROW[kind],
      projects.map(({ name, text }, i) =>
        runChild(child, [String(i), kind, String(SIZE)], { family: kind, name, bytes: Buffer.byteLength(text) }),
      ),
    ),
  );
}
