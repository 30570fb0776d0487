import assert from 'node:assert/strict';
import { filesMatchedByFlags, linkFlags, type CoverageLookup } from '../../../../src/core/flags/link';
import { uncoveredRanges } from '../../../../src/core/flags/coverage';
import type { Marker } from '../../../../src/core/markers';
import type { RedFlag } from '../../../../src/core/model/schema';

/** A red flag as the schema's defaults would give it, with what the test sets. */
const flag = (id: string, over: Partial<RedFlag> = {}): RedFlag => ({
  id,
  title: `Flag ${id}`,
  kind: 'untested',
  severity: 'medium',
  client_visible: false,
  status: 'open',
  ...over,
});
const marker = (id: string, file: string, line = 1): Marker => ({ id, file, line, column: 4, note: 'why' });
const hits = (entries: Record<string, [number, number][]>): CoverageLookup => {
  const maps = new Map(Object.entries(entries).map(([file, lines]) => [file, new Map(lines)]));
  return (file) => maps.get(file);
};

const FILES = ['src/pay/retry.ts', 'src/pay/retry.test.ts', 'src/pay/capture.ts', 'src/ui/form.ts', 'docs/a.md'];

describe('linkFlags', () => {
  it('links a red flag to the files its globs match and to its markers', () => {
    const { flags } = linkFlags({
      flags: [flag('pay', { paths: ['src/pay/**'] })],
      files: FILES,
      markers: [marker('pay', 'src/ui/form.ts', 12)],
    });
    assert.deepEqual(flags[0]!.files, [
      'src/pay/retry.ts',
      'src/pay/retry.test.ts',
      'src/pay/capture.ts',
      'src/ui/form.ts',
    ]);
    assert.deepEqual(
      flags[0]!.markers.map((m) => m.line),
      [12],
    );
  });

  it('measures covered share over the flag files in the report', () => {
    const coverage = hits({
      'src/pay/retry.ts': [
        [1, 3],
        [2, 0],
        [3, 0],
        [5, 1],
      ],
      'src/pay/capture.ts': [[1, 0]],
    });
    const [link] = linkFlags({
      flags: [flag('pay', { paths: ['src/pay/*.ts'] })],
      files: FILES,
      markers: [],
      coverage,
    }).flags;
    assert.equal(link!.status, 'covered');
    assert.deepEqual(link!.coverage, { covered: 2, total: 5 });
    assert.deepEqual(link!.uncovered, [
      { file: 'src/pay/retry.ts', lines: 2, ranges: [{ start: 2, end: 3, lines: 2 }] },
      { file: 'src/pay/capture.ts', lines: 1, ranges: [{ start: 1, end: 1, lines: 1 }] },
    ]);
  });

  it('says when the report does not list any of the flag files', () => {
    const [link] = linkFlags({
      flags: [flag('pay', { paths: ['src/pay/**'] })],
      files: FILES,
      markers: [],
      coverage: hits({}),
    }).flags;
    assert.equal(link!.status, 'not-in-report');
    assert.equal(link!.coverage, undefined);
  });

  it('guesses untested files when there is no report, and says it is a guess by its status', () => {
    const [link] = linkFlags({
      flags: [flag('pay', { paths: ['src/pay/**', 'docs/**'] })],
      files: FILES,
      markers: [],
    }).flags;
    assert.equal(link!.status, 'no-report');
    assert.deepEqual(link!.untestedGuess, ['src/pay/capture.ts']);
  });

  it('says when a flag has no marker and no matching path', () => {
    const [link] = linkFlags({ flags: [flag('lost', { paths: ['nowhere/**'] })], files: FILES, markers: [] }).flags;
    assert.equal(link!.status, 'unlinked');
    assert.deepEqual(link!.files, []);
  });

  it('orders flags by severity, then least covered first, unmeasured first', () => {
    const coverage = hits({
      'src/pay/retry.ts': [
        [1, 1],
        [2, 0],
      ],
      'src/pay/capture.ts': [[1, 1]],
      'src/ui/form.ts': [[1, 0]],
    });
    const result = linkFlags({
      flags: [
        flag('low', { severity: 'low', paths: ['src/ui/**'] }),
        flag('high-full', { severity: 'high', paths: ['src/pay/capture.ts'] }),
        flag('high-half', { severity: 'high', paths: ['src/pay/retry.ts'] }),
        flag('critical', { severity: 'critical', paths: ['src/pay/capture.ts'] }),
        flag('high-none', { severity: 'high', paths: ['docs/**'] }),
      ],
      files: FILES,
      markers: [],
      coverage,
    });
    assert.deepEqual(
      result.flags.map((l) => l.flag.id),
      ['critical', 'high-none', 'high-half', 'high-full', 'low'],
    );
  });

  it('warns on markers whose id names no flag, at their place', () => {
    const { warnings } = linkFlags({
      flags: [flag('pay')],
      files: FILES,
      markers: [marker('pay', 'a.ts'), marker('typo', 'b.ts', 7)],
    });
    assert.equal(warnings.length, 1);
    assert.deepEqual({ ...warnings[0], message: undefined }, { file: 'b.ts', line: 7, column: 4, message: undefined });
    assert.match(warnings[0]!.message, /typo/);
  });

  it('refuses unsafe globs with an issue at their index and keeps the safe ones', () => {
    const result = linkFlags({
      flags: [flag('a'), flag('b', { paths: ['src/pay/retry.ts', '../x', '/etc/**', '%2e%2e/y'] })],
      files: FILES,
      markers: [],
    });
    assert.deepEqual(
      result.globIssues.map((i) => [i.flagIndex, i.pathIndex]),
      [
        [1, 1],
        [1, 2],
        [1, 3],
      ],
    );
    assert.deepEqual(result.flags.find((l) => l.flag.id === 'b')!.files, ['src/pay/retry.ts']);
  });

  it('leaves out files that resolve outside the workspace and flags the glob that matched them', () => {
    const result = linkFlags({
      flags: [flag('a', { paths: ['src/ui/**', 'src/pay/**'] })],
      files: FILES,
      markers: [],
      outside: new Set(['src/pay/capture.ts']),
    });
    assert.ok(!result.flags[0]!.files.includes('src/pay/capture.ts'));
    assert.deepEqual(
      result.globIssues.map((i) => [i.flagIndex, i.pathIndex]),
      [[0, 1]],
    );
  });

  it('lists the files any valid glob matches, for the symlink check', () => {
    assert.deepEqual(filesMatchedByFlags([flag('a', { paths: ['docs/**', '../**'] })], FILES), ['docs/a.md']);
  });
});

describe('uncoveredRanges', () => {
  it('joins uncovered lines across lines the report does not instrument, largest range first', () => {
    const ranges = uncoveredRanges(
      new Map([
        [1, 0],
        [2, 5],
        [4, 0],
        [7, 0],
        [9, 0],
        [10, 1],
        [12, 0],
        [13, 0],
        [14, 0],
        [15, 0],
      ]),
    );
    assert.deepEqual(ranges, [
      { start: 12, end: 15, lines: 4 },
      { start: 4, end: 9, lines: 3 },
      { start: 1, end: 1, lines: 1 },
    ]);
  });

  it('splits a range at a gap of more than three lines the report does not instrument', () => {
    assert.deepEqual(
      uncoveredRanges(
        new Map([
          [1, 0],
          [6, 0],
        ]),
      ),
      [
        { start: 1, end: 1, lines: 1 },
        { start: 6, end: 6, lines: 1 },
      ],
    );
  });

  it('ignores line numbers that are not positive integers', () => {
    assert.deepEqual(
      uncoveredRanges(
        new Map([
          [0, 0],
          [-3, 0],
          [1.5, 0],
        ]),
      ),
      [],
    );
  });
});
