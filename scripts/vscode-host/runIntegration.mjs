// Runs the integration tests (test/integration/**/*.test.ts, or those of --tests <dir>) inside a real VS Code:
// builds the extension, bundles the tests and the in-host mocha runner into out/<dir>/, opens a temp copy of the example
// workspace (examples/acme-portal, or test/fixtures/workspaces/basic until the example exists) with Candor loaded
// for development, runs the suite in the extension host, prints mocha's output and a last line
// `N passed, N failed`. Exit code 0 only when every test passed; non-zero on a failure, a timeout or a crash.
// A fake `git` comes first on the server's PATH: it logs every call (cwd and arguments) to the file named by
// CANDOR_IT_GIT_LOG in the extension host's environment, then runs the real git.
//
// usage: node scripts/vscode-host/runIntegration.mjs [--grep <text>] [--workspace <dir>] [--timeout <s>]
//                                                    [--tests <dir>] [--restricted] [--skip-build] [--keep] [--verbose]
//                                                    [--electron]
//        --tests: the suite's folder (default test/integration); a folder without its own index.ts uses
//        test/integration/index.ts as its runner.
//        --restricted: Restricted Mode. Workspace Trust on and the workspace not trusted, the built-in git
//        extension off, and the workspace copy made a git repo with one commit, so that a Candor that ignored
//        trust would run git there (and the fake git would log it).
//        --bundle-only: build and bundle, copy the workspace to out/test/workspace, and stop there (for F5 in
//        a desktop VS Code: .vscode/launch.json's "Extension Tests" runs the same bundle on that copy).
//        --electron: in a desktop VS Code (Electron) instead of the server here: VSCODE_EXECUTABLE names an installed
//        one, else @vscode/test-electron downloads VSCODE_VERSION (default: the oldest engines.vscode allows).
//        Not with --restricted (runTests() turns Workspace Trust off).
// The suite is started by @vscode/test-electron's runTests(), as extension authors run theirs; without --electron
// its "VS Code executable" is codeShim.mjs, which runs the suite in the VS Code server with Chromium (host.mjs).
// Needs the VS Code server from `bash scripts/vscode-host/install.sh` (scripts/setup.sh runs it): VS Code 1.99.3,
// the oldest that engines.vscode allows. On a recent one (optional; about 4 minutes to install, with Node 24
// fetched from npm): CS_VERSION=4.139.1 bash scripts/vscode-host/install.sh, then the same CS_VERSION=4.139.1 here.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { copyToTemp, root, stamp } from './host.mjs';

// @vscode/test-electron is CommonJS.
const { runTests } = createRequire(import.meta.url)('@vscode/test-electron');
const codeShim = path.join(root, 'scripts/vscode-host/codeShim.mjs');

const { values: opts } = parseArgs({
  options: {
    grep: { type: 'string' },
    workspace: { type: 'string' },
    tests: { type: 'string', default: 'test/integration' },
    restricted: { type: 'boolean', default: false },
    timeout: { type: 'string', default: process.env.CANDOR_IT_TIMEOUT ?? '600' }, // a bound on a hang: a passing run on a loaded 2-core box takes 30 to 80 s
    'skip-build': { type: 'boolean', default: false },
    'bundle-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    electron: { type: 'boolean', default: false },
  },
});
const t0 = Date.now();
const log = (m) => console.log(`[integration ${stamp(t0)}] ${m}`);
if (opts.electron && opts.restricted) {
  // runTests() always passes --disable-workspace-trust to a desktop VS Code: Restricted Mode needs the server here.
  log('--restricted runs in the VS Code server only: runTests() turns Workspace Trust off in a desktop VS Code');
  process.exit(2);
}
const testRoot = path.resolve(root, opts.tests);
const outDir = path.join(root, 'out', path.relative(root, testRoot));
if (
  !fs.existsSync(testRoot) ||
  outDir === path.join(root, 'out') ||
  !outDir.startsWith(path.join(root, 'out') + path.sep)
) {
  log(`--tests ${opts.tests}: not a folder inside the repository`);
  process.exit(2);
}

function finish(passed, failed, code) {
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

// 1. The extension, as the user gets it (dist/extension.js).
if (!opts['skip-build']) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    log('the extension did not build');
    finish(0, 1, 1);
  }
}

// 2. The tests: one bundle per test file plus the runner; vscode comes from the host, mocha from node_modules.
const entries = fs
  .readdirSync(testRoot, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts') || f === 'index.ts')
  .map((f) => ({ in: path.join(testRoot, f), out: f.replace(/\.ts$/, '') }));
if (!entries.some((e) => e.out === 'index'))
  entries.push({ in: path.join(root, 'test/integration/index.ts'), out: 'index' });
fs.rmSync(outDir, { recursive: true, force: true });
try {
  await esbuild.build({
    entryPoints: entries,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'error',
  });
} catch {
  log('the integration tests did not compile');
  finish(0, 1, 1);
}

// 3. A throwaway copy of the workspace, so that tests may edit it freely.
const example = path.join(root, 'examples/acme-portal');
const source = path.resolve(
  opts.workspace ??
    (fs.existsSync(path.join(example, 'project.yaml')) ? example : path.join(root, 'test/fixtures/workspaces/basic')),
);
if (opts['bundle-only']) {
  const copy = path.join(root, 'out/test/workspace');
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(source, copy, { recursive: true });
  log(
    `bundled into ${path.relative(root, outDir)}; workspace: ${path.relative(root, copy)} (copy of ${path.relative(root, source)})`,
  );
  process.exit(0);
}
const workspace = copyToTemp(source);
if (!opts.keep) process.on('exit', () => fs.rmSync(path.dirname(workspace), { recursive: true, force: true })); // Ctrl-C too
log(`workspace: copy of ${path.relative(root, source) || source}`);
const gitLog = installFakeGit(path.dirname(workspace));
if (opts.restricted) {
  commitAll(workspace);
  log(
    `restricted mode: trust on, workspace untrusted, vscode.git disabled, workspace is a git repo; git calls logged to ${gitLog.log}`,
  );
}

// 4. The suite inside VS Code, started by @vscode/test-electron's runTests() as on any desktop machine. Here its
//    "VS Code executable" is codeShim.mjs, which runs the VS Code server and Chromium (host.mjs); with --electron
//    runTests downloads a desktop VS Code instead (or VSCODE_EXECUTABLE names an installed one): same suite, same
//    bundles, same arguments. The suite's counts come back through the file CANDOR_IT_SUMMARY names.
// The built-in git extension watches the workspace while tests swap its history and write files: a
// `git check-ignore --stdin` it starts on a .git being replaced dies early, and the EPIPE lands as an uncaught
// error in whichever Candor test runs then. Candor never uses that extension; its own git calls are tested.
const settings = { 'git.enabled': false };
const summaryFile = path.join(path.dirname(workspace), 'summary.json');
const testsEnv = { ...gitLog.env, CANDOR_IT_SUMMARY: summaryFile };
if (opts.grep) testsEnv.CANDOR_TEST_GREP = opts.grep; // reaches the extension host through the environment
let code = 0;
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(outDir, 'index'),
    ...(opts.electron
      ? electronOptions(path.dirname(workspace))
      : { vscodeExecutablePath: codeShim, launchArgs: [workspace] }),
    extensionTestsEnv: {
      ...testsEnv,
      CANDOR_VSCODE_HOST: JSON.stringify({
        t0,
        timeoutMs: Number(opts.timeout) * 1000,
        keep: opts.keep,
        restricted: opts.restricted,
        verbose: opts.verbose,
        env: testsEnv,
        settings,
      }),
    },
  });
} catch (e) {
  code = typeof e?.code === 'number' ? e.code : 1;
  if (typeof e?.code !== 'number') log(`ERROR ${e?.message ?? e}`);
}
if (opts.keep) log(`kept workspace ${workspace}`);

const why = { 2: 'timed out', 3: 'the VS Code server did not start' }[code];
if (why) log(why);
const summary = fs.existsSync(summaryFile) ? JSON.parse(fs.readFileSync(summaryFile, 'utf8')) : undefined;
if (!summary) {
  log(`no test summary from the extension host (exit code ${code})`);
  finish(0, 1, code || 1);
}
const failed = summary.failed + (code !== 0 && summary.failed === 0 ? 1 : 0);
finish(summary.passed, failed, failed > 0 ? code || 1 : 0);

/**
 * runTests() options for a desktop VS Code: VSCODE_EXECUTABLE if set, else a download of VSCODE_VERSION (default:
 * the oldest engines.vscode allows). The settings go into a user data folder of the run.
 */
function electronOptions(dir) {
  const userData = path.join(dir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 1));
  const engines = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).engines.vscode;
  const version = process.env.VSCODE_VERSION || engines.replace(/^\^/, '');
  return {
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : { version }),
    launchArgs: [workspace, `--user-data-dir=${userData}`, '--disable-extension=vscode.git'],
  };
}

/**
 * Writes `<dir>/bin/git`, a shell script that appends `<cwd>\t<args>` to `<dir>/git-calls.log` and then runs the
 * real git, and returns the environment that puts it first on PATH and names the log for the tests. The log's
 * path is written into the script rather than read from the environment: a caller that scrubs its environment
 * (Candor drops GIT_* variables) must not be able to start git unseen.
 */
function installFakeGit(dir) {
  const bin = path.join(dir, 'bin');
  const logFile = path.join(dir, 'git-calls.log');
  const real = findOnPath('git');
  const sq = (s) => `'${s.replaceAll("'", "'\\''")}'`;
  fs.mkdirSync(bin);
  fs.writeFileSync(logFile, '');
  fs.writeFileSync(
    path.join(bin, 'git'),
    [
      '#!/bin/sh',
      `printf '%s\t%s\n' "$(pwd -P)" "$*" >> ${sq(logFile)}`,
      real ? `exec ${sq(real)} "$@"` : 'echo "git: not found" >&2; exit 127',
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  return {
    log: logFile,
    env: { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, CANDOR_IT_GIT_LOG: logFile },
  };
}

function findOnPath(command) {
  for (const d of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(d || '.', command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/** Makes `dir` a git repo with one commit of its files, with the real git, fixed dates and no user config. */
function commitAll(dir) {
  const date = '2026-11-02T10:00:00Z';
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Candor Tests',
    GIT_AUTHOR_EMAIL: 'tests@example.invalid',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: 'Candor Tests',
    GIT_COMMITTER_EMAIL: 'tests@example.invalid',
    GIT_COMMITTER_DATE: date,
  };
  const git = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Acme portal as delivered to the tests');
}
