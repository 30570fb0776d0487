// The in-host test runner: VS Code's extension host loads this module (extensionTestsPath) and calls run().
// Mocha with the BDD interface (describe/it), like the unit tests. It loads every compiled `*.test.js` beside
// it (scripts/vscode-host/runIntegration.mjs bundles them into out/test/integration/) and prints one
// `N passed, N failed, N skipped` line that the driver reads. CANDOR_TEST_GREP narrows the run to matching tests.
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
        console.log(`${passes} passed, ${failures} failed, ${pending} skipped`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (e) {
      // A test file that throws while loading: report it as a failed run, not a hang.
      console.error(e);
      console.log('0 passed, 1 failed, 0 skipped');
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}
