// Runs every check and test, then prints one closing line, "N passed, N failed", that CI reads.
// Steps: build, type-check, lint, schema drift, unit tests (mocha), integration and end-to-end tests in a real
// VS Code. A step that is not a test suite counts as one test.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'build', cmd: 'npm run -s build' },
  { name: 'typecheck', cmd: 'npm run -s typecheck' },
  { name: 'lint', cmd: 'npm run -s lint' },
  { name: 'schema drift', cmd: 'npx tsx scripts/genSchema.ts --check' },
  { name: 'unit tests', cmd: 'npm run -s test:unit', counts: mochaCounts },
  { name: 'integration tests', cmd: 'node scripts/vscode-host/runIntegration.mjs', counts: plainCounts },
  { name: 'restricted mode tests', cmd: 'node scripts/vscode-host/runIntegration.mjs --restricted --tests test/integration-restricted', counts: plainCounts },
  // The .vsix as a user installs it, driven through the UI. Its screenshots go to out/screenshots/ so that tests
  // leave the tree clean; the README's are taken by `node scripts/vscode-host/e2eVsix.mjs --docs`.
  { name: 'end-to-end package tests', cmd: 'node scripts/vscode-host/e2eVsix.mjs', counts: plainCounts },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const step of steps.filter((s) => only.length === 0 || only.some((o) => s.name.startsWith(o)))) {
  const started = Date.now();
  console.log(`\n=== ${step.name}: ${step.cmd}`);
  const { code, output } = await run(step.cmd);
  const counted = step.counts?.(output);
  const ok = code === 0;
  if (counted && counted.passed + counted.failed > 0) {
    passed += counted.passed;
    failed += counted.failed + (ok || counted.failed > 0 ? 0 : 1);
  } else {
    if (ok) passed++;
    else failed++;
  }
  console.log(`=== ${step.name}: ${ok ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', cmd], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const tee = (stream, out) => stream.on('data', (d) => { output += d; out.write(d); });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function mochaCounts(output) {
  const n = (re) => Number(re.exec(output)?.[1] ?? 0);
  return { passed: n(/^\s*(\d+) passing/m), failed: n(/^\s*(\d+) failing/m) };
}

function plainCounts(output) {
  const all = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)];
  return all.reduce((sum, m) => ({ passed: sum.passed + Number(m[1]), failed: sum.failed + Number(m[2]) }), { passed: 0, failed: 0 });
}
