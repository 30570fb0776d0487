// The suffix-trie path mapping answers exactly what the plain version (pathMapNaive.ts, quadratic in path
// segments) answered, on generated workspaces, report paths, workspace roots and Cobertura source roots.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createPathIndex, mapReportPaths } from '../../../src/core/coverage/pathMap';
import * as naive from './pathMapNaive';

const SEGMENTS = ['a', 'b', 'A', 'src', 'lib', 'x.ts', 'X.ts', 'y.go', '.', '..', 'w'];
const segment = fc.constantFrom(...SEGMENTS);
const relative = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));
// Workspace files come from git or a walk: relative, without `.` or `..`, each once.
const workspaceFile = fc
  .array(fc.constantFrom(...SEGMENTS.filter((s) => s !== '.' && s !== '..')), { minLength: 1, maxLength: 5 })
  .map((s) => s.join('/'));
const reportPath = fc
  .tuple(fc.constantFrom('', '/', 'C:\\', '/w/', 'file:///ci/', './'), relative)
  .map(([head, rel]) => head + rel);
const options = fc.record({
  workspaceRoot: fc.option(fc.constantFrom('/w', '/ci/w', '/', 'C:\\w'), { nil: undefined }),
  sourceRoots: fc.array(
    fc.tuple(fc.constantFrom('', '/', '/w/', '/ci/'), relative).map(([h, r]) => h + r),
    { maxLength: 4 },
  ),
});

describe('path mapping by suffix trie', () => {
  it('answers as the plain suffix search did, for every generated case', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(workspaceFile, { maxLength: 12 }),
        fc.array(reportPath, { minLength: 1, maxLength: 8 }),
        options,
        (files, paths, opts) => {
          const mine = mapReportPaths(paths, createPathIndex(files), opts);
          const theirs = naive.mapReportPaths(paths, naive.createPathIndex(files), opts);
          assert.deepEqual(new Map([...mine].sort()), new Map([...theirs].sort()));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
