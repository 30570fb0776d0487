// The in-host test runner: VS Code's extension host loads this module (extensionTestsPath) and calls run().
// Mocha with the BDD interface (describe/it), like the unit tests. It loads every compiled `*.test.js` beside
// it (scripts/vscode-host/runIntegration.mjs bundles them into out/test/integration/) and prints one
// `N passed, N failed, N skipped` line, also written as JSON to the file CANDOR_IT_SUMMARY names, which the driver
// reads (in the VS Code server here as in a desktop VS Code). CANDOR_TEST_GREP narrows the run to matching tests.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: 150_000, // above helpers.ts's WAIT_MS, so that a wait fails with what it saw, not mocha's timeout
    ...(process.env.CANDOR_TEST_GREP ? { grep: process.env.CANDOR_TEST_GREP } : {}),
  });
  const files = testFiles(__dirname);
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js in ${__dirname}`));
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        summarize(passes, failures, pending);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (e) {
      // A test file that throws while loading: report it as a failed run, not a hang.
      console.error(e);
      summarize(0, 1, 0);
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

function summarize(passed: number, failed: number, skipped: number): void {
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  const file = process.env.CANDOR_IT_SUMMARY;
  if (file) fs.writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
}

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}
