import assert from 'node:assert/strict';
import { draftStatus } from '../../../src/core/draft/index';
import { hostileRanges, rangeBytes } from '../../fixtures/hostile/commits';
import { acmeProject } from './draftHelpers';
import { leaks } from './draftScenario';

// The hostile ranges' text, not their cost: the benchmark (bench/draftHostile.ts) times each at 1 MB in a process
// of its own. Here each is drafted at 20 KB, and the draft must still be one a tech lead could read.
const SIZE = 20_000;
// Markers the cleaning steps place in a text while they work (a cut, a gap): none may reach the draft.
const WORKING_MARKS = /[\u0000\uE000-\uF8FF]/u;

describe('draft: hostile commit ranges', () => {
  const project = acmeProject();
  // A day, not a moment: noon UTC is the 27th at UTC+14, where the suite also runs.
  const today = '2026-11-26';

  it('has at least 25 shapes, each under 1 MB at the benchmark’s size', () => {
    const ranges = hostileRanges(1_000_000);
    assert.ok(ranges.length >= 25, `${ranges.length} shapes`);
    for (const { name, commits } of ranges) {
      const bytes = rangeBytes(commits);
      assert.ok(bytes < 1_000_000 && bytes > 900_000, `${name}: ${bytes} bytes`);
    }
  });

  for (const { name, commits } of hostileRanges(SIZE)) {
    it(`drafts ${name} with its headings whole and nothing of the team or of the cleaning in it`, () => {
      const draft = draftStatus({ project, commits, range: { from: '2026-11-19', to: '2026-11-26' }, today });
      const lines = draft.markdown.split('\n');
      assert.equal(lines[0], '# Acme Portal: status update, 26 November 2026');
      assert.doesNotMatch(draft.markdown, WORKING_MARKS);
      assert.deepEqual(leaks(draft.markdown), []);
      assert.doesNotMatch(draft.markdown, /\bPaul\b|\bKim\b|\ba\d{1,2}\b/);
      assert.equal(draft.explain.length, commits.length, 'every commit is explained');
    });
  }
});
