#!/usr/bin/env node
// The "VS Code executable" that runIntegration.mjs gives @vscode/test-electron's runTests() here: it reads the
// desktop command line runTests builds (--extensionDevelopmentPath=, --extensionTestsPath=, the workspace folder)
// and runs the suite in the VS Code server with Chromium instead (host.mjs). Desktop-only flags (--no-sandbox,
// --disable-updates, --user-data-dir, …) mean nothing to the server and are ignored. On a machine with a desktop
// VS Code, runTests starts that instead, with the same arguments, and this file is not used.
//
// What the desktop command line cannot say comes in CANDOR_VSCODE_HOST (JSON): { t0, timeoutMs, keep,
// restricted, verbose, env, settings } (see runInVsCode in host.mjs). Exit code: 0 passed, 1 failed,
// 2 timed out, 3 the VS Code server did not start.
import path from 'node:path';
import { runInVsCode, stamp } from './host.mjs';

const host = JSON.parse(process.env.CANDOR_VSCODE_HOST ?? '{}');
let extensionPath;
let testsPath;
let workspace;
for (const arg of process.argv.slice(2)) {
  const m = /^--(extensionDevelopmentPath|extensionTestsPath)=(.*)$/.exec(arg);
  if (m?.[1] === 'extensionDevelopmentPath') extensionPath = m[2];
  else if (m) testsPath = m[2];
  else if (!arg.startsWith('-')) workspace = arg;
}
const t0 = host.t0 ?? Date.now();
const log = (m) => console.log(`[integration ${stamp(t0)}] ${m}`);
if (!extensionPath || !testsPath || !workspace) {
  log(`usage: codeShim.mjs <workspace> --extensionDevelopmentPath=<dir> --extensionTestsPath=<module>`);
  process.exit(3);
}
// The host's output is indented so that its own summary line is not counted twice by log readers that look for
// `N passed, N failed` at the start of a line.
const result = await runInVsCode({
  extensionPath,
  testsPath,
  workspace: path.resolve(workspace),
  timeoutMs: host.timeoutMs,
  keep: host.keep,
  restricted: host.restricted,
  env: host.env,
  settings: host.settings,
  failureShot: host.keep ? path.join(path.dirname(path.resolve(workspace)), 'failure.png') : undefined,
  log,
  onLog: (type, text) => {
    const tag = host.verbose ? `[${type}] ` : '';
    for (const line of text.split('\n'))
      (type === 'error' ? process.stderr : process.stdout).write(`  ${tag}${line}\n`);
  },
});
process.exit(result.code);
