// The hostile corpus (test/fixtures/coverage/hostile/): every input under 1 MB parses to the right answer, or
// to a clean failure with a position, and maps to the right workspace files. Its cost is the benchmark's
// business (bench/coverage.ts), not this test's.
import assert from 'node:assert/strict';
import { parseCoverage } from '../../../src/core/coverage/detect';
import { createPathIndex, mapReportPaths, resolveReport } from '../../../src/core/coverage/pathMap';
import { hitsAt, toMap } from '../../../src/core/coverage/types';
import { hostileCorpus, type HostileCase } from '../../fixtures/coverage/hostile';

const corpus = hostileCorpus();
const ONE_MB = 1024 * 1024;

function check(c: HostileCase): void {
  const e = c.expect;
  const result = parseCoverage(c.text, undefined, c.format);
  if (e.fail) {
    assert.equal(result.ok, false, 'the parse should fail');
    assert.ok(result.issues.length > 0 && result.issues.every((i) => i.severity === 'error'));
    assert.equal(result.issues[0]!.line, e.fail.line);
    if (e.fail.column !== undefined) assert.equal(result.issues[0]!.column, e.fail.column);
    return;
  }
  if (!result.ok) assert.fail(`did not parse: ${result.issues.map((i) => i.message).join('; ')}`);
  const report = result.value;
  const file = (path: string) => report.files.find((f) => f.path === path);
  if (e.files !== undefined) assert.equal(report.files.length, e.files, 'files');
  if (e.lines !== undefined)
    assert.equal(
      report.files.reduce((n, f) => n + f.lines.lines.length, 0),
      e.lines,
      'lines',
    );
  if (e.malformed !== undefined) assert.equal(report.malformed, e.malformed, 'malformed');
  for (const [path, hits] of Object.entries(e.hits ?? {}))
    assert.deepEqual(
      Object.fromEntries(toMap(file(path)?.lines ?? { lines: new Uint32Array(), hits: new Float64Array() })),
      hits,
      path.slice(0, 80),
    );
  for (const [path, line, hits] of e.at ?? [])
    assert.equal(hitsAt(file(path)!.lines, line), hits, `${path.slice(0, 80)}:${line}`);
  const skipped = result.issues.find((i) => /malformed coverage record/.test(i.message));
  assert.equal(skipped !== undefined, report.malformed > 0, 'a warning says when records were skipped');
  if (e.firstBadLine !== undefined) assert.equal(skipped?.line, e.firstBadLine, 'first malformed line');
  if (e.warning) {
    const warning = result.issues.find((i) => e.warning!.match.test(i.message));
    assert.ok(warning, `a warning matching ${e.warning.match}`);
    if (e.warning.line !== undefined) assert.equal(warning.line, e.warning.line);
  }
  const index = createPathIndex(c.workspace);
  const options = { ...c.options, sourceRoots: [...(c.options?.sourceRoots ?? []), ...report.sources] };
  if (e.mapped) {
    const mapped = mapReportPaths(
      report.files.map((f) => f.path),
      index,
      options,
    );
    for (const [path, target] of Object.entries(e.mapped))
      assert.equal(mapped.get(path), target, `mapping of ${path.slice(0, 80)}`);
  }
  const resolved = resolveReport(report, index, c.options);
  if (e.mappedFiles !== undefined) assert.equal(resolved.files.size, e.mappedFiles, 'mapped files');
  for (const [path, hits] of Object.entries(e.mappedHits ?? {}))
    assert.deepEqual(Object.fromEntries(toMap(resolved.files.get(path)!)), hits, path);
  for (const f of resolved.files.keys()) assert.ok(c.workspace.includes(f), `${f} is a workspace file`);
}

describe('hostile coverage corpus', () => {
  it('has at least 20 inputs in every family, each under 1 MB', () => {
    const counts = new Map<string, number>();
    for (const c of corpus) {
      counts.set(c.family, (counts.get(c.family) ?? 0) + 1);
      assert.ok(Buffer.byteLength(c.text) < ONE_MB, `${c.family}: ${c.name} is ${Buffer.byteLength(c.text)} bytes`);
    }
    assert.deepEqual([...counts.keys()].sort(), ['clover', 'cobertura', 'go', 'istanbul', 'jacoco', 'lcov', 'paths']);
    for (const [family, n] of counts) assert.ok(n >= 20, `${family}: only ${n}`);
  });

  for (const c of corpus) {
    it(`${c.family}: ${c.name}`, function () {
      this.timeout(20_000); // not a cost bound (the benchmark has those): room for a loaded machine
      check(c);
    });
  }
});
