// The draft on a real repo: ACME_STEPS are replayed with git in a temp folder with fixed dates. The captured
// `git log` output is also kept in test/fixtures/gitlog/acme.log (CANDOR_UPDATE_FIXTURES=1 rewrites it), so
// the other draft tests run on real git output without starting git.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { draftStatus } from '../../../src/core/draft/index';
import { acmeProject, LOG_ARGS, commitsOf, TempRepo } from './draftHelpers';
import { ACME_STEPS, leaks } from './draftScenario';

const FIXTURE = path.join(__dirname, '../../fixtures/gitlog/acme.log');

describe('draft: on a real git history', function () {
  let repo: TempRepo;
  let raw: string;

  before(() => {
    repo = new TempRepo().run(ACME_STEPS);
    raw = repo.git(LOG_ARGS);
    if (process.env.CANDOR_UPDATE_FIXTURES === '1') fs.writeFileSync(FIXTURE, raw);
  });
  after(() => repo.remove());

  it('reads merges, reverts and file lists as git writes them', () => {
    const commits = commitsOf(raw);
    assert.equal(commits.length, 34);
    const merges = commits.filter((c) => c.parents.length === 2).map((c) => c.subject);
    assert.deepEqual(merges, ["Merge branch 'topic'", 'Merge pull request #52 from acme/feature/export-csv']);
    const revert = commits.find((c) => c.subject.startsWith('Revert'))!;
    assert.match(revert.body, /^This reverts commit [0-9a-f]{40}\.$/);
    assert.deepEqual(commits.find((c) => c.subject.startsWith('feat(api)'))!.files, ['src/api/version.ts']);
  });

  it('gives the same draft from the live repo as from the captured fixture', () => {
    const input = { project: acmeProject(), range: { from: '2026-11-19', to: '2026-11-26' }, today: '2026-11-26' };
    const live = draftStatus({ ...input, commits: commitsOf(raw) });
    const fixture = draftStatus({ ...input, commits: commitsOf(fs.readFileSync(FIXTURE, 'utf8')) });
    assert.equal(live.markdown, fixture.markdown);
    assert.equal(live.text, fixture.text);
  });

  it('lets no trailer, email, handle, name, token or blame phrase of the real history reach the draft', () => {
    for (const language of ['en', 'fr', 'es', 'de'] as const) {
      const d = draftStatus({
        project: acmeProject(),
        commits: commitsOf(raw),
        range: { from: '2026-11-19', to: '2026-11-26' },
        today: '2026-11-26',
        language,
        options: { maxItemsPerSection: 100 },
      });
      assert.deepEqual([...leaks(d.markdown), ...leaks(d.text)], [], d.markdown);
    }
  });

  it('drafts from a range that reverts older work, and warns about it', () => {
    const all = commitsOf(raw);
    const since = all.findIndex((c) => c.subject === 'feat(search): add product search ✨');
    const draft = draftStatus({
      project: acmeProject(),
      commits: all.slice(0, since),
      range: { from: '2026-11-22', to: '2026-11-26' },
      today: '2026-11-26',
    });
    assert.ok(!draft.markdown.includes('search'));
    assert.ok(draft.warnings.some((w) => w.kind === 'revert' && w.message.includes('Revert')));
  });
});
