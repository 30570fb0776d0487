import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseSince, type CommitRange } from '../../../src/core/git/range';
import { readCommits } from '../../../src/node/git/log';
import { runGit } from '../../../src/node/git/run';
import { buildHistory, installSpawnCounter, makeTemp, removeTemp } from './gitRepos';

/** Payloads that would write `out/<n>` or run a program if git read them as options, config or transports:
 * refused as a tag, a date, a revision and a path alike. */
function payloads(out: string): string[] {
  const file = (n: string): string => path.join(out, n);
  return [
    `--output=${file('output')}`,
    `--output ${file('output-space')}`,
    `-o${file('short-o')}`,
    `-c core.pager=touch ${file('pager')}`,
    `-ccore.pager=touch ${file('pager2')}`,
    `-c`,
    `--config=core.fsmonitor=touch ${file('fsmonitor')}`,
    `--config-env=core.pager=PATH`,
    `--upload-pack=touch ${file('upload')}`,
    `--upload-pack touch ${file('upload-space')}`,
    `--receive-pack=touch ${file('receive')}`,
    `--exec=touch ${file('exec')}`,
    `ext::sh -c touch% ${file('ext')}`,
    `ext::sh -c "touch ${file('ext2')}"`,
    `fd::3`,
    `v1.0\n--output=${file('newline')}`,
    `v1.0\r--output=${file('cr')}`,
    `v1.0\0--output=${file('nul')}`,
    `v1.0 --output=${file('after-space')}`,
    `x -c core.pager=touch ${file('embedded-c')}`,
    `-`,
    `--`,
    `--end-of-options`,
    `-n1`,
    `--all`,
    `--git-dir=${out}`,
    `--work-tree=/`,
    `--open-files-in-pager=touch ${file('open')}`,
    `--ext-diff`,
    `--textconv`,
    `:/fix`,
    `:(top)../../etc`,
    `v1.0\t`,
    `v1.0\x7f`,
    `/etc/passwd`,
    `../../outside`,
    'x'.repeat(5000),
    '',
  ];
}

/** Revision syntax that reads something the user did not name (the previous branch, a reflog entry, a blob, a
 * search): refused as a tag, a date and a revision; as a path after `--` each is only an odd file name. */
function revisionOddities(out: string): string[] {
  return [
    '@{-1}',
    'HEAD@{1}',
    'main@{upstream}',
    'HEAD:package.json',
    'v1.0...HEAD',
    'v*',
    `yesterday; touch ${out}/semicolon`,
    `$(touch ${out}/subshell)`,
  ];
}

describe('argument injection: every user value that reaches git is refused before git runs', () => {
  let dir: string;
  let out: string;
  let bin: string;
  let counter: ReturnType<typeof installSpawnCounter>;
  before(() => {
    dir = makeTemp('inject');
    buildHistory(dir);
    out = makeTemp('inject-out');
    bin = makeTemp('inject-bin');
    counter = installSpawnCounter(bin);
  });
  after(() => {
    counter.restore();
    [dir, out, bin].forEach(removeTemp);
  });

  it('counts real spawns (the control: a valid read starts git and is logged)', async () => {
    const read = await readCommits(dir, { kind: 'tag', value: 'v1.0' });
    assert.ok(read.ok, JSON.stringify(read));
    assert.ok(counter.calls().length >= 2, 'the counter saw no git process');
    fs.rmSync(counter.log);
  });

  it('has at least 30 payloads refused everywhere', () =>
    assert.ok(payloads(out).length >= 30, String(payloads(out).length)));

  for (const kind of ['tag', 'date', 'lastUpdate'] as const) {
    it(`refuses each payload as a ${kind} range, starting no process and writing no file`, async () => {
      for (const payload of [...payloads(out), ...revisionOddities(out)]) {
        const read = await readCommits(dir, { kind, value: payload } as CommitRange);
        assert.ok(!read.ok && read.state === 'refused', `${JSON.stringify(payload)}: ${JSON.stringify(read)}`);
        assert.match(read.message, /Git was not run\.$/);
      }
      assertNothingHappened();
    });
  }

  it('refuses ranges of days that are not whole numbers from 1 to 3650', async () => {
    for (const value of [0, -1, 1.5, NaN, Infinity, 3651, '--output=x' as unknown as number]) {
      const read = await readCommits(dir, { kind: 'days', value });
      assert.ok(!read.ok && read.state === 'refused', String(value));
    }
    assertNothingHappened();
  });

  it('refuses each payload given to the CLI as --since', () => {
    for (const payload of [...payloads(out), ...revisionOddities(out)]) {
      const parsed = parseSince(payload);
      assert.equal(parsed.ok, false, JSON.stringify(payload));
    }
  });

  it('refuses each payload as a revision, a path or a date given to runGit directly', async () => {
    const paths = (payload: string) =>
      revisionOddities(out).includes(payload) ? [] : [{ args: ['log', '-1'], paths: [payload] }];
    for (const payload of [...payloads(out), ...revisionOddities(out)]) {
      for (const command of [
        { args: ['log', '-1'], revisions: [payload] },
        { args: ['log', '-1'], revisions: ['HEAD', payload] },
        { args: ['log', '-1'], dates: { '--since': payload } },
        { args: ['log', '-1'], dates: { '--until': payload } },
        ...paths(payload),
      ]) {
        const run = await runGit(dir, command);
        assert.ok(
          !run.ok && run.failure.kind === 'refused',
          `${JSON.stringify(payload)} in ${JSON.stringify(command)}`,
        );
      }
    }
    assertNothingHappened();
  });

  it('refuses a folder that is relative or holds a line break', async () => {
    for (const root of ['--output=x', 'relative/dir', `${dir}\n--output=${out}/root`, `${dir}\0x`]) {
      const run = await runGit(root, { args: ['log', '-1'] });
      assert.ok(!run.ok && run.failure.kind === 'refused', JSON.stringify(root));
    }
    assertNothingHappened();
  });

  it('passes a hostile-looking but valid tag name byte for byte, after --end-of-options', async () => {
    const read = await readCommits(dir, { kind: 'tag', value: 'no-such-tag#$(x)' });
    assert.ok(!read.ok && read.state === 'no-such-tag', JSON.stringify(read));
    assert.ok(
      counter.calls().some((c) => c.includes('--end-of-options refs/tags/no-such-tag#$(x) --')),
      counter.calls().join('\n'),
    );
    fs.rmSync(counter.log);
    assert.deepEqual(fs.readdirSync(out), []);
  });

  function assertNothingHappened(): void {
    assert.deepEqual(counter.calls(), [], 'a git process was started');
    assert.deepEqual(fs.readdirSync(out), [], 'a payload wrote a file');
  }
});
