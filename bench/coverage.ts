// Coverage parsing throughput on generated ~30 MB reports (DESIGN.md: 150 MB/s or more), and our lcov parser against `lcov-parse` on the same file. The reports are written
// to bench/.work/ (gitignored) so they can be inspected; timing starts after the file is read, and the best of
// seven runs after a warm-up is kept (the JIT is warm in a running extension host; best-of resists a busy
// machine). Each run is timed twice: wall clock, and this process's CPU time. The budget is judged on CPU
// time: on a shared machine other processes stretch the wall clock (a load average of 10 on 2 cores doubles
// or triples it), while CPU time stays what the parse costs, i.e. its wall time on the idle 2-core machine
// DESIGN.md's figures are for. Both are printed. The parsers are measured as they ship: bundled by esbuild,
// not through tsx's per-module interop. A raw scan of the same text (every newline found with indexOf;
// JSON.parse alone) is measured in the same run as a baseline. MB = 1,000,000 bytes.
// Then the hostile corpus (test/fixtures/coverage/hostile/): every input under 1 MB, parsed and mapped to its
// workspace in a fresh process each, against DESIGN.md's "under 1 s and 200 MB, whatever its shape": the worst
// CPU time and the worst peak memory (the child's peak RSS over its RSS before the parse) are reported.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as Detect from '../src/core/coverage/detect';
import type { CoverageFormat, CoverageReport } from '../src/core/coverage/types';
import type { Result } from '../src/core/result';
import { hostileCorpus } from '../test/fixtures/coverage/hostile';
import { bundleAsShipped, runChild, worstRow } from './_hostile';
import type { BenchRow } from './types';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- lcov-parse is CommonJS without types
const lcovParse = require('lcov-parse') as { source(text: string, cb: (err: unknown, data?: unknown[]) => void): void };

const WORK = path.join(__dirname, '.work');
const TARGET_BYTES = 30e6;
const LINES_PER_FILE = 400;

/** Deterministic hits: most lines run a few times, one in seven never (an uncovered branch). */
function hitsFor(file: number, line: number): number {
  return (file * 31 + line * 17) % 7 === 0 ? 0 : ((file + line) % 13) + 1;
}

function filePath(file: number): string {
  return `/home/ci/build/acme-portal/src/area${file % 23}/module${file % 101}/file${file}.ts`;
}

/** lcov as c8/nyc write it: FN, FNDA, DA, BRDA and the summary keys for every file. */
export function generateLcov(targetBytes = TARGET_BYTES): string {
  const parts: string[] = [];
  let size = 0;
  for (let f = 0; size < targetBytes; f++) {
    let rec = `TN:\nSF:${filePath(f)}\n`;
    for (let fn = 0; fn < 10; fn++) rec += `FN:${fn * 40 + 1},fn${fn}\nFNDA:${hitsFor(f, fn)},fn${fn}\n`;
    for (let l = 1; l <= LINES_PER_FILE; l++) rec += `DA:${l},${hitsFor(f, l)}\n`;
    for (let b = 0; b < 20; b++) rec += `BRDA:${b * 20 + 3},${b},0,${hitsFor(f, b)}\n`;
    rec += `LF:${LINES_PER_FILE}\nLH:${LINES_PER_FILE - 57}\nBRF:20\nBRH:17\nend_of_record\n`;
    parts.push(rec);
    size += rec.length;
  }
  return parts.join('');
}

/** coverage-final.json: a statement a line, with the fnMap and branchMap entries real reports carry. */
export function generateIstanbul(targetBytes = TARGET_BYTES): string {
  const parts: string[] = [];
  let size = 2;
  for (let f = 0; size < targetBytes; f++) {
    const statementMap: string[] = [];
    const s: string[] = [];
    for (let l = 1; l <= LINES_PER_FILE; l++) {
      statementMap.push(`"${l - 1}":{"start":{"line":${l},"column":2},"end":{"line":${l},"column":${20 + (l % 40)}}}`);
      s.push(`"${l - 1}":${hitsFor(f, l)}`);
    }
    const fnMap = `"0":{"name":"fn0","decl":{"start":{"line":1,"column":9},"end":{"line":1,"column":12}},"loc":{"start":{"line":1,"column":0},"end":{"line":40,"column":1}},"line":1}`;
    const entry = `"${filePath(f)}":{"path":"${filePath(f)}","statementMap":{${statementMap.join(',')}},"fnMap":{${fnMap}},"branchMap":{},"s":{${s.join(',')}},"f":{"0":1},"b":{}}`;
    parts.push(entry);
    size += entry.length + 1;
  }
  return `{${parts.join(',')}}`;
}

/** Cobertura as Istanbul writes it: methods (whose lines are skipped) then one <line> per line. */
export function generateCobertura(targetBytes = TARGET_BYTES): string {
  const parts = [
    '<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n<coverage lines-valid="1" lines-covered="1" line-rate="1" branches-valid="0" branches-covered="0" branch-rate="1" timestamp="1" complexity="0" version="0.1">\n<sources><source>/home/ci/build/acme-portal</source></sources>\n<packages><package name="main" line-rate="1" branch-rate="1"><classes>\n',
  ];
  let size = parts[0]!.length;
  for (let f = 0; size < targetBytes; f++) {
    let cls = `<class name="file${f}.ts" filename="${filePath(f).slice(27)}" line-rate="0.85" branch-rate="0.8"><methods><method name="fn0" hits="1" signature="()V"><lines><line number="1" hits="1"/></lines></method></methods><lines>\n`;
    for (let l = 1; l <= LINES_PER_FILE; l++) {
      const h = hitsFor(f, l);
      cls +=
        l % 10 === 0
          ? `<line number="${l}" hits="${h}" branch="true" condition-coverage="50% (1/2)"/>\n`
          : `<line number="${l}" hits="${h}" branch="false"/>\n`;
    }
    cls += '</lines></class>\n';
    parts.push(cls);
    size += cls.length;
  }
  parts.push('</classes></package></packages></coverage>\n');
  return parts.join('');
}

/** Best of seven runs after one warm-up, in ms of wall clock and of CPU time. */
function time(run: () => unknown): { wall: number; cpu: number } {
  run();
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    run();
    const used = process.cpuUsage(usage);
    wall = Math.min(wall, performance.now() - started);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

function write(name: string, text: string): string {
  fs.mkdirSync(WORK, { recursive: true });
  const file = path.join(WORK, name);
  fs.writeFileSync(file, text);
  return fs.readFileSync(file, 'utf8');
}

function lines(result: Result<CoverageReport>): number {
  if (!result.ok) throw new Error(`bench report did not parse: ${result.issues[0]?.message}`);
  return result.value.files.reduce((n, f) => n + f.lines.lines.length, 0);
}

/** The parsers bundled the way scripts/build.mjs bundles the extension (minified, node20). */
function shippedParsers(): (format: CoverageFormat) => (text: string) => Result<CoverageReport> {
  const outfile = bundleAsShipped(
    path.join(__dirname, '..', 'src', 'core', 'coverage', 'detect.ts'),
    path.join(WORK, 'coverageParsers.js'),
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle just built, loaded as the extension loads it
  return (require(outfile) as typeof Detect).parserFor;
}

function newlineScan(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function mbps(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

function throughput(
  name: string,
  budget: number,
  text: string,
  parse: (t: string) => Result<CoverageReport>,
  baseline: { name: string; run: () => unknown },
): BenchRow {
  const count = lines(parse(text));
  const ms = time(() => parse(text));
  const rate = mbps(text.length, ms.cpu);
  const base = time(baseline.run);
  return {
    name: `${name} parse, ${(text.length / 1e6).toFixed(1)} MB`,
    budget: `>= ${budget} MB/s`,
    measured: `${rate.toFixed(0)} MB/s CPU, ${mbps(text.length, ms.wall).toFixed(0)} MB/s wall (${ms.cpu.toFixed(0)} / ${ms.wall.toFixed(0)} ms, ${count.toLocaleString('en')} lines; baseline ${baseline.name} ${mbps(text.length, base.cpu).toFixed(0)} MB/s CPU)`,
    ok: rate >= budget,
  };
}

export async function bench(): Promise<BenchRow[]> {
  const lcov = write('coverage.lcov.info', generateLcov());
  const json = write('coverage-final.json', generateIstanbul());
  const cobertura = write('cobertura-coverage.xml', generateCobertura());
  const parser = shippedParsers();
  const scan = (text: string) => ({ name: 'newline scan', run: () => newlineScan(text) });
  const rows = [
    throughput('lcov', 150, lcov, parser('lcov'), scan(lcov)),
    throughput('Istanbul JSON', 150, json, parser('istanbul'), {
      name: 'JSON.parse alone',
      run: () => JSON.parse(json),
    }),
    throughput('Cobertura', 150, cobertura, parser('cobertura'), scan(cobertura)),
  ];
  const parseLcov = parser('lcov');
  const ours = time(() => parseLcov(lcov));
  const theirs = time(() =>
    lcovParse.source(lcov, (err) => {
      if (err) throw new Error(String(err));
    }),
  );
  rows.push({
    name: 'lcov parse vs lcov-parse, same file',
    budget: 'faster than lcov-parse',
    measured: `${(theirs.cpu / ours.cpu).toFixed(1)}x faster in CPU time (${ours.cpu.toFixed(0)} ms vs ${theirs.cpu.toFixed(0)} ms; wall ${ours.wall.toFixed(0)} vs ${theirs.wall.toFixed(0)} ms)`,
    ok: ours.cpu < theirs.cpu,
  });
  rows.push(...hostile());
  return rows;
}

/** Runs every hostile input in its own bundled child process; one row per family, then the worst overall. */
function hostile(): BenchRow[] {
  const dir = path.join(WORK, 'hostile');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const child = bundleAsShipped(
    path.join(__dirname, '_coverageHostileChild.ts'),
    path.join(WORK, 'coverageHostileChild.js'),
  );
  const runs = hostileCorpus().map((c, i) => {
    const file = path.join(dir, `${i}.${c.format}`);
    fs.writeFileSync(file, c.text);
    fs.writeFileSync(`${file}.json`, JSON.stringify({ format: c.format, workspace: c.workspace, options: c.options }));
    return runChild(child, [file], { family: c.family, name: c.name, bytes: Buffer.byteLength(c.text) });
  });
  const families = [...new Set(runs.map((r) => r.family))];
  return [
    ...families.map((f) =>
      worstRow(
        `hostile ${f}`,
        runs.filter((r) => r.family === f),
      ),
    ),
    worstRow('hostile coverage corpus, all', runs),
  ];
}
