// Bundles the extension, the CLI and the workers with esbuild; `--watch` rebuilds on change.
//
// The extension is ONE esbuild build with `splitting` over all its entry points (the main bundle, the bundles
// loaded later by src/vscode/lazy.ts, the worker threads): a module that two of them need goes into one shared
// chunk (dist/chunk-*.js) instead of being copied into both. esbuild splits only ESM output, and VS Code 1.99
// (engines.vscode, and the test host) loads extensions with require(): each output file is then rewritten into
// CommonJS by esbuild's own transform, and the files require() each other. `--watch` (F5 in VS Code) builds each
// entry alone instead, as CommonJS with inline source maps, which the transform would not carry over. A metafile of every build is written
// to out/metafile.json (--metafile elsewhere); test/unit/build/bundles.test.ts and `npm run bench` read it.
//
// usage: node scripts/build.mjs [--watch] [--outdir dist] [--metafile out/metafile.json]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    watch: { type: 'boolean', default: false },
    outdir: { type: 'string', default: 'dist' },
    metafile: { type: 'string', default: 'out/metafile.json' },
  },
});
const watch = opts.watch;
const outdir = path.resolve(root, opts.outdir);
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  // Watch mode prints when a build starts and ends, which the VS Code task uses to know it is ready.
  logLevel: watch ? 'info' : 'warning',
  // zod/mini keeps the bundle small; `mainFields` prefers the ESM build so unused code is dropped.
  mainFields: ['module', 'main'],
  plugins: [smallerDependencies()],
  metafile: true,
};

// The CLI's sub-commands (the `import('./x.js')` of src/cli/commands.ts): each is its own bundle, dist/cli-x.js,
// required when it runs, so that `candor --help` compiles only the small dispatcher in dist/cli.js.
const cliCommands = [
  ...fs.readFileSync(path.join(root, 'src/cli/commands.ts'), 'utf8').matchAll(/import\('\.\/(\w+)\.js'\)/g),
].map((m) => m[1]);
const cliCommandFiles = {
  name: 'cli-command-files',
  setup(build) {
    build.onResolve({ filter: /^\.\/\w+\.js$/ }, (args) =>
      /src[\\/]cli[\\/]commands\.ts$/.test(args.importer)
        ? { path: `./cli-${args.path.slice(2)}`, external: true }
        : undefined,
    );
  },
};
const cli = [
  {
    entryPoints: { cli: 'src/cli.ts' },
    banner: { js: '#!/usr/bin/env node' },
    plugins: [smallerDependencies(), cliCommandFiles],
  },
  ...cliCommands.map((name) => ({ entryPoints: { [`cli-${name}`]: `src/cli/${name}.ts` } })),
].map((e) => ({ ...common, format: 'cjs', outdir, ...e }));

// The extension's entry points: the main bundle, the bundles loaded later (src/lazy/*.ts, see src/vscode/lazy.ts)
// and the worker threads (src/node/workers/*.ts).
const extensionEntries = { extension: 'src/extension.ts' };
for (const [dir, files] of [
  ['src/lazy', fs.readdirSync(path.join(root, 'src/lazy'))],
  ['src/node/workers', fs.readdirSync(path.join(root, 'src/node/workers'))],
])
  for (const file of files.filter((f) => f.endsWith('.ts')))
    extensionEntries[file.replace(/\.ts$/, '')] = `${dir}/${file}`;
const extension = watch
  ? Object.entries(extensionEntries).map(([name, file]) => ({
      ...common,
      entryPoints: { [name]: file },
      outdir,
      external: ['vscode'],
      format: 'cjs',
    }))
  : {
      ...common,
      entryPoints: extensionEntries,
      outdir,
      external: ['vscode'],
      format: 'esm',
      splitting: true,
      chunkNames: 'chunk-[hash]',
      write: false,
      plugins: [...common.plugins, commonJsOutput()],
    };

/**
 * Dependencies resolved to their smaller form: yaml's ESM build (its `browser` folder: the same code, no
 * browser API) instead of the CommonJS one that the `node` export condition picks, so that esbuild drops what
 * Candor does not use (18 KB of the main bundle); markdown-it's `entities` to its decoder alone (its ESM
 * folder lacks the `sideEffects: false` of its package, so its 23 KB encoding table stayed in); and simple-git's
 * `debug` to its Node half, the one its index picks in any process but an Electron renderer (the extension host
 * and the CLI are Node), so that its browser half (2.5 KB) stays out.
 */
function smallerDependencies() {
  return {
    name: 'smaller-dependencies',
    setup(build) {
      build.onResolve({ filter: /^yaml$/ }, () => ({ path: path.join(root, 'node_modules/yaml/browser/index.js') }));
      build.onResolve({ filter: /^entities$/ }, (args) =>
        build.resolve('entities/lib/decode.js', { kind: args.kind, resolveDir: args.resolveDir }),
      );
      build.onResolve({ filter: /^debug$/ }, (args) =>
        build.resolve('debug/src/node.js', { kind: args.kind, resolveDir: args.resolveDir }),
      );
    },
  };
}

/**
 * Writes the split ESM output as CommonJS files that require() each other (see the top of this file), and
 * records their real sizes in the metafile. Runs after every build, watch mode's rebuilds included.
 */
function commonJsOutput() {
  return {
    name: 'commonjs-output',
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length > 0 || !result.outputFiles) return;
        for (const file of result.outputFiles) {
          const { code } = await esbuild.transform(file.text, {
            format: 'cjs',
            target: 'node20',
            platform: 'node',
            minify: true,
          });
          fs.mkdirSync(path.dirname(file.path), { recursive: true });
          fs.writeFileSync(file.path, code);
          const key = path.relative(root, file.path).split(path.sep).join('/');
          if (result.metafile.outputs[key]) result.metafile.outputs[key].bytes = Buffer.byteLength(code);
        }
      });
    },
  };
}

/** Every build's metafile in one: inputs and outputs of the CLI and of the extension. */
function mergeMetafiles(results) {
  const merged = { inputs: {}, outputs: {} };
  for (const r of results) {
    Object.assign(merged.inputs, r.metafile.inputs);
    Object.assign(merged.outputs, r.metafile.outputs);
  }
  return merged;
}

// Stale chunks of an earlier build would otherwise end up in the package.
fs.rmSync(outdir, { recursive: true, force: true });
const contexts = await Promise.all([extension, ...cli].flat().map((options) => esbuild.context(options)));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  const results = await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  fs.chmodSync(path.join(outdir, 'cli.js'), 0o755);
  const metafile = path.resolve(root, opts.metafile);
  fs.mkdirSync(path.dirname(metafile), { recursive: true });
  fs.writeFileSync(metafile, JSON.stringify(mergeMetafiles(results)));
}
