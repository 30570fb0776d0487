// Runs the integration tests (test/integration/**/*.test.ts) inside a real VS Code: builds the extension,
// bundles the tests and the in-host mocha runner into out/test/integration/, opens a temp copy of the example
// workspace (examples/acme-portal, or test/fixtures/workspaces/basic until the example exists) with Candor loaded
// for development, runs the suite in the extension host, prints mocha's output and a last line
// `N passed, N failed`. Exit code 0 only when every test passed; non-zero on a failure, a timeout or a crash.
//
// usage: node scripts/vscode-host/runIntegration.mjs [--grep <text>] [--workspace <dir>] [--timeout <s>]
//                                                    [--skip-build] [--keep] [--verbose]
//        --bundle-only: build and bundle, copy the workspace to out/test/workspace, and stop there (for F5 in
//        a desktop VS Code: .vscode/launch.json's "Extension Tests" runs the same bundle on that copy).
// Needs the VS Code server from `bash scripts/vscode-host/install.sh` (scripts/setup.sh runs it): VS Code 1.99.3,
// the oldest that engines.vscode allows. On a recent one (optional; about 4 minutes to install, with Node 24
// fetched from npm): CS_VERSION=4.139.1 bash scripts/vscode-host/install.sh, then the same CS_VERSION=4.139.1 here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { copyToTemp, root, runInVsCode, stamp } from './host.mjs';

const { values: opts } = parseArgs({
  options: {
    grep: { type: 'string' },
    workspace: { type: 'string' },
    timeout: { type: 'string', default: process.env.CANDOR_IT_TIMEOUT ?? '90' },
    'skip-build': { type: 'boolean', default: false },
    'bundle-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const t0 = Date.now();
const log = (m) => console.log(`[integration ${stamp(t0)}] ${m}`);
const outDir = path.join(root, 'out/test/integration');

function finish(passed, failed, code) {
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

// 1. The extension, as the user gets it (dist/extension.js).
if (!opts['skip-build']) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) { log('the extension did not build'); finish(0, 1, 1); }
}

// 2. The tests: one bundle per test file plus the runner; vscode comes from the host, mocha from node_modules.
const testRoot = path.join(root, 'test/integration');
const entries = fs.readdirSync(testRoot, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts') || f === 'index.ts')
  .map((f) => path.join(testRoot, f));
fs.rmSync(outDir, { recursive: true, force: true });
try {
  await esbuild.build({
    entryPoints: entries, outdir: outDir, outbase: testRoot, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'error',
  });
} catch {
  log('the integration tests did not compile');
  finish(0, 1, 1);
}

// 3. A throwaway copy of the workspace, so that tests may edit it freely.
const example = path.join(root, 'examples/acme-portal');
const source = path.resolve(opts.workspace ?? (fs.existsSync(path.join(example, 'project.yaml')) ? example : path.join(root, 'test/fixtures/workspaces/basic')));
if (opts['bundle-only']) {
  const copy = path.join(root, 'out/test/workspace');
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(source, copy, { recursive: true });
  log(`bundled into ${path.relative(root, outDir)}; workspace: ${path.relative(root, copy)} (copy of ${path.relative(root, source)})`);
  process.exit(0);
}
const workspace = copyToTemp(source);
if (!opts.keep) process.on('exit', () => fs.rmSync(path.dirname(workspace), { recursive: true, force: true })); // Ctrl-C too
log(`workspace: copy of ${path.relative(root, source) || source}`);
if (opts.grep) process.env.CANDOR_TEST_GREP = opts.grep; // reaches the extension host through the server's environment

// 4. The suite inside VS Code. The host's output is indented so that its own summary line is not counted
//    twice by log readers that look for `N passed, N failed` at the start of a line.
let summary;
const result = await runInVsCode({
  extensionPath: root,
  testsPath: path.join(outDir, 'index'),
  workspace,
  timeoutMs: Number(opts.timeout) * 1000,
  keep: opts.keep,
  failureShot: opts.keep ? path.join(path.dirname(workspace), 'failure.png') : undefined,
  log,
  onLog: (type, text) => {
    const m = /^(\d+) passed, (\d+) failed, (\d+) skipped$/m.exec(text);
    if (m) summary = { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3]) };
    const tag = opts.verbose ? `[${type}] ` : '';
    for (const line of text.split('\n')) (type === 'error' ? process.stderr : process.stdout).write(`  ${tag}${line}\n`);
  },
});
if (opts.keep) log(`kept workspace ${workspace}`);

const why = { 2: 'timed out', 3: 'the VS Code server did not start' }[result.code];
if (why) log(why);
if (!summary) {
  log(`no test summary from the extension host (exit code ${result.code})`);
  finish(0, 1, result.code || 1);
}
const failed = summary.failed + (result.code !== 0 && summary.failed === 0 ? 1 : 0);
finish(summary.passed, failed, failed > 0 ? result.code || 1 : 0);
