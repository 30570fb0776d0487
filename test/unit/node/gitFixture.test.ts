// Real `git log` output, kept as a fixture: the history that gitRepos.buildHistory makes (fixed dates and
// identities, so the hashes are stable) read with the exact arguments of readCommits. CANDOR_UPDATE_FIXTURES=1
// rewrites it from a live repository.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { LOG_FORMAT, parseLog, readCommits } from '../../../src/node/git/log';
import { runGit } from '../../../src/node/git/run';
import { buildHistory, makeTemp, removeTemp } from './gitRepos';

const FIXTURE = path.join(__dirname, '../../fixtures/git/history.log');
const ARGS = [
  'log',
  '-z',
  '--name-only',
  '--no-renames',
  '--no-color',
  '--no-notes',
  '--no-show-signature',
  '--encoding=UTF-8',
];

describe('the git log fixture', () => {
  let dir: string;
  let live: string;
  before(async () => {
    dir = makeTemp('fixture');
    buildHistory(dir);
    const out = await runGit(dir, { args: [...ARGS, LOG_FORMAT], revisions: ['HEAD'] });
    assert.ok(out.ok, JSON.stringify(out));
    live = out.stdout;
    if (process.env.CANDOR_UPDATE_FIXTURES === '1') fs.writeFileSync(FIXTURE, live);
  });
  after(() => removeTemp(dir));

  it('is what git writes today for the same history', () => {
    assert.equal(fs.readFileSync(FIXTURE, 'utf8'), live);
  });

  it('parses into the commits readCommits returns', async () => {
    const read = await readCommits(dir, { kind: 'date', value: '2026-11-01' });
    assert.ok(read.ok);
    assert.deepEqual(parseLog(fs.readFileSync(FIXTURE, 'utf8')), { commits: read.value.commits, skipped: 0 });
  });

  it('holds the shapes drafting needs: a merge, a root commit, trailers, a file name with a space', () => {
    const { commits } = parseLog(fs.readFileSync(FIXTURE, 'utf8'));
    assert.deepEqual(
      commits.map((c) => c.subject),
      [
        'Merge branch feature',
        'chore: bump deps',
        'feat: export invoices',
        'fix(payments): retry on timeout',
        'feat(checkout): first page',
      ],
    );
    assert.deepEqual(
      commits.map((c) => c.parents.length),
      [2, 1, 1, 1, 0],
    );
    assert.deepEqual(commits[0]!.files, []);
    assert.deepEqual(commits[4]!.files, ['src/checkout/page.ts']);
    assert.match(commits[3]!.body, /^Co-authored-by: Ann Lee <ann@example\.dev>$/m);
    assert.ok(commits[3]!.files.includes('docs/notes with space.md'));
  });
});
