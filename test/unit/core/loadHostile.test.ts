import assert from 'node:assert/strict';
import { loadProject, MAX_LISTED_PROBLEMS } from '../../../src/core/model/load';
import { hostileProjects } from '../../fixtures/hostile/projectYaml';

/** Text that belongs to the loader's or the YAML library's insides, never to a message for the user. */
const INTERNAL =
  /Maximum call stack|RangeError|Invalid string length|This should not happen|\n\s+at |mapAsMap|stringified/;

describe('loading hostile project.yaml files', () => {
  const corpus = hostileProjects();

  it('has at least 20 inputs, each under 1 MB', () => {
    assert.ok(corpus.length >= 20, `${corpus.length} inputs`);
    for (const { name, text } of corpus) assert.ok(Buffer.byteLength(text) < 1_000_000, name);
  });

  for (const { name, text, expect } of corpus) {
    it(`answers ${name} with plain messages at real places`, () => {
      const warnings: string[] = [];
      const onWarning = (w: Error) => warnings.push(w.message);
      process.on('warning', onWarning);
      let loaded: ReturnType<typeof loadProject>;
      try {
        loaded = loadProject(text);
      } finally {
        process.off('warning', onWarning);
      }
      // process 'warning' events fire on the next tick: the library's emitWarning would show up here.
      return new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        assert.deepEqual(warnings, [], 'nothing reaches stderr');
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const issue of loaded.issues) {
          assert.doesNotMatch(issue.message, INTERNAL);
          assert.ok(
            issue.line >= 1 && issue.line <= lines && issue.column >= 1,
            `${issue.line}:${issue.column} ${issue.message}`,
          );
        }
        assert.ok(
          loaded.issues.length <= MAX_LISTED_PROBLEMS + 2,
          `${loaded.issues.length} issues: long lists are cut`,
        );
        if (expect.valid) {
          assert.equal(loaded.ok, true, JSON.stringify(loaded.issues.slice(0, 3)));
        } else {
          assert.equal(loaded.ok, false);
          if (expect.says)
            assert.ok(
              loaded.issues.some((i) => expect.says!.test(i.message)),
              JSON.stringify(loaded.issues.slice(0, 3)),
            );
        }
      });
    });
  }

  it('places a nesting refusal where the nesting goes too deep', () => {
    const text = `version: 1\nproject: { name: A, client: B }\nphases:\n  ${'- '.repeat(1900)}x\n`;
    const error = loadProject(text).issues.find((i) => i.severity === 'error')!;
    assert.equal(error.line, 4);
    assert.match(error.message, /nested more than 64 levels/);
  });

  it('reports a list used as a key at its own line, not as a warning on stderr', () => {
    const error = loadProject('version: 1\nproject: { name: A, client: B }\n? [a, b]\n: c\n').issues.find(
      (i) => i.severity === 'error',
    )!;
    assert.deepEqual([error.line, error.column], [3, 3]);
  });

  it('reads a file with CR-only line ends like the same file with LF, lines included', () => {
    const lf = 'version: 1\nproject: { name: A, client: B }\nclient_tasks:\n  - { id: keys, title: Send keys }\n';
    const cr = loadProject(lf.replace(/\n/g, '\r'));
    const plain = loadProject(lf);
    assert.ok(cr.ok && plain.ok);
    assert.deepEqual(cr.value.file, plain.value.file);
    assert.deepEqual([...cr.value.lines], [...plain.value.lines]);
  });

  it('reports a repeated key at the repeat', () => {
    const error = loadProject('version: 1\nproject: { name: A, client: B }\nversion: 1\n').issues.find(
      (i) => i.severity === 'error',
    )!;
    assert.equal(error.line, 3);
    assert.match(error.message, /"version" appears twice/);
  });

  it('counts the problems it does not list', () => {
    const text = `version: 1\nproject: { name: A, client: B }\nphases: [${'x,'.repeat(500)}]\n`;
    const issues = loadProject(text).issues;
    assert.equal(issues.length, MAX_LISTED_PROBLEMS + 1);
    assert.match(issues.at(-1)!.message, /400 more problems/);
  });
});

describe('globs in project.yaml that would leave the workspace', () => {
  const LEAVING = [
    '/etc/passwd',
    '/',
    '../x',
    '..',
    'a/../../b',
    'src/./../x',
    '~/x',
    '~',
    'C:\\x',
    'D:/x',
    '\\\\server\\share',
    '\\x',
    '%2e%2e/x',
    '%252e%252e/x',
    '%2E%2E%2Fx',
    '{a,..}/x',
    'src/{ok,../../etc}/**',
    'a\\..\\..\\x',
    '.. /x',
    '.../x',
  ];
  const STAYING = ['src/**', './src/a.ts', 'a..b/**', 'src/[!.]*', '{src,lib}/**'];

  it('is a corpus of at least 20 globs', () => assert.ok(LEAVING.length >= 20));

  for (const glob of LEAVING) {
    it(`warns at the glob's own line and column for ${JSON.stringify(glob)}, and the file stays valid`, () => {
      const quoted = JSON.stringify(glob);
      const text = `version: 1\nproject: { name: A, client: B }\nred_flags:\n  - id: f\n    title: T\n    kind: untested\n    severity: high\n    paths: [src/**, ${quoted}]\nmilestones:\n  - { id: m, title: M, due: 2026-12-01, paths: [${quoted}] }\n`;
      const loaded = loadProject(text);
      assert.ok(loaded.ok, JSON.stringify(loaded.issues));
      const places = loaded.issues.map((i) => [i.severity, i.line, i.column, i.message.startsWith(`"${glob}"`)]);
      const lines = text.split('\n');
      const column = (line: number) => lines[line - 1]!.lastIndexOf(quoted) + 1;
      assert.deepEqual(places, [
        ['warning', 8, column(8), true],
        ['warning', 10, column(10), true],
      ]);
    });
  }

  it('says nothing about globs that stay inside', () => {
    const text = `version: 1\nproject: { name: A, client: B }\nred_flags:\n  - { id: f, title: T, kind: untested, severity: high, paths: ${JSON.stringify(STAYING)} }\n`;
    assert.deepEqual(loadProject(text).issues, []);
  });
});
