// The bundle figures of a build, read from the metafile that scripts/build.mjs writes (out/metafile.json): what
// activation loads, what the package ships, and any module bundled twice. `npm run bench` prints them beside
// their budgets (bench/bundles.ts); test/unit/build/bundles.test.ts fails on a copy, a require() cycle, or a main bundle over its budget.

/** DESIGN.md's budgets, in bytes: what activation loads, and what the package ships (dist/ but the CLI). */
export const BUDGETS = { main: 200 * 1024, extension: 500 * 1024 } as const;

/** The parts of esbuild's metafile read here. */
export interface Metafile {
  outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }>; imports: Import[] }>;
}
interface Import {
  path: string;
  external?: boolean;
}

/** The main bundle's key in the metafile: its extension.js (relative to where the build ran). */
export function mainBundle(meta: Metafile): string {
  const main = Object.keys(meta.outputs).find((o) => /(^|\/)extension\.js$/.test(o));
  if (!main) throw new Error('no extension.js in the metafile');
  return main;
}

/** The command line's files (dist/cli.js, dist/cli-*.js): a program of its own, left out of the package. */
export function isCli(output: string): boolean {
  return /(^|\/)cli(-[\w]+)?\.js$/.test(output);
}

/** The extension's output files: every JavaScript file of the build but the command line's. */
export function extensionOutputs(meta: Metafile): string[] {
  return Object.keys(meta.outputs).filter((o) => o.endsWith('.js') && !isCli(o));
}

/** `output` and every file it require()s, transitively: what loading it loads. */
export function loadedWith(meta: Metafile, output: string, seen = new Set<string>()): Set<string> {
  if (seen.has(output) || !meta.outputs[output]) return seen;
  seen.add(output);
  for (const i of meta.outputs[output].imports) if (!i.external) loadedWith(meta, i.path, seen);
  return seen;
}

/** Modules that are in more than one of the extension's output files, with the bytes of the extra copies. */
export function duplicatedModules(meta: Metafile): { module: string; outputs: string[]; extraBytes: number }[] {
  const where = new Map<string, { output: string; bytes: number }[]>();
  for (const output of extensionOutputs(meta))
    for (const [module, { bytesInOutput }] of Object.entries(meta.outputs[output]!.inputs))
      if (bytesInOutput > 0) where.set(module, [...(where.get(module) ?? []), { output, bytes: bytesInOutput }]);
  return [...where]
    .filter(([, places]) => places.length > 1)
    .map(([module, places]) => {
      const sizes = places.map((p) => p.bytes);
      const total = sizes.reduce((a, b) => a + b, 0);
      return { module, outputs: places.map((p) => p.output), extraBytes: total - Math.max(...sizes) };
    });
}

/** A chain of output files that require() each other in a circle (CommonJS would see half-loaded exports). */
export function requireCycle(meta: Metafile): string[] | undefined {
  const done = new Set<string>();
  const visit = (output: string, path: string[]): string[] | undefined => {
    if (path.includes(output)) return [...path.slice(path.indexOf(output)), output];
    if (done.has(output) || !meta.outputs[output]) return undefined;
    for (const i of meta.outputs[output].imports) {
      const cycle = i.external ? undefined : visit(i.path, [...path, output]);
      if (cycle) return cycle;
    }
    done.add(output);
    return undefined;
  };
  for (const output of extensionOutputs(meta)) {
    const cycle = visit(output, []);
    if (cycle) return cycle;
  }
  return undefined;
}

/** The three figures of the budgets: bytes activation loads (and in how many files), bytes shipped, bytes copied. */
export function bundleFigures(meta: Metafile): {
  main: number;
  mainFiles: number;
  extension: number;
  duplicated: number;
} {
  const bytes = (outputs: Iterable<string>) => [...outputs].reduce((sum, o) => sum + meta.outputs[o]!.bytes, 0);
  const main = loadedWith(meta, mainBundle(meta));
  return {
    main: bytes(main),
    mainFiles: main.size,
    extension: bytes(extensionOutputs(meta)),
    duplicated: duplicatedModules(meta).reduce((sum, d) => sum + d.extraBytes, 0),
  };
}

/**
 * Where the bytes of dist/ (without the CLI) come from: one row per package (`yaml`, `@simple-git/argv-parser`)
 * and per folder of src/ (`src/core/lang`, files right under src/core as `src/core`), largest first, and a last row
 * for what is in no module: the imports, exports and helpers that tie the files together.
 */
export function distBreakdown(meta: Metafile): { source: string; bytes: number }[] {
  const bytes = new Map<string, number>();
  let total = 0;
  for (const output of extensionOutputs(meta)) {
    total += meta.outputs[output]!.bytes;
    for (const [module, { bytesInOutput }] of Object.entries(meta.outputs[output]!.inputs)) {
      const source = sourceOf(module);
      bytes.set(source, (bytes.get(source) ?? 0) + bytesInOutput);
    }
  }
  const rows = [...bytes].map(([source, b]) => ({ source, bytes: b })).filter((r) => r.bytes > 0);
  rows.sort((a, b) => b.bytes - a.bytes);
  const inModules = rows.reduce((sum, r) => sum + r.bytes, 0);
  return [...rows, { source: 'wiring between the files', bytes: total - inModules }];
}

/** A module's package (`node_modules/<name>` or `<@scope/name>`), else its folder under src/ (two levels deep). */
function sourceOf(module: string): string {
  const at = module.lastIndexOf('node_modules/');
  if (at >= 0) {
    const [first, second] = module.slice(at + 'node_modules/'.length).split('/');
    return `package ${first!.startsWith('@') ? `${first}/${second}` : first}`;
  }
  return module.split('/').slice(0, -1).slice(0, 3).join('/') || module;
}
