// Every process Candor starts is accounted for: git only through the gateway, and the one other program (a
// headless browser for `candor report --pdf`) through a library loaded by name where it is used.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '../../../src');
const GATEWAY = 'node/git/run.ts';

// Loads by a computed name, which an import scan cannot see through: each must be here, with what it loads.
const COMPUTED_LOADS: Readonly<Record<string, string>> = {
  // playwright-core, optional, for `candor report --pdf`: it starts Chromium, the one non-git program Candor runs.
  'node/report.ts': 'playwright-core',
  // Candor's own lazily loaded bundles (dist/<name>.js).
  'vscode/lazy.ts': 'dist bundles',
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [path.relative(SRC, full).split(path.sep).join('/')] : [];
  });
}

/** The modules a file loads by a literal name: import/export … from, import(), require(). */
function loadedModules(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"`])([^'"`]+)\1/gm);
  return [...found].map((m) => m[2]!);
}

/** Whether a file calls require() or import() with something other than a literal name. */
function loadsByComputedName(text: string): boolean {
  // Worker bootstraps are strings run in the worker (`require(${JSON.stringify(entry)})`): not loads of this file.
  const code = text.replace(/`require\([^`]*`/g, '``');
  return /\b(?:require|import)\s*\(\s*(?!['"`])/.test(code);
}

describe('the git gateway is the only way a process starts', () => {
  const files = sources(SRC);
  const text = (file: string) => fs.readFileSync(path.join(SRC, file), 'utf8');

  it('finds the sources and the gateway', () => {
    assert.ok(files.length > 100, String(files.length));
    assert.ok(files.includes(GATEWAY));
    assert.ok(loadedModules(text(GATEWAY)).includes('simple-git'));
  });

  it('no file but the gateway imports simple-git, and none imports child_process', () => {
    const offenders = files.flatMap((file) =>
      loadedModules(text(file))
        .filter((m) => /^(node:)?child_process$/.test(m) || (m === 'simple-git' && file !== GATEWAY))
        .map((m) => `${file} loads ${m}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('loads by a computed name only where listed, so no import is hidden from the scan above', () => {
    const computed = files.filter((file) => loadsByComputedName(text(file)));
    assert.deepEqual(computed.sort(), Object.keys(COMPUTED_LOADS).sort());
  });

  it('the scan sees every way of writing an import', () => {
    const written = [
      "import { spawn } from 'node:child_process';",
      'import cp from "child_process";',
      "export { simpleGit } from 'simple-git';",
      "const cp = require('child_process');",
      "const cp = await import('node:child_process');",
      "import 'simple-git';",
    ].join('\n');
    assert.deepEqual(loadedModules(written), [
      'node:child_process',
      'child_process',
      'simple-git',
      'child_process',
      'node:child_process',
      'simple-git',
    ]);
    assert.ok(loadsByComputedName("const name = 'child' + '_process'; require(name);"));
    assert.ok(!loadsByComputedName("require('node:path'); const s = `require(${JSON.stringify(x)});`;"));
  });
});
