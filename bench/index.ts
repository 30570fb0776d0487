// `npm run bench`: runs every bench/*.ts that exports `bench()` and prints each DESIGN.md budget beside its
// measured value. Exits 0 even when a budget is missed: the table is the report.
// `npm run bench -- drafts <repo>... [--json]` runs the draft quality harness (bench/drafts.ts) on local clones
// instead; any other arguments pick benchmark files by the start of their name.
import fs from 'node:fs';
import path from 'node:path';
import type { runDraftHarness } from './drafts';
import type { Bench, BenchRow } from './types';

const only = process.argv.slice(2);
const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f) && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

async function main(): Promise<void> {
  if (only[0] === 'drafts') {
    const harness = (await import(path.join(__dirname, 'drafts.ts'))) as { runDraftHarness: typeof runDraftHarness };
    return harness.runDraftHarness(only.slice(1));
  }
  const rows: BenchRow[] = [];
  for (const file of files) {
    const mod = (await import(path.join(__dirname, file))) as { bench?: Bench };
    if (!mod.bench) continue;
    process.stderr.write(`bench: ${file}\n`);
    try {
      rows.push(...(await mod.bench()));
    } catch (error) {
      // One broken benchmark must not hide the others' figures.
      rows.push({
        name: `${file} did not run`,
        budget: '-',
        measured: String(error instanceof Error ? error.message : error)
          .split('\n')[0]!
          .slice(0, 200),
        ok: false,
      });
    }
  }
  print(rows);
}

function print(rows: BenchRow[]): void {
  const widths = [Math.max(...rows.map((r) => r.name.length), 4), Math.max(...rows.map((r) => r.budget.length), 6)];
  console.log(`\n${'what'.padEnd(widths[0]!)}  ${'budget'.padEnd(widths[1]!)}  ok  measured`);
  for (const r of rows)
    console.log(
      `${r.name.padEnd(widths[0]!)}  ${r.budget.padEnd(widths[1]!)}  ${r.ok === undefined ? '  ' : r.ok ? 'ok' : '--'}  ${r.measured}`,
    );
  const budgets = rows.filter((r) => r.ok !== undefined);
  console.log(`\n${budgets.filter((r) => r.ok).length} of ${budgets.length} budgets met`);
}

void main();
