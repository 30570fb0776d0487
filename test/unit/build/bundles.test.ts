import * as assert from 'assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BUDGETS,
  bundleFigures,
  distBreakdown,
  duplicatedModules,
  extensionOutputs,
  loadedWith,
  mainBundle,
  requireCycle,
  type Metafile,
} from '../../../scripts/bundleFigures';

const ROOT = path.join(__dirname, '../../..');

// The real build (scripts/build.mjs) into a temp folder, read through the metafile it writes.
describe('the bundles (scripts/build.mjs, read through its metafile)', () => {
  let dir: string;
  let meta: Metafile;

  before(function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-build-'));
    const metafile = path.join(dir, 'metafile.json');
    const build = spawnSync(
      process.execPath,
      ['scripts/build.mjs', '--outdir', path.join(dir, 'dist'), '--metafile', metafile],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.strictEqual(build.status, 0, `the build failed:\n${build.stderr}`);
    meta = JSON.parse(fs.readFileSync(metafile, 'utf8')) as Metafile;
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('puts no module into two of the extension’s files', () => {
    const copies = duplicatedModules(meta).map((d) => `${d.module} in ${d.outputs.join(', ')}`);
    assert.deepStrictEqual(copies, []);
    assert.strictEqual(bundleFigures(meta).duplicated, 0);
  });

  it('sees a module bundled twice when there is one (the check can fail)', () => {
    const main = mainBundle(meta);
    const [module, input] = Object.entries(meta.outputs[main]!.inputs).find(([, i]) => i.bytesInOutput > 0)!;
    const copied: Metafile = {
      outputs: { ...meta.outputs, 'dist/copy.js': { bytes: 10, imports: [], inputs: { [module]: input } } },
    };
    assert.deepStrictEqual(
      duplicatedModules(copied).map((d) => d.module),
      [module],
    );
  });

  // The budget itself is the limit (DESIGN.md, "Budgets"): the bench prints the figure and its margin.
  it('loads at activation less than the main bundle’s budget', () => {
    const { main } = bundleFigures(meta);
    assert.ok(main < BUDGETS.main, `the main bundle is ${(main / 1024).toFixed(1)} KB, over ${BUDGETS.main / 1024} KB`);
  });

  it('breaks dist/ down by package and by folder of src/, rows that add up to what the package ships', () => {
    const rows = distBreakdown(meta);
    const sources = rows.map((r) => r.source);
    const total = bundleFigures(meta).extension;
    assert.strictEqual(
      rows.reduce((sum, r) => sum + r.bytes, 0),
      total,
    );
    // The last row is what no module accounts for (esbuild's wiring): small, never negative, never a package.
    const wiring = rows.at(-1)!;
    assert.strictEqual(wiring.source, 'wiring between the files');
    assert.ok(wiring.bytes >= 0 && wiring.bytes < total / 10, `${wiring.bytes} bytes of ${total}`);
    assert.strictEqual(new Set(sources).size, sources.length, 'each source once');
    for (const source of ['package yaml', 'package markdown-it', 'src/core/lang', 'src/vscode/commands'])
      assert.ok(sources.includes(source), `${source} in ${sources.join(', ')}`);
    assert.ok(!sources.some((s) => /node_modules|\.ts$/.test(s)), sources.join(', '));
  });

  it('has no circle of files that require() each other (CommonJS would see half-loaded exports)', () => {
    assert.strictEqual(requireCycle(meta), undefined);
  });

  // A family that a small bundle needs alone has its own registry file (src/core/lang/words.ts, git.ts,
  // coverage.ts): importing the registry of every family instead pulled all four packs into the worker.
  it('gives the workers and the words bundle only the families of the packs they use', () => {
    const families = (entry: string) => {
      const output = extensionOutputs(meta).find((o) => path.basename(o) === entry)!;
      const inputs = [...loadedWith(meta, output)].flatMap((o) => Object.keys(meta.outputs[o]!.inputs));
      return new Set(inputs.flatMap((i) => /src\/core\/lang\/\w\w\/(\w+)\.ts$/.exec(i)?.[1] ?? []));
    };
    // size.ts: how each language writes a file's size, which the coverage and words families share.
    assert.deepStrictEqual([...families('coverageWorker.js')].sort(), ['coverage', 'size']);
    assert.deepStrictEqual([...families('markerScanWorker.js')], []);
    assert.deepStrictEqual([...families('words.js')].sort(), ['size', 'words']);
  });

  it('keeps the later-loaded bundles and the workers out of what activation loads', () => {
    const atActivation = [...loadedWith(meta, mainBundle(meta))].map((o) => path.basename(o));
    const apart = extensionOutputs(meta)
      .map((o) => path.basename(o))
      .filter((name) => !name.startsWith('chunk-') && name !== 'extension.js');
    assert.ok(apart.includes('afterPaint.js') && apart.includes('draft.js'), `entries: ${apart.join(', ')}`);
    assert.deepStrictEqual(
      apart.filter((name) => atActivation.includes(name)),
      [],
    );
  });
});
