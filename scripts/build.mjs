// Bundles the extension, the CLI and the workers with esbuild; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  // Watch mode prints when a build starts and ends, which the VS Code task uses to know it is ready.
  logLevel: watch ? 'info' : 'warning',
  // zod/mini keeps the bundle small; `mainFields` prefers the ESM build so unused code is dropped.
  mainFields: ['module', 'main'],
};
// The CLI's sub-commands (the `import('./x.js')` of src/cli/commands.ts): each is its own bundle, dist/cli-x.js,
// required when it runs, so that `candor --help` compiles only the small dispatcher in dist/cli.js.
const cliCommands = [...fs.readFileSync('src/cli/commands.ts', 'utf8').matchAll(/import\('\.\/(\w+)\.js'\)/g)].map(
  (m) => m[1],
);
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
const entries = [
  { entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  {
    entryPoints: { cli: 'src/cli.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [cliCommandFiles],
  },
  ...cliCommands.map((name) => ({ entryPoints: { [`cli-${name}`]: `src/cli/${name}.ts` }, outdir: 'dist' })),
];
// Command-only code, loaded on first use (src/vscode/lazy.ts) to keep the main bundle small.
for (const lazy of fs.readdirSync('src/lazy').filter((f) => f.endsWith('.ts'))) {
  entries.push({
    entryPoints: { [lazy.replace(/\.ts$/, '')]: `src/lazy/${lazy}` },
    outdir: 'dist',
    external: ['vscode'],
  });
}
for (const worker of fs.existsSync('src/node/workers') ? fs.readdirSync('src/node/workers') : []) {
  if (worker.endsWith('.ts'))
    entries.push({ entryPoints: { [worker.replace(/\.ts$/, '')]: `src/node/workers/${worker}` }, outdir: 'dist' });
}
const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  fs.chmodSync('dist/cli.js', 0o755);
}
