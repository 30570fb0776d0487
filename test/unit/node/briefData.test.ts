import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { brief } from '../../../src/cli/brief';
import { loadProject } from '../../../src/core/model/load';
import type { ProjectFile } from '../../../src/core/model/schema';
import { briefFromFolder, gatherBrief } from '../../../src/node/briefData';
import { runCommand } from '../cli/harness';
import { commit, git, initRepo, installSpawnCounter, makeTemp, removeTemp } from './gitRepos';

const YAML = `version: 1
project: { name: Brief Portal, client: Brief Corp, phase: delivery }
client:
  departments:
    - { name: Finance, notified: 2026-11-02 }
communication: { cadence: weekly, day: thursday }
phases:
  - { id: delivery, title: Delivery, checklist: [{ id: a, text: Chaos tests on every delivery }] }
milestones:
  - { id: beta, title: Beta release, due: 2026-12-01, paths: [src/checkout/**] }
  - { id: export, title: Invoice export, due: 2027-01-30, paths: [src/export/**] }
red_flags:
  - { id: exp, title: Invoice format never used, severity: high, paths: [src/export/**] }
`;

function project(): ProjectFile {
  const loaded = loadProject(YAML);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value.file;
}

// Local noon, as the CLI's CANDOR_TODAY: the same calendar day, and the same 7-day window, in every time zone.
const TODAY = new Date(2026, 10, 24, 12);
const LCOV = 'SF:src/export/csv.ts\nDA:1,1\nDA:2,0\nDA:3,0\nend_of_record\n';

/**
 * A repo whose project.yaml sits in `prefix` (the repo root when empty), with commits on fixed days. The coupon
 * commit (09:00 UTC on the 18th) is before 2026-11-19 and after noon of the 17th in every zone from UTC-12 to
 * UTC+14, so the window since the update of the 19th and the 7 days to TODAY hold the same commits everywhere.
 */
function buildRepo(dir: string, prefix = ''): string {
  initRepo(dir);
  const at = (file: string) => path.posix.join(prefix, file);
  const root = path.join(dir, prefix);
  commit(dir, {
    message: 'feat(checkout): cart page',
    date: '2026-11-16T10:00:00Z',
    files: { [at('project.yaml')]: YAML, [at('src/checkout/cart.ts')]: 'a\n' },
  });
  commit(dir, {
    message: 'feat(checkout): coupon field',
    date: '2026-11-18T09:00:00Z',
    files: { [at('src/checkout/coupon.ts')]: 'b\n' },
  });
  commit(dir, {
    message: 'fix(export): rounding of invoice totals JIRA-7',
    date: '2026-11-20T10:00:00Z',
    files: { [at('src/export/csv.ts')]: '// RED-FLAG(exp): format\nc\nd\n' },
  });
  commit(dir, {
    message: 'feat: one-click payment',
    date: '2026-11-23T10:00:00Z',
    files: { [at('src/checkout/pay.ts')]: 'e\n', [at('coverage/lcov.info')]: LCOV },
  });
  if (prefix)
    commit(dir, {
      message: 'feat: work of another project',
      date: '2026-11-23T11:00:00Z',
      files: { 'other/app.ts': 'x\n' },
    });
  return root;
}

describe('gatherBrief and briefFromFolder', () => {
  let dir: string;
  beforeEach(() => (dir = makeTemp('brief')));
  afterEach(() => removeTemp(dir));

  it('reads the commits since the last update in the status history, and coverage from the usual report', async () => {
    const root = buildRepo(dir);
    fs.mkdirSync(path.join(root, 'status'));
    fs.writeFileSync(path.join(root, 'status/2026-11-19.md'), '# update\n');
    const input = await gatherBrief(root, project(), { git: true, today: TODAY });
    assert.equal(input.lastUpdate, '2026-11-19');
    assert.ok(input.git.read);
    assert.deepEqual(
      input.git.commits.map((c) => c.subject),
      ['feat: one-click payment', 'fix(export): rounding of invoice totals JIRA-7'],
    );
    const brief = await briefFromFolder(root, project(), { git: true, today: TODAY });
    const changes = brief.sections.find((s) => s.id === 'changes')!;
    assert.deepEqual(
      changes.groups.map((g) => g.title),
      ['Beta release', 'Invoice export'],
    );
    assert.ok(!brief.markdown.includes('JIRA-7'));
    assert.match(
      brief.markdown,
      /\[high\] exp: .* 33% of 3 lines covered — code changed since the last update \(1 commit\)/,
    );
    assert.match(
      brief.markdown,
      /Finance — notified 2026-11-02, before the latest change to upcoming work \(2026-11-23, Beta release\)/,
    );
    assert.equal(brief.nextCall, '2026-11-26');
  });

  it('reads the last 7 days when no update was saved', async () => {
    const root = buildRepo(dir);
    const input = await gatherBrief(root, project(), { git: true, today: TODAY });
    assert.equal(input.lastUpdate, undefined);
    assert.ok(input.git.read);
    assert.equal(input.git.since, '2026-11-17');
    assert.equal(input.git.commits.length, 3);
  });

  it('makes commit paths relative to a project in a sub-folder and leaves out commits outside it', async () => {
    const root = buildRepo(dir, 'apps/portal');
    const input = await gatherBrief(root, project(), { git: true, today: TODAY });
    assert.ok(input.git.read);
    assert.deepEqual(
      input.git.commits.map((c) => c.subject),
      ['feat: one-click payment', 'fix(export): rounding of invoice totals JIRA-7', 'feat(checkout): coupon field'],
    );
    assert.deepEqual(input.git.commits[0]!.files.sort(), ['coverage/lcov.info', 'src/checkout/pay.ts']);
  });

  it('starts no git process when git is not allowed, and the brief says what is missing', async () => {
    const root = buildRepo(dir);
    const bin = makeTemp('brief-bin');
    const counter = installSpawnCounter(bin);
    try {
      const brief = await briefFromFolder(root, project(), { git: false, today: TODAY });
      assert.deepEqual(counter.calls(), []);
      assert.match(brief.markdown, /^# Internal — not for the client/);
      assert.match(brief.markdown, /Git was not read: this workspace is in Restricted Mode/);
      assert.match(brief.markdown, /33% of 3 lines covered — recent changes unknown \(git not read\)/);
    } finally {
      counter.restore();
      removeTemp(bin);
    }
  });

  it('builds the brief with the reason when the folder is not a repository', async () => {
    fs.writeFileSync(path.join(dir, 'project.yaml'), YAML);
    const input = await gatherBrief(dir, project(), { git: true, today: TODAY });
    assert.equal(input.git.read, false);
    const brief = await briefFromFolder(dir, project(), { git: true, today: TODAY });
    assert.match(brief.markdown, /Git was not read: .*repository/i);
  });

  it('counts an empty repository as read with no commits', async () => {
    initRepo(dir);
    const input = await gatherBrief(dir, project(), { git: true, today: TODAY });
    assert.ok(input.git.read);
    assert.equal(input.git.commits.length, 0);
    assert.equal(git(dir, ['status', '--porcelain']).trim(), '');
  });

  it('rejects when aborted', async () => {
    const root = buildRepo(dir);
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(gatherBrief(root, project(), { git: true, today: TODAY, signal: controller.signal }));
  });
});

describe('candor brief', () => {
  let dir: string;
  beforeEach(() => (dir = makeTemp('brief-cli')));
  afterEach(() => removeTemp(dir));

  // The CLI's "today" is fixed (CANDOR_TODAY, local noon): the last 7 days are the same commits on any date.
  const run = async (args: string[]) => {
    const r = await runCommand(brief, args, { env: { CANDOR_TODAY: '2026-11-24' } });
    return { code: r.code, out: r.stdout, err: r.stderr };
  };

  it('prints the internal brief and exits 0, with or without git', async () => {
    const root = buildRepo(dir);
    const withGit = await run([root]);
    assert.equal(withGit.code, 0, withGit.err);
    assert.match(withGit.out, /^# Internal — not for the client — call brief: Brief Portal\n/);
    assert.match(withGit.out, /Commits read: 3 commits/);
    const noGit = await run([root, '--no-git']);
    assert.equal(noGit.code, 0);
    assert.match(noGit.out, /Git was not read/);
  });

  it('exits 1 when project.yaml is invalid and 2 on a usage error', async () => {
    fs.writeFileSync(path.join(dir, 'project.yaml'), 'version: 2\n');
    const invalid = await run([dir]);
    assert.equal(invalid.code, 1);
    assert.match(invalid.err, /project\.yaml:\d+:\d+/);
    assert.equal((await run([dir, '--since', '2026-02-30'])).code, 2);
    assert.equal((await run([dir, '--until', '--all'])).code, 2);
    assert.equal((await run([dir, 'extra'])).code, 2);
  });
});
