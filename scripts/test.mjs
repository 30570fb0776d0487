// Runs every check and test, then prints one closing line, "N passed, N failed", that CI reads.
// Steps: build, type-check, lint, format (Prettier), schema drift, unit tests (mocha), the unit tests again under shifted clocks and
// time zones, integration and end-to-end tests in a real VS Code. A step that is not a test suite counts as one test.
//
// `node scripts/test.mjs [prefix...]` runs the steps whose name starts with a prefix (`npm test -- unit`);
// `node scripts/test.mjs --clock-is YYYY-MM-DD` only checks that Node's local calendar day is that one (the
// shifted-clock steps run it first, so that a faketime that shifts nothing cannot pass for a green run).
import { spawn } from 'node:child_process';

// The clock and zone of each shifted run: a local day that is not UTC's day, at a year's end and on a leap day, on
// either side of the date line. A test that reads the real clock or mixes UTC and local days fails here, today.
const shiftedClocks = [
  { tz: 'Pacific/Kiritimati', at: '2027-01-01 05:00:00' }, // UTC+14: still 2026-12-31 in UTC
  { tz: 'Etc/GMT+12', at: '2028-02-29 23:30:00' }, // UTC-12: already 2028-03-01 in UTC
];

const steps = [
  { name: 'build', cmd: 'npm run -s build' },
  { name: 'typecheck', cmd: 'npm run -s typecheck' },
  { name: 'lint', cmd: 'npm run -s lint' },
  { name: 'format', cmd: 'npm run -s format:check' },
  { name: 'schema drift', cmd: 'npx tsx scripts/genSchema.ts --check' },
  { name: 'unit tests', cmd: 'npm run -s test:unit', counts: mochaCounts },
  ...shiftedClocks.map(({ tz, at }) => ({
    name: `shifted clock: unit tests at ${at} ${tz}`,
    // libfaketime in every process the suite starts (node, git); the monotonic clock left alone for timers.
    cmd: `TZ=${tz} FAKETIME_DONT_FAKE_MONOTONIC=1 faketime '${at}' bash -c 'node scripts/test.mjs --clock-is ${at.slice(0, 10)} && npm run -s test:unit'`,
    counts: mochaCounts,
  })),
  { name: 'integration tests', cmd: 'node scripts/vscode-host/runIntegration.mjs', counts: plainCounts },
  {
    name: 'restricted mode tests',
    cmd: 'node scripts/vscode-host/runIntegration.mjs --restricted --tests test/integration-restricted',
    counts: plainCounts,
  },
  // The .vsix as a user installs it, driven through the UI. Its screenshots go to out/screenshots/ so that tests
  // leave the tree clean; the README's are taken by `node scripts/vscode-host/e2eVsix.mjs --docs`.
  { name: 'end-to-end package tests', cmd: 'node scripts/vscode-host/e2eVsix.mjs', counts: plainCounts },
];

if (process.argv[2] === '--clock-is') {
  const d = new Date();
  const day = [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  console.log(`clock seen by node: ${d.toString()} (${d.toISOString()} UTC)`);
  if (day !== process.argv[3])
    console.error(`the clock was not shifted: the local day is ${day}, not ${process.argv[3]}`);
  process.exit(day === process.argv[3] ? 0 : 1);
}

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
  console.log(
    `=== ${step.name}: ${ok ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', cmd], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const tee = (stream, out) =>
      stream.on('data', (d) => {
        output += d;
        out.write(d);
      });
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
  return all.reduce((sum, m) => ({ passed: sum.passed + Number(m[1]), failed: sum.failed + Number(m[2]) }), {
    passed: 0,
    failed: 0,
  });
}
