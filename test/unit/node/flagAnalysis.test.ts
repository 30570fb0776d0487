import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { wordsFor } from '../../../src/core/i18n';
import { MARKER_TOKEN } from '../../../src/core/markers';
import type { RedFlag } from '../../../src/core/model/schema';
import { analyzeFlags } from '../../../src/node/flagAnalysis';

const flag = (id: string, paths: string[]): RedFlag => ({
  id,
  title: id,
  kind: 'other',
  severity: 'high',
  client_visible: false,
  status: 'open',
  paths,
});

describe('analyzeFlags', () => {
  let tmp: string;
  let root: string;
  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'candor-links-')));
    root = path.join(tmp, 'ws');
    fs.mkdirSync(path.join(root, 'src/pay'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'outside'));
    fs.writeFileSync(path.join(root, 'src/pay/retry.ts'), `// ${MARKER_TOKEN}pay): fragile\nretry();\n`);
    fs.writeFileSync(path.join(tmp, 'outside/secret.ts'), `// ${MARKER_TOKEN}pay): outside\n`);
    fs.symlinkSync(path.join(tmp, 'outside/secret.ts'), path.join(root, 'src/pay/secret.ts'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  for (const git of [false, true]) {
    it(`links files and markers and refuses a symlink out of the workspace (git ${git ? 'allowed' : 'not allowed'})`, async () => {
      if (git) execFileSync('git', ['init', '-q'], { cwd: root });
      const result = await analyzeFlags(root, [flag('pay', ['src/pay/**'])], { git });
      assert.equal(result.search.via, git ? 'git grep' : 'scan');
      assert.equal(result.fileList.via, git ? 'git' : 'walk');
      const [link] = result.flags;
      assert.deepEqual(link!.files, ['src/pay/retry.ts']);
      assert.deepEqual(
        link!.markers.map((m) => `${m.file}:${m.line}`),
        ['src/pay/retry.ts:1'],
      );
      assert.equal(link!.status, 'no-report');
      if (git) {
        // git lists the link itself; the walk already left it out, so only here does the glob get an issue.
        assert.deepEqual(
          result.globIssues.map((i) => [i.flagIndex, i.pathIndex]),
          [[0, 0]],
        );
      }
    });
  }

  it('measures coverage from a report at the usual place', async () => {
    fs.mkdirSync(path.join(root, 'coverage'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'coverage/lcov.info'),
      'TN:\nSF:src/pay/retry.ts\nDA:1,0\nDA:2,4\nend_of_record\n',
    );
    try {
      const result = await analyzeFlags(root, [flag('pay', ['src/pay/**'])], { git: false });
      assert.deepEqual(result.coverage.reports, ['coverage/lcov.info']);
      assert.deepEqual(result.flags[0]!.coverage, { covered: 1, total: 2 });
      assert.deepEqual(result.flags[0]!.uncovered, [
        { file: 'src/pay/retry.ts', lines: 1, ranges: [{ start: 1, end: 1, lines: 1 }] },
      ]);
    } finally {
      fs.rmSync(path.join(root, 'coverage'), { recursive: true, force: true });
    }
  });

  it('leaves out the lines a report lists past the end of a linked file, and says so', async () => {
    fs.mkdirSync(path.join(root, 'coverage'), { recursive: true });
    // 20 lines, CR-only line ends (an editor shows 20 lines, so must Candor); the report claims lines up to 5,000.
    fs.writeFileSync(
      path.join(root, 'src/pay/long.ts'),
      Array.from({ length: 20 }, (_, i) => `line${i + 1}`).join('\r'),
    );
    const da = [
      ...Array.from({ length: 20 }, (_, i) => `DA:${i + 1},${i < 10 ? 1 : 0}`),
      'DA:21,0',
      'DA:400,0',
      'DA:5000,0',
    ];
    fs.writeFileSync(path.join(root, 'coverage/lcov.info'), `SF:src/pay/long.ts\n${da.join('\n')}\nend_of_record\n`);
    try {
      const result = await analyzeFlags(root, [flag('pay', ['src/pay/long.ts'])], { git: false });
      assert.deepEqual(result.flags[0]!.coverage, { covered: 10, total: 20 });
      assert.deepEqual(result.flags[0]!.uncovered, [
        { file: 'src/pay/long.ts', lines: 10, ranges: [{ start: 11, end: 20, lines: 10 }] },
      ]);
      assert.equal(result.coverage.clipped, 3);
      assert.deepEqual(
        result.coverage.issues.map((i) => i.message),
        ['Coverage lists 3 lines past the end of src/pay/long.ts (20 lines); they were left out.'],
      );
      const french = await analyzeFlags(root, [flag('pay', ['src/pay/long.ts'])], {
        git: false,
        words: wordsFor('fr').problems,
      });
      assert.deepEqual(
        french.coverage.issues.map((i) => i.message),
        ['La couverture compte 3 lignes après la fin de src/pay/long.ts (20 lignes) ; elles ont été écartées.'],
      );
    } finally {
      fs.rmSync(path.join(root, 'coverage'), { recursive: true, force: true });
      fs.rmSync(path.join(root, 'src/pay/long.ts'));
    }
  });

  it("says what is wrong with a report in the language asked for, from finding it to the report's name", async () => {
    fs.mkdirSync(path.join(root, 'coverage'), { recursive: true });
    fs.writeFileSync(path.join(root, 'coverage/lcov.info'), 'not a report\n');
    try {
      const result = await analyzeFlags(root, [flag('pay', ['src/pay/long.ts'])], {
        git: false,
        reports: ['coverage/lcov.info', 'coverage/missing.xml'],
        words: wordsFor('es').problems,
        language: 'es',
      });
      assert.deepEqual(
        result.coverage.issues.map((i) => i.message),
        [
          'No se encontró el informe de cobertura «coverage/missing.xml».',
          'coverage/lcov.info: No se encontró ningún registro lcov (líneas SF:): no es un archivo de traza lcov.',
        ],
      );
    } finally {
      fs.rmSync(path.join(root, 'coverage'), { recursive: true, force: true });
    }
  });
});
