import assert from 'node:assert/strict';
import type { Commit } from '../../../src/core/git/commit';
import { branchFinder, pullRequestTitle, resolveReverts } from '../../../src/core/draft/history';
import { selectCommits } from '../../../src/core/draft/select';
import { DEFAULT_NOISE_TYPES } from '../../../src/core/draft/parse';
import { aCommit } from './draftHelpers';

const merge = (subject: string, body = '') => aCommit(subject, { body, parents: ['p1', 'p2'] });

describe('draft: merges and reverts', () => {
  it('takes the title of GitHub, GitLab, Bitbucket and Azure pull request merges', () => {
    assert.equal(
      pullRequestTitle(merge('Merge pull request #52 from acme/feature/csv', 'Export invoices as CSV')),
      'Export invoices as CSV',
    );
    assert.equal(
      pullRequestTitle(
        merge("Merge branch 'csv' into 'main'", 'Export invoices as CSV\n\nSee merge request acme/portal!12'),
      ),
      'Export invoices as CSV',
    );
    assert.equal(
      pullRequestTitle(merge('Merged in feature/csv (pull request #7)', 'Export invoices as CSV')),
      'Export invoices as CSV',
    );
    assert.equal(pullRequestTitle(merge('Merged PR 31: Export invoices as CSV')), 'Export invoices as CSV');
  });

  it('gives no title for plain merges or PRs titled with a branch name or one word', () => {
    assert.equal(pullRequestTitle(merge("Merge branch 'topic'")), undefined);
    assert.equal(pullRequestTitle(merge('Merge pull request #1 from a/b', 'feature/csv-export')), undefined);
    assert.equal(pullRequestTitle(merge('Merge pull request #1 from a/b', 'Updates')), undefined);
    assert.equal(
      pullRequestTitle(aCommit('Merge pull request #1 from a/b', { body: 'Real title here' })),
      undefined,
      'one parent: not a merge',
    );
  });

  it('finds the commits a merge brought in', () => {
    const base = aCommit('base', { hash: 'b' });
    const main = aCommit('main work', { hash: 'm', parents: ['b'] });
    const one = aCommit('branch one', { hash: 'x1', parents: ['b'] });
    const two = aCommit('branch two', { hash: 'x2', parents: ['x1'] });
    const m = aCommit('Merge', { hash: 'mm', parents: ['m', 'x2'] });
    assert.deepEqual([...branchFinder([m, two, one, main, base])(m)].sort(), ['x1', 'x2']);
    // Dates out of order (a skewed clock) change nothing: the walk follows parents, not list positions.
    assert.deepEqual([...branchFinder([base, one, m, main, two])(m)].sort(), ['x1', 'x2']);
  });

  it('finds the same branches as a plain walk of both sides, on random histories in any list order', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const reachable = (starts: string[], byHash: Map<string, Commit>) => {
      const seen = new Set<string>();
      for (const stack = [...starts]; stack.length > 0;) {
        const h = stack.pop()!;
        if (!byHash.has(h) || seen.has(h)) continue;
        seen.add(h);
        stack.push(...byHash.get(h)!.parents);
      }
      return seen;
    };
    for (let round = 0; round < 30; round++) {
      const commits: Commit[] = [];
      for (let i = 0; i < 60; i++) {
        const pick = () => commits[Math.floor(random() * commits.length)]!.hash;
        const parents = i === 0 ? [] : random() < 0.3 && i > 2 ? [pick(), pick()] : [pick()];
        commits.push(aCommit(`c${i}`, { hash: `h${round}-${i}`, parents: [...new Set(parents)] }));
      }
      const shuffled = [...commits].sort(() => random() - 0.5);
      const find = branchFinder(shuffled);
      const byHash = new Map(commits.map((c) => [c.hash, c]));
      for (const m of commits.filter((c) => c.parents.length > 1)) {
        const expected = reachable(m.parents.slice(1), byHash);
        for (const h of reachable([m.parents[0]!], byHash)) expected.delete(h);
        assert.deepEqual([...find(m)].sort(), [...expected].sort(), m.hash);
      }
    }
  });

  it('cancels a commit and its revert, by hash or by quoted subject', () => {
    const c = aCommit('feat: search', { hash: 'a'.repeat(40) });
    const byHash = aCommit('Revert "feat: search"', { body: `This reverts commit ${'a'.repeat(40)}.` });
    assert.deepEqual([...resolveReverts([byHash, c]).hidden].sort(), [byHash.hash, c.hash].sort());
    const d = aCommit('feat: filters');
    const bySubject = aCommit('Revert "feat: filters"');
    assert.equal(resolveReverts([bySubject, d]).hidden.has(d.hash), true);
  });

  it('reads squash-merged revert PRs and conventional revert commits', () => {
    const c = aCommit('feat: filters', { hash: 'f'.repeat(40) });
    assert.equal(resolveReverts([aCommit('Revert "feat: filters" (#53)'), c]).hidden.has(c.hash), true);
    assert.equal(resolveReverts([aCommit('revert: feat: filters'), c]).hidden.has(c.hash), true);
    assert.equal(
      resolveReverts([aCommit('revert(search): drop filters', { body: `Refs: ${'f'.repeat(7)}` }), c]).hidden.has(
        c.hash,
      ),
      true,
    );
    assert.equal(
      resolveReverts([aCommit('feat: more filters', { body: `Refs: ${'f'.repeat(7)}` }), c]).hidden.size,
      0,
      'Refs alone is no revert',
    );
  });

  it('brings a commit back when its revert is itself reverted', () => {
    const c = aCommit('feat: search', { hash: '1'.repeat(40) });
    const r1 = aCommit('Revert "feat: search"', { hash: '2'.repeat(40), body: `This reverts commit ${c.hash}.` });
    const r2 = aCommit('Revert "Revert "feat: search""', {
      hash: '3'.repeat(40),
      body: `This reverts commit ${r1.hash}.`,
    });
    const { hidden } = resolveReverts([r2, r1, c]);
    assert.equal(hidden.has(c.hash), false);
    assert.equal(hidden.has(r1.hash) && hidden.has(r2.hash), true);
  });

  it('reports a revert of work older than the range instead of guessing', () => {
    const r = aCommit('Revert "feat: old thing"', { body: `This reverts commit ${'9'.repeat(40)}.` });
    const result = resolveReverts([r]);
    assert.deepEqual(result.ofOlderWork, [r]);
    assert.equal(result.hidden.has(r.hash), true);
  });

  it('lets a pull request with a real title speak for its branch, keeping Client-Notes', () => {
    const base = aCommit('feat: base', { hash: 'b' });
    const one = aCommit('feat(invoices): csv endpoint', { hash: 'x1', parents: ['b'], files: ['src/invoices/csv.ts'] });
    const two = aCommit('fix: escape commas', {
      hash: 'x2',
      parents: ['x1'],
      body: 'Client-Note: Commas in names no longer break the export.',
    });
    const m = aCommit('Merge pull request #52 from acme/csv', {
      hash: 'mm',
      parents: ['b', 'x2'],
      body: 'feat: export invoices as CSV',
      files: [],
    });
    const s = selectCommits([m, two, one, base], new Set(DEFAULT_NOISE_TYPES));
    assert.deepEqual(
      s.visible.map((v) => v.text),
      ['export invoices as CSV', 'Commas in names no longer break the export.', 'base'],
    );
    assert.equal(s.hidden.get(one), 'in-pull-request');
    assert.deepEqual(
      [...s.visible[0]!.files].sort(),
      ['src/app/file.ts', 'src/invoices/csv.ts'],
      'the PR is grouped by its branch files',
    );
  });

  it('hides plain merges but keeps the merged branch commits', () => {
    const base = aCommit('feat: base', { hash: 'b' });
    const one = aCommit('fix: empty cart', { hash: 'x1', parents: ['b'] });
    const m = aCommit("Merge branch 'topic'", { hash: 'mm', parents: ['b', 'x1'] });
    const s = selectCommits([m, one, base], new Set(DEFAULT_NOISE_TYPES));
    assert.equal(s.hidden.get(m), 'merge');
    assert.deepEqual(
      s.visible.map((v) => v.text),
      ['empty cart', 'base'],
    );
  });

  it('treats a dependency bot pull request as noise', () => {
    const base = aCommit('feat: base', { hash: 'b' });
    const bump = aCommit('Bump lodash', { hash: 'x1', parents: ['b'], authorName: 'dependabot[bot]' });
    const m = aCommit('Merge pull request #9 from acme/dependabot/npm_and_yarn/lodash-4.17.21', {
      hash: 'mm',
      parents: ['b', 'x1'],
      body: 'Security update of lodash',
    });
    const s = selectCommits([m, bump, base], new Set(DEFAULT_NOISE_TYPES));
    assert.equal(s.hidden.get(m), 'noise');
  });
});
