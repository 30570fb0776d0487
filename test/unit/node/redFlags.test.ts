import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MARKER_TOKEN } from '../../../src/core/markers';
import type { RedFlag } from '../../../src/core/model/schema';
import { loadFlagLinks } from '../../../src/node/redFlags';

const flag = (id: string, paths: string[]): RedFlag => ({ id, title: id, kind: 'other', severity: 'high', client_visible: false, status: 'open', paths });

describe('loadFlagLinks', () => {
  let tmp: string;
  let root: string;
  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'candor-links-')));
    root = path.join(tmp, 'ws');
    fs.mkdirSync(path.join(root, 'src/pay'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'outside'));
    fs.writeFileSync(path.join(root, 'src/pay/retry.ts'), `// ${MARKER_TOKEN}pay): fragile\n`);
    fs.writeFileSync(path.join(tmp, 'outside/secret.ts'), `// ${MARKER_TOKEN}pay): outside\n`);
    fs.symlinkSync(path.join(tmp, 'outside/secret.ts'), path.join(root, 'src/pay/secret.ts'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  for (const git of [false, true]) {
    it(`links files and markers and refuses a symlink out of the workspace (git ${git ? 'allowed' : 'not allowed'})`, async () => {
      if (git) execFileSync('git', ['init', '-q'], { cwd: root });
      const result = await loadFlagLinks(root, [flag('pay', ['src/pay/**'])], { git });
      assert.equal(result.search.via, git ? 'git grep' : 'scan');
      assert.equal(result.fileList.via, git ? 'git' : 'walk');
      const [link] = result.flags;
      assert.deepEqual(link!.files, ['src/pay/retry.ts']);
      assert.deepEqual(link!.markers.map((m) => `${m.file}:${m.line}`), ['src/pay/retry.ts:1']);
      assert.equal(link!.status, 'no-report');
      if (git) {
        // git lists the link itself; the walk already left it out, so only here does the glob get an issue.
        assert.deepEqual(result.globIssues.map((i) => [i.flagIndex, i.pathIndex]), [[0, 0]]);
      }
    });
  }

  it('uses coverage found once the file list is known', async () => {
    const lookup = (file: string) => (file === 'src/pay/retry.ts' ? new Map([[1, 0], [2, 4]]) : undefined);
    const result = await loadFlagLinks(root, [flag('pay', ['src/pay/**'])], { git: false, loadCoverage: async (files) => (files.length > 0 ? lookup : undefined) });
    assert.deepEqual(result.flags[0]!.coverage, { covered: 1, total: 2 });
  });
});
