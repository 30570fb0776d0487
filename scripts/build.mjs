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
const entries = [
  { entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
];
// Command-only code, loaded on first use (src/vscode/lazy.ts) to keep the main bundle small.
for (const lazy of fs.readdirSync('src/lazy').filter((f) => f.endsWith('.ts'))) {
  entries.push({ entryPoints: { [lazy.replace(/\.ts$/, '')]: `src/lazy/${lazy}` }, outdir: 'dist', external: ['vscode'] });
}
for (const worker of fs.existsSync('src/node/workers') ? fs.readdirSync('src/node/workers') : []) {
  if (worker.endsWith('.ts')) entries.push({ entryPoints: { [worker.replace(/\.ts$/, '')]: `src/node/workers/${worker}` }, outdir: 'dist' });
}
const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  fs.chmodSync('dist/cli.js', 0o755);
}
