import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../../src/core/model/load';
import type { ProjectFile } from '../../../src/core/model/schema';
import { briefFromFolder, gatherBrief } from '../../../src/node/briefData';
import { projectAt } from '../../../src/node/sinceUpdate';
import { commit, initRepo, makeTemp, removeTemp } from './gitRepos';

const V0 = `version: 1
project: { name: Since Portal, client: Since Corp }
communication: { cadence: weekly, day: thursday }
milestones:
  - { id: beta, title: Beta release, due: 2026-12-01 }
client_tasks:
  - { id: keys, title: Provide production API keys, due: 2026-11-20 }
`;
const V1 = V0.replace('due: 2026-11-20 }', 'due: 2026-11-20, status: done }');
const V2 = V1.replace('due: 2026-12-01 }', 'due: 2026-12-08 }');

const load = (text: string): ProjectFile => {
  const loaded = loadProject(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value.file;
};

// Local noon, as the CLI's CANDOR_TODAY. Commits carry the committer's offset (+01:00): the day git writes for the
// update's commit is the committer's, whatever the machine's time zone.
const TODAY = new Date(2026, 10, 24, 12);
const UPDATE_1 = '# Point\n\n## Delivered\n\n- Cart page\n\n## Waiting on you\n\n- Provide production API keys\n';
const UPDATE_2 = '# Point\n\n## Delivered\n\n- Coupon field\n';

/** Two updates (Nov 12 and 19), project.yaml changed between them and after the second one when `after`. */
function buildRepo(dir: string, prefix: string, after: boolean, secondCommittedOn = '2026-11-19'): string {
  initRepo(dir);
  const at = (file: string) => path.posix.join(prefix, file);
  commit(dir, {
    message: 'feat: cart page',
    date: '2026-11-10T10:00:00+01:00',
    files: { [at('project.yaml')]: V0, [at('src/cart.ts')]: 'a\n' },
  });
  commit(dir, {
    message: 'docs: status update',
    date: '2026-11-12T16:00:00+01:00',
    files: { [at('status/2026-11-12.md')]: UPDATE_1 },
  });
  commit(dir, {
    message: 'feat: coupon field',
    date: '2026-11-15T10:00:00+01:00',
    files: { [at('project.yaml')]: V1, [at('src/coupon.ts')]: 'b\n' },
  });
  commit(dir, {
    message: 'docs: status update',
    date: `${secondCommittedOn}T16:00:00+01:00`,
    files: { [at('status/2026-11-19.md')]: UPDATE_2 },
  });
  if (after)
    commit(dir, {
      message: 'feat: one-click payment',
      date: '2026-11-21T10:00:00+01:00',
      files: { [at('project.yaml')]: V2, [at('src/pay.ts')]: 'c\n' },
    });
  return path.join(dir, prefix);
}

describe('what changed since the last update, read from git', () => {
  let dir: string;
  beforeEach(() => (dir = makeTemp('since')));
  afterEach(() => removeTemp(dir));

  it('compares project.yaml at the commit that saved the last update with now, and counts the commits since', async () => {
    const root = buildRepo(dir, '', true);
    const input = await gatherBrief(root, load(V2), { git: true, today: TODAY });
    assert.equal(input.since?.from, '2026-11-19');
    assert.deepEqual(input.since?.changes, [
      { kind: 'milestone-moved', id: 'beta', title: 'Beta release', from: '2026-12-01', to: '2026-12-08' },
    ]);
    assert.equal(input.since?.justSaved, undefined);
    assert.ok(input.git.read);
    assert.deepEqual(
      input.git.commits.map((c) => c.subject),
      ['feat: one-click payment'],
    );
    assert.equal(input.lastUpdateCommitted, undefined);
  });

  it('right after saving an update, shows what it told the client and what changed since the one before', async () => {
    const root = buildRepo(dir, 'apps/portal', false);
    const brief = await briefFromFolder(root, load(V1), { git: true, today: TODAY });
    const changes = brief.sections[0]!;
    assert.match(changes.note ?? '', /The update of 2026-11-19 was just saved \(no commit since\)/);
    assert.deepEqual(changes.groups[0], {
      title: 'What the update of 2026-11-19 told the client',
      items: ['Delivered: Coupon field'],
    });
    assert.deepEqual(changes.groups[1], {
      title: 'In project.yaml',
      items: ['Client task done: Provide production API keys'],
    });
    assert.doesNotMatch(brief.markdown, /Commits read: 0 commits/);
    // The period starts right after the update of the 12th (16:00 at +01:00): the 12th or the 13th, by time zone.
    assert.match(brief.markdown, /Commits read: 2 commits since 2026-11-1[23]/);
  });

  it('takes an update saved today and not yet committed as just saved, whatever was committed today', async () => {
    const root = buildRepo(dir, '', true);
    fs.writeFileSync(path.join(root, 'status/2026-11-24.md'), '# Point\n\n## Delivered\n\n- One-click payment\n');
    const input = await gatherBrief(root, load(V2), { git: true, today: TODAY });
    assert.deepEqual(input.since, {
      from: '2026-11-19',
      changes: [{ kind: 'milestone-moved', id: 'beta', title: 'Beta release', from: '2026-12-01', to: '2026-12-08' }],
      justSaved: { day: '2026-11-24', told: ['Delivered: One-click payment'] },
    });
    assert.ok(input.git.read);
    assert.deepEqual(
      input.git.commits.map((c) => c.subject),
      ['feat: one-click payment'],
    );
  });

  it('says the last update was committed after its file’s day', async () => {
    const root = buildRepo(dir, '', true, '2026-11-21');
    const input = await gatherBrief(root, load(V2), { git: true, today: TODAY });
    assert.equal(input.lastUpdateCommitted, '2026-11-21');
  });

  it('reads project.yaml at a commit from a project in a sub-folder, and nothing from a folder without one', async () => {
    const root = buildRepo(dir, 'apps/portal', true);
    const first = commit(dir, { message: 'chore: nothing', date: '2026-11-22T10:00:00+01:00' });
    assert.deepEqual(await projectAt(root, first), load(V2));
    const outside = path.join(dir, 'apps');
    assert.equal(await projectAt(outside, first), undefined);
  });

  it('starts no comparison without git (Restricted Mode)', async () => {
    const root = buildRepo(dir, '', true);
    const input = await gatherBrief(root, load(V2), { git: false, today: TODAY });
    assert.equal(input.since, undefined);
  });
});
