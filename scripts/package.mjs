// `npm run package`: builds the bundles, then makes out/candor.vsix with @vscode/vsce (its listing and size are
// printed). --no-dependencies: the bundles in dist/ hold everything, so node_modules stays out of the package.
// No repository URL is known yet: --allow-missing-repository, and README links are left as written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, ['scripts/build.mjs']);
fs.mkdirSync(path.join(root, 'out'), { recursive: true }); // vsce does not make the output's folder
run(path.join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', 'out/candor.vsix']);
