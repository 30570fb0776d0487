import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MARKER_TOKEN } from '../../../src/core/markers';
import { GrepParser, scanFiles, scanInWorkers, searchMarkers } from '../../../src/node/markers';

const T = MARKER_TOKEN; // never spelled out, so Candor searching this repository finds no marker here
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' });

function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [file, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), data);
  }
}

const summary = (markers: { file: string; line: number; column: number; id: string; note: string }[]) =>
  markers.map((m) => `${m.file}:${m.line}:${m.column} ${m.id} ${m.note}`);

describe('marker search', () => {
  let tmp: string;
  let repo: string;
  const expected = [
    'a file with spaces.py:2:3 pay retries',
    'src/pay.ts:1:4 pay network failures',
    'src/pay.ts:3:13 other second',
    'src/pay.ts:3:40 third on the same line',
    'src/unicode.sql:1:10 pay accents before',
    'untracked.ts:1:4 new not committed yet',
  ];
  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'candor-markers-')));
    repo = path.join(tmp, 'repo');
    write(repo, {
      'src/pay.ts': `// ${T}pay): network failures\nconst s = "${T}pay): not a comment";\nretry(); // ${T}other): second /* ${T}third): on the same line */\n`,
      'a file with spaces.py': `x = 1\n# ${T}pay): retries\n`,
      'src/unicode.sql': `-- éàü😀 ${T}pay): accents before\r\n`,
      'image.png': Buffer.concat([Buffer.from([0x89, 0, 1, 2]), Buffer.from(`// ${T}bin): hidden`)]),
      '.gitignore': 'ignored/\n',
      'ignored/x.ts': `// ${T}ignored): not listed\n`,
      'vendor/lib/v.ts': `// ${T}vendored): tracked but generated\n`,
      'src/dist/bundle.js': `// ${T}bundled): tracked but generated\n`,
      // Tool folders of the one skipped list (src/node/skippedFolders.ts), shared with the coverage search.
      'venv/lib/site.py': `# ${T}venv): a virtualenv, tracked by mistake\n`,
      '.tox/py3/x.py': `# ${T}tox): a test-runner cache\n`,
      'big.sql': `-- ${T}big): over the size limit\n${'x'.repeat(1024 * 1024)}`,
    });
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init');
    write(repo, { 'untracked.ts': `// ${T}new): not committed yet\n` });
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('finds markers with git grep, untracked files included; binary, ignored, generated and large ones left out', async () => {
    const found = await searchMarkers(repo, { git: true });
    assert.equal(found.via, 'git grep');
    assert.deepEqual(summary(found.markers), expected);
  });

  it('finds the same markers with the worker scan given the same file list', async () => {
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo })
      .toString()
      .split('\0')
      .filter(Boolean);
    const found = await searchMarkers(repo, { git: false, files });
    assert.equal(found.via, 'scan');
    assert.deepEqual(summary(found.markers), expected);
  });

  it('never starts git when git is not allowed (Restricted Mode)', async () => {
    const bin = path.join(tmp, 'bin');
    const sentinel = path.join(tmp, 'git-was-run');
    write(bin, { git: `#!/bin/sh\ntouch '${sentinel}'\nexit 1\n` });
    fs.chmodSync(path.join(bin, 'git'), 0o755);
    const saved = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${saved ?? ''}`;
    try {
      const found = await searchMarkers(repo, { git: false });
      assert.equal(found.via, 'scan');
      assert.ok(found.markers.some((m) => m.id === 'pay'));
      // And the check itself works: with git allowed, the fake git is run.
      await searchMarkers(repo, { git: true });
    } finally {
      process.env.PATH = saved;
    }
    assert.equal(fs.existsSync(sentinel), true);
  });

  it('falls back to the scan outside a repository and says why', async () => {
    const plain = path.join(tmp, 'plain');
    write(plain, { 'a.ts': `// ${T}x): y\n`, 'node_modules/m/i.js': `// ${T}dep): no\n` });
    const found = await searchMarkers(plain, { git: true });
    assert.equal(found.via, 'scan');
    assert.ok(found.fallbackReason);
    assert.deepEqual(summary(found.markers), ['a.ts:1:4 x y']);
  });

  it('rejects when aborted, with git or with the worker', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(searchMarkers(repo, { git: true, signal: controller.signal }));
    await assert.rejects(searchMarkers(repo, { git: false, signal: controller.signal }));
  });

  it('skips binary files, files over 1 MB and generated folders in the scan', () => {
    const dir = path.join(tmp, 'skips');
    write(dir, {
      'big.ts': `// ${T}big): x\n${'y'.repeat(1024 * 1024)}`,
      'bin.dat': Buffer.concat([Buffer.from(`// ${T}bin): x\n`), Buffer.from([0])]),
      'dist/a.js': `// ${T}gen): x\n`,
      'ok.ts': `// ${T}ok): x\n`,
    });
    const result = scanFiles(dir, ['big.ts', 'bin.dat', 'dist/a.js', 'ok.ts', 'missing.ts']);
    assert.deepEqual(
      result.markers.map((m) => m.id),
      ['ok'],
    );
    assert.deepEqual(result.skipped, { binary: 1, large: 1, generated: 1, unreadable: 1 });
  });
});

describe('scanInWorkers', () => {
  it('splits a large file list across threads and finds every marker once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-split-'));
    try {
      const files = Array.from({ length: 9000 }, (_, i) => `f${i}.ts`);
      files.forEach((file, i) => fs.writeFileSync(path.join(dir, file), i % 1000 === 0 ? `// ${T}m${i}): n\n` : 'x\n'));
      const result = await scanInWorkers(dir, files);
      assert.deepEqual(
        result.markers.map((m) => m.id).sort(),
        Array.from({ length: 9 }, (_, i) => `m${i * 1000}`).sort(),
      );
      assert.equal(result.scanned, 9000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('GrepParser', () => {
  const record = (file: string, line: number, text: string) => Buffer.from(`${file}\0${line}\0${1}\0${text}\n`);

  it('parses records split at every byte boundary, multi-byte characters included', () => {
    const data = Buffer.concat([record('é/a.ts', 3, `// ${T}a): é😀`), record('b\nc.ts', 9, `# ${T}b): x\r`)]);
    for (let cut = 0; cut <= data.length; cut++) {
      const parser = new GrepParser();
      parser.push(data.subarray(0, cut));
      parser.push(data.subarray(cut));
      parser.end();
      assert.deepEqual(summary(parser.markers), ['é/a.ts:3:4 a é😀', 'b\nc.ts:9:3 b x'], `cut at ${cut}`);
    }
  });

  it('drops a truncated last record', () => {
    const parser = new GrepParser();
    parser.push(Buffer.from(`a.ts\x002\x001\x00// ${T}a): x`));
    parser.end();
    assert.deepEqual(parser.markers, []);
  });
});
