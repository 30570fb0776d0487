import assert from 'node:assert/strict';
import { loadProject, MAX_LISTED_PROBLEMS } from '../../../src/core/model/load';
import { hostileProjects } from '../../fixtures/hostile/projectYaml';

/** Text that belongs to the loader's or the YAML library's insides, never to a message for the user. */
const INTERNAL = /Maximum call stack|RangeError|Invalid string length|This should not happen|\n\s+at |mapAsMap|stringified/;

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
          assert.ok(issue.line >= 1 && issue.line <= lines && issue.column >= 1, `${issue.line}:${issue.column} ${issue.message}`);
        }
        assert.ok(loaded.issues.length <= MAX_LISTED_PROBLEMS + 2, `${loaded.issues.length} issues: long lists are cut`);
        if (expect.valid) {
          assert.equal(loaded.ok, true, JSON.stringify(loaded.issues.slice(0, 3)));
        } else {
          assert.equal(loaded.ok, false);
          if (expect.says) assert.ok(loaded.issues.some((i) => expect.says!.test(i.message)), JSON.stringify(loaded.issues.slice(0, 3)));
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
    const error = loadProject('version: 1\nproject: { name: A, client: B }\n? [a, b]\n: c\n').issues.find((i) => i.severity === 'error')!;
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
    const error = loadProject('version: 1\nproject: { name: A, client: B }\nversion: 1\n').issues.find((i) => i.severity === 'error')!;
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
