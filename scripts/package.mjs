// `npm run package`: builds the bundles, then makes out/candor.vsix with @vscode/vsce (it prints the listing and
// the size). --no-dependencies: the bundles in dist/ hold everything, so node_modules stays out of the package.
// No repository URL is known yet: --allow-missing-repository, and README links are left as written.
//
// vsce lists every file under its folder before it applies .vscodeignore, and here that means .vscode-test/
// (a VS Code install, over 1 GB) and bench/'s generated repos: 40 s of a 43 s run. So it runs in out/package/,
// a copy of only the top-level entries that .vscodeignore's `!` lines name, where .vscodeignore then decides.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, cwd = root) => {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, ['scripts/build.mjs']);

const stage = path.join(root, 'out/package');
fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(stage, { recursive: true });
const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
const kept = ignore
  .split('\n')
  .filter((l) => l.startsWith('!'))
  .map((l) => globToRegExp(l.slice(1).trim().split('/')[0]));
for (const name of fs.readdirSync(root)) {
  if (name === '.vscodeignore' || kept.some((re) => re.test(name)))
    fs.cpSync(path.join(root, name), path.join(stage, name), { recursive: true });
}
run(
  path.join(root, 'node_modules/.bin/vsce'),
  [
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    '--no-rewrite-relative-links',
    '-o',
    path.join(root, 'out/candor.vsix'),
  ],
  stage,
);
fs.rmSync(stage, { recursive: true, force: true });

/** A regular expression for one path segment of a .vscodeignore glob (`*` and `?` only). */
function globToRegExp(segment) {
  const body = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replaceAll('**', '*')
    .replaceAll('*', '.*')
    .replaceAll('?', '.');
  return new RegExp(`^${body}$`);
}
