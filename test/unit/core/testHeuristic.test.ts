import assert from 'node:assert/strict';
import { buildTestIndex, filesWithoutTests } from '../../../src/core/testHeuristic';

describe('filesWithoutTests', () => {
  const pairs: [string, string][] = [
    ['src/pay/retry.ts', 'src/pay/retry.test.ts'],
    ['src/pay/retry.ts', 'test/unit/retry.spec.ts'],
    ['src/pay/retry.ts', 'test/retry.ts'],
    ['src/pay/retry.ts', 'src/pay/__tests__/retry.js'],
    ['src/pay/retry.tsx', 'src/pay/retry.test.tsx'],
    ['app/pay.py', 'tests/test_pay.py'],
    ['app/pay.py', 'app/pay_test.py'],
    ['pkg/pay/pay.go', 'pkg/pay/pay_test.go'],
    ['src/main/java/Pay.java', 'src/test/java/PayTest.java'],
    ['src/main/java/Pay.java', 'src/test/java/PayTests.java'],
  ];
  for (const [source, test] of pairs) {
    it(`counts ${source} as tested by ${test}`, () =>
      assert.deepEqual(filesWithoutTests([source], [source, test]), []));
  }

  it('reports a source file with no test anywhere', () => {
    assert.deepEqual(filesWithoutTests(['src/pay/retry.ts'], ['src/pay/retry.ts', 'src/pay/other.test.ts']), [
      'src/pay/retry.ts',
    ]);
  });

  it('does not let a Python test vouch for a TypeScript file', () => {
    assert.deepEqual(filesWithoutTests(['src/pay.ts'], ['src/pay.ts', 'tests/test_pay.py']), ['src/pay.ts']);
  });

  it('does not count foo.test.go as a Go test', () => {
    assert.deepEqual(filesWithoutTests(['pay.go'], ['pay.go', 'pay.test.go']), ['pay.go']);
  });

  it('leaves out test files and files that are not source code', () => {
    assert.deepEqual(filesWithoutTests(['src/a.test.ts', 'README.md', 'config.yaml', 'Makefile'], []), []);
  });

  it('accepts a prebuilt index', () => {
    const index = buildTestIndex(['a.ts', 'a.spec.ts']);
    assert.deepEqual(filesWithoutTests(['a.ts', 'b.ts'], index), ['b.ts']);
    assert.equal(index.isTest('a.spec.ts'), true);
  });
});
