import assert from 'node:assert/strict';
import { parseCobertura } from '../../../src/core/coverage/cobertura';
import { parseGoCover } from '../../../src/core/coverage/goCover';
import { parseIstanbul } from '../../../src/core/coverage/istanbul';
import { parseJacoco } from '../../../src/core/coverage/jacoco';
import {
  createPathIndex,
  mapReportPath,
  mapReportPaths,
  normalize,
  resolveReport,
} from '../../../src/core/coverage/pathMap';
import { toMap } from '../../../src/core/coverage/types';
import { fixture, okReport } from './helpers';

const WORKSPACE = createPathIndex([
  'index.js',
  'src/a.ts',
  'src/payments/retry.ts',
  'shapes/area.go',
  'main.go',
  'src/main/java/com/example/Calc.java',
  'lib/util/x.ts',
  'other/util/x.ts',
  'src/pkg/mod.py',
  '__init__.py',
]);

describe('mapping report paths to workspace files', () => {
  const single: [string, string, string | undefined, { workspaceRoot?: string; sourceRoots?: string[] }?][] = [
    ['a relative path', 'src/a.ts', 'src/a.ts'],
    ['a ./ prefix', './src/a.ts', 'src/a.ts'],
    ['backslashes', 'src\\payments\\retry.ts', 'src/payments/retry.ts'],
    ['. and .. segments', 'src/./x/../a.ts', 'src/a.ts'],
    ['a doubled separator', 'src//a.ts', 'src/a.ts'],
    ['the workspace root', '/home/me/acme/src/a.ts', 'src/a.ts', { workspaceRoot: '/home/me/acme' }],
    [
      'a Windows drive and root',
      'C:\\Users\\dev\\acme\\src\\a.ts',
      'src/a.ts',
      { workspaceRoot: 'C:\\Users\\dev\\acme' },
    ],
    ['another checkout root', '/home/runner/work/acme/acme/src/payments/retry.ts', 'src/payments/retry.ts'],
    ['another Windows checkout root', 'D:\\a\\acme\\src\\a.ts', 'src/a.ts'],
    ['a file:// URL', 'file:///home/ci/acme/src/a.ts', 'src/a.ts'],
    ['a Windows file:// URL with escapes', 'file:///C:/ci/acme%20portal/src/a.ts', 'src/a.ts'],
    ['a different letter case (Windows reports)', 'C:\\CI\\ACME\\SRC\\A.TS', 'src/a.ts'],
    ['a Go import path', 'example.com/shapes/shapes/area.go', 'shapes/area.go'],
    ['a Java package path under src/main/java', 'com/example/Calc.java', 'src/main/java/com/example/Calc.java'],
    ['a Cobertura source root', 'pkg/mod.py', 'src/pkg/mod.py', { sourceRoots: ['/ci/acme/src'] }],
    [
      'a source root under the workspace root',
      'pkg/mod.py',
      'src/pkg/mod.py',
      { workspaceRoot: '/w', sourceRoots: ['/w/src'] },
    ],
    ['a bare name at the root when nothing else is known', '/ci/acme/index.js', 'index.js'],
    ['a path that is not in the workspace', 'src/missing.ts', undefined],
    ['an ambiguous suffix', 'util/x.ts', undefined],
    ['an empty path', '', undefined],
    ['only separators', '///', undefined],
  ];
  for (const [what, reportPath, expected, options] of single) {
    it(`maps ${what}: ${JSON.stringify(reportPath)} → ${expected ?? 'nothing'}`, () => {
      assert.equal(mapReportPath(reportPath, WORKSPACE, options), expected);
    });
  }

  it('learns the checkout root from the other paths and refuses a bare name found elsewhere', () => {
    const mapped = mapReportPaths(
      ['/ci/acme/src/a.ts', '/ci/acme/index.js', '/usr/lib/python3/dist-packages/_distutils_hack/__init__.py'],
      WORKSPACE,
    );
    assert.deepEqual([...mapped.values()], ['src/a.ts', 'index.js', undefined]);
  });

  it('maps a Go module root file once the module path is learned', () => {
    const mapped = mapReportPaths(['example.com/shapes/shapes/area.go', 'example.com/shapes/main.go'], WORKSPACE);
    assert.deepEqual([...mapped.values()], ['shapes/area.go', 'main.go']);
  });

  it('normalizes separators, drive letters and dot segments', () => {
    assert.deepEqual(normalize('C:\\a\\.\\b\\..\\c.ts'), { path: 'a/c.ts', absolute: true });
    assert.deepEqual(normalize('./x/y'), { path: 'x/y', absolute: false });
    assert.deepEqual(normalize('/x/../../y'), { path: 'y', absolute: true });
  });

  it('only ever answers with a workspace file, whatever the report says', () => {
    for (const hostile of [
      '../../etc/passwd',
      '/etc/passwd',
      '~/.ssh/id_rsa',
      '%2e%2e/%2e%2e/etc/passwd',
      'C:\\Windows\\System32\\config',
    ]) {
      assert.equal(mapReportPath(hostile, WORKSPACE), undefined, hostile);
    }
  });

  describe('whole reports made by the real tools', () => {
    it('maps c8 Istanbul JSON, written under another root, to the JS project files', () => {
      const index = createPathIndex(['src/math.js', 'src/strings.js', 'test/math.test.js', 'package.json']);
      const { files, unmapped } = resolveReport(
        okReport(parseIstanbul(fixture('js-project/coverage/coverage-final.json'))),
        index,
      );
      assert.deepEqual([...files.keys()].sort(), ['src/math.js', 'src/strings.js']);
      assert.deepEqual(unmapped, []);
      assert.equal(toMap(files.get('src/math.js')!).get(17), 3);
    });

    it('maps coverage.py Cobertura and leaves out the Debian module that ran with it', () => {
      const index = createPathIndex(['calc.py', 'test_calc.py']);
      const { files, unmapped } = resolveReport(okReport(parseCobertura(fixture('py-project/coverage.xml'))), index);
      assert.deepEqual([...files.keys()], ['calc.py', 'test_calc.py']);
      assert.deepEqual(unmapped, ['/usr/lib/python3/dist-packages/_distutils_hack/__init__.py']);
    });

    it('maps the Go profile import path to the package file', () => {
      const index = createPathIndex(['go.mod', 'shapes/area.go', 'shapes/area_test.go']);
      assert.deepEqual(
        [...resolveReport(okReport(parseGoCover(fixture('go-project/coverage.out'))), index).files.keys()],
        ['shapes/area.go'],
      );
    });

    it('maps the JaCoCo package path to the Maven source tree', () => {
      const index = createPathIndex([
        'pom.xml',
        'src/main/java/com/example/Calc.java',
        'src/test/java/com/example/CalcTest.java',
      ]);
      assert.deepEqual(
        [...resolveReport(okReport(parseJacoco(fixture('java-project/jacoco.xml'))), index).files.keys()],
        ['src/main/java/com/example/Calc.java'],
      );
    });

    it('merges two report entries that map to the same workspace file', () => {
      const report = okReport(
        parseIstanbul(
          JSON.stringify({
            '/ci/a/src/a.ts': { statementMap: { 0: { start: { line: 1 } } }, s: { 0: 1 } },
            'src\\a.ts': { statementMap: { 0: { start: { line: 1 } }, 1: { start: { line: 2 } } }, s: { 0: 2, 1: 0 } },
          }),
        ),
      );
      assert.deepEqual(
        [...toMap(resolveReport(report, WORKSPACE).files.get('src/a.ts')!)],
        [
          [1, 3],
          [2, 0],
        ],
      );
    });
  });
});
