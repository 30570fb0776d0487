import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../../src/cli/check';
import { flags } from '../../../src/cli/flags';
import { MARKER_TOKEN } from '../../../src/core/markers';

/** Runs a CLI command with stdout and stderr captured. */
async function run(
  command: { run(args: string[]): Promise<number> },
  args: string[],
): Promise<{ code: number; out: string }> {
  let out = '';
  const saved = [process.stdout.write, process.stderr.write];
  const capture = (chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  try {
    return { code: await command.run(args), out };
  } finally {
    [process.stdout.write, process.stderr.write] = saved as [typeof process.stdout.write, typeof process.stderr.write];
  }
}

function workspace(yaml: string, files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-cli-'));
  fs.writeFileSync(path.join(root, 'project.yaml'), yaml);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

const HEADER = 'version: 1\nproject: { name: P, client: C }\nred_flags:\n';

describe('candor flags and check --fail-on untested-high', () => {
  const roots: string[] = [];
  after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));
  const make = (yaml: string, files: Record<string, string>) => {
    const root = workspace(HEADER + yaml, files);
    roots.push(root);
    return root;
  };

  it('prints each flag with its coverage status, markers and files, and warns on unknown ids', async () => {
    const root = make('  - { id: pay, title: Payments, severity: high, paths: [src/pay/**] }\n', {
      'src/pay/retry.ts': `// ${MARKER_TOKEN}pay): fragile\n`,
      'src/ui.ts': `// ${MARKER_TOKEN}nope): who\n`,
    });
    const { code, out } = await run(flags, [root, '--no-git']);
    assert.equal(code, 0);
    assert.match(out, /\[high\] pay: Payments\n {2}coverage: no coverage report\n/);
    assert.match(out, /marker: src\/pay\/retry\.ts:1:4 fragile/);
    assert.match(out, /src\/ui\.ts:1:4: warning: Unknown red flag "nope"/);
  });

  it('never prints control characters from a marker note to the terminal', async () => {
    const root = make('  - { id: pay, title: Payments, paths: [src/**] }\n', {
      'src/a.ts': `// ${MARKER_TOKEN}pay): \u001b[31mred\u0007\n`,
    });
    const { out } = await run(flags, [root, '--no-git']);
    assert.doesNotMatch(out, /[\u0000-\u0008\u000b-\u001f\u007f]/);
    assert.match(out, /\\x1b\[31mred\\x07/);
  });

  it('prints a title written on several lines in project.yaml on the flag’s one line', async () => {
    const root = make('  - id: pay\n    title: |\n      Payments\n      retried twice\n    paths: [src/**]\n', {});
    const { out } = await run(flags, [root, '--no-git']);
    assert.match(out, /^\[medium\] pay: Payments retried twice\n {2}coverage: /m);
    assert.doesNotMatch(out, /\\x0a/);
  });

  it('prints JSON with --json', async () => {
    const root = make('  - { id: pay, title: Payments, paths: ["../x"] }\n', {});
    const { out } = await run(flags, [root, '--json', '--no-git']);
    const json = JSON.parse(out) as { flags: { id: string; coverageStatus: string }[]; globIssues: unknown[] };
    assert.deepEqual(
      json.flags.map((f) => [f.id, f.coverageStatus]),
      [['pay', 'unlinked']],
    );
    assert.equal(json.globIssues.length, 1);
  });

  it('counts coverage lines past the end of their file in the JSON and the report line', async () => {
    const lcov = 'SF:src/a.ts\nDA:1,1\nDA:2,0\nDA:3,0\nDA:4,0\nDA:5,0\nend_of_record\n';
    const root = make('  - { id: a, title: A, paths: [src/a.ts] }\n', {
      'src/a.ts': 'one\ntwo\n',
      'coverage/lcov.info': lcov,
    });
    const json = JSON.parse((await run(flags, [root, '--json', '--no-git'])).out) as {
      coverageReports: { clipped: number };
    };
    assert.equal(json.coverageReports.clipped, 3);
    assert.match((await run(flags, [root, '--no-git'])).out, /3 lines past the end of their file left out/);
  });

  it('fails when a high flag cannot be shown covered, naming it', async () => {
    const root = make('  - { id: pay, title: Payments, severity: high, paths: [src/**] }\n', { 'src/a.ts': 'x' });
    const { code, out } = await run(check, [root, '--fail-on', 'untested-high', '--min-coverage', '50']);
    assert.equal(code, 1);
    assert.match(out, /red flag pay \(high\): no coverage report, cannot be shown covered at 50%/);
  });

  it('passes when only low, closed or unlinked flags lack coverage', async () => {
    const root = make(
      '  - { id: a, title: A, severity: low, paths: [src/**] }\n  - { id: b, title: B, severity: critical, status: closed, paths: [src/**] }\n  - { id: c, title: C, severity: high }\n',
      { 'src/a.ts': 'x' },
    );
    assert.equal((await run(check, [root, '--fail-on', 'untested-high'])).code, 0);
  });

  it('measures coverage from the reports c8 wrote, and fails a high flag under the bar', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-cli-js-'));
    roots.push(root);
    fs.cpSync(path.join(__dirname, '../../fixtures/coverage/js-project'), root, { recursive: true });
    fs.writeFileSync(
      path.join(root, 'project.yaml'),
      `${HEADER}  - { id: math, title: Math, severity: high, paths: [src/math.js] }\n`,
    );
    const shown = await run(flags, [root, '--no-git']);
    assert.match(shown.out, /coverage: coverage\/lcov\.info/);
    assert.match(shown.out, /\[high\] math: Math\n {2}coverage: \d+% of \d+ lines covered\n/);
    assert.match(shown.out, /uncovered: src\/math\.js:\d+/);
    const percent = Number(/coverage: (\d+)% of/.exec(shown.out)![1]);
    assert.equal((await run(check, [root, '--fail-on', 'untested-high', '--min-coverage', String(percent)])).code, 0);
    assert.equal(
      (await run(check, [root, '--fail-on', 'untested-high', '--min-coverage', String(percent + 1)])).code,
      1,
    );
  });

  it('rejects bad options with exit 2', async () => {
    assert.equal((await run(check, ['--fail-on', 'everything'])).code, 2);
    assert.equal((await run(check, ['--fail-on', 'untested-high', '--min-coverage', '120'])).code, 2);
    assert.equal((await run(flags, ['--verbose'])).code, 2);
  });
});
