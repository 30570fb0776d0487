import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadProject, MAX_BYTES, WARN_BYTES } from '../../../src/core/model/load';
import type { Issue } from '../../../src/core/result';

const HEAD = 'version: 1\nproject: { name: Acme Portal, client: Acme Corp }\n';
const ROOT = path.join(__dirname, '../../..');

/** The first error of a file that must not load, with its place. */
function firstError(text: string): Issue {
  const loaded = loadProject(text);
  assert.equal(loaded.ok, false, 'the file must be refused');
  const error = loaded.issues.find((i) => i.severity === 'error');
  assert.ok(error, `an error among ${JSON.stringify(loaded.issues)}`);
  return error;
}

function assertAt(issue: Issue, line: number, column: number, message: RegExp): void {
  assert.deepEqual([issue.line, issue.column], [line, column], `${issue.message} at ${issue.line}:${issue.column}`);
  assert.match(issue.message, message);
}

describe('loading project.yaml', () => {
  describe('a valid file', () => {
    const text = [
      'version: 1',
      'project: { name: Acme Portal, client: Acme Corp, language: fr, phase: delivery }',
      'team:',
      '  - { name: Paul Martin, role: backend, aliases: [pmartin] }',
      'phases:',
      '  - id: delivery',
      '    title: Delivery',
      '    checklist:',
      '      - { id: tests, text: Test continuously, done: true }',
      '      - { id: demo, text: Weekly demo }',
      'milestones:',
      '  - { id: beta, title: Beta, due: 2026-12-15 }',
      'red_flags:',
      '  - id: payment-retries',
      '    title: Payment retries untested',
      '',
    ].join('\n');

    it('loads with no issues and fills in the defaults', () => {
      const loaded = loadProject(text);
      assert.ok(loaded.ok, JSON.stringify(loaded.issues));
      assert.deepEqual(loaded.issues, []);
      const file = loaded.value.file;
      assert.equal(file.phases[0]?.checklist[1]?.done, false);
      assert.equal(file.milestones[0]?.status, 'planned');
      assert.deepEqual(
        [file.red_flags[0]?.kind, file.red_flags[0]?.severity, file.red_flags[0]?.client_visible],
        ['other', 'medium', false],
      );
      assert.deepEqual(file.client, { contacts: [], departments: [] });
    });

    it('records the line of every list item so views can open the file there', () => {
      const loaded = loadProject(text);
      assert.ok(loaded.ok);
      assert.equal(loaded.value.lines.get('phases.0'), 6);
      assert.equal(loaded.value.lines.get('phases.0.checklist.1'), 10);
      assert.equal(loaded.value.lines.get('milestones.0'), 12);
      assert.equal(loaded.value.lines.get('red_flags.0'), 14);
    });

    it('warns, without refusing, when the current phase is not among the phases', () => {
      const loaded = loadProject('version: 1\nproject: { name: A, client: B, phase: nope }\n');
      assert.ok(loaded.ok);
      assert.equal(loaded.issues[0]?.severity, 'warning');
      assertAt(loaded.issues[0]!, 2, 39, /Phase "nope" is not in phases/);
    });
  });

  describe('schema errors, each at the exact line and column of the value', () => {
    const cases: [name: string, text: string, line: number, column: number, message: RegExp][] = [
      ['a wrong version', 'version: 2\nproject: { name: A, client: B }\n', 1, 10, /version must be 1/],
      ['a missing required field', 'version: 1\nproject:\n  name: A\n', 3, 3, /Missing project\.client/],
      ['an empty text', 'version: 1\nproject:\n  name: ""\n  client: B\n', 3, 9, /project\.name must not be empty/],
      [
        'a value outside its list',
        HEAD + 'red_flags:\n  - id: f\n    title: t\n    severity: huge\n',
        6,
        15,
        /severity must be one of: low, medium, high, critical/,
      ],
      [
        'an impossible date',
        HEAD + 'milestones:\n  - id: m\n    title: t\n    due: 2026-02-30\n',
        6,
        10,
        /real date written YYYY-MM-DD/,
      ],
      [
        'a number where text is expected',
        HEAD + 'milestones:\n  - { id: m, title: t, due: 20261201 }\n',
        4,
        29,
        /due must be text/,
      ],
      [
        'a non-boolean done',
        HEAD + 'phases:\n  - id: p\n    title: P\n    checklist:\n      - { id: c, text: T, done: yes }\n',
        7,
        33,
        /done must be true or false/,
      ],
      ['a list that is a scalar', HEAD + 'red_flags: nope\n', 3, 12, /red_flags must be a list/],
      [
        'a list item that is not a map',
        HEAD + 'client_tasks:\n  - just text\n',
        4,
        5,
        /client_tasks\[0\] must be a map of keys/,
      ],
      [
        'an id with spaces',
        HEAD + 'decisions:\n  - { id: "sso provider", question: Which SSO? }\n',
        4,
        11,
        /id may use only letters, digits/,
      ],
      ['a file that is not a map', '- a\n- b\n', 1, 1, /the file must be a map of keys/],
    ];
    for (const [name, text, line, column, message] of cases) {
      it(`reports ${name} at ${line}:${column}`, () => assertAt(firstError(text), line, column, message));
    }

    it('names the YAML path of the problem', () => {
      const issue = firstError(HEAD + 'red_flags:\n  - id: f\n    title: t\n    severity: huge\n');
      assert.deepEqual(issue.path, ['red_flags', 0, 'severity']);
    });
  });

  describe('unknown keys', () => {
    it('reports a misspelt top-level key at the key itself', () => {
      assertAt(firstError(HEAD + 'colour: blue\n'), 3, 1, /Unknown key "colour": check its spelling/);
    });

    it('reports a misspelt nested key and says where it is', () => {
      assertAt(
        firstError(HEAD + 'red_flags:\n  - id: f\n    title: t\n    severty: high\n'),
        6,
        5,
        /Unknown key "severty" in red_flags\[0\]/,
      );
    });

    it('reports every unknown key, in file order', () => {
      const loaded = loadProject(HEAD + 'zeta: 1\nalpha: 2\n');
      assert.deepEqual(
        loaded.issues.map((i) => [i.line, i.message.slice(0, 19)]),
        [
          [3, 'Unknown key "zeta":'],
          [4, 'Unknown key "alpha"'],
        ],
      );
    });
  });

  describe('duplicate ids', () => {
    it('points at the duplicate, not the first use', () => {
      assertAt(
        firstError(HEAD + 'red_flags:\n  - id: a\n    title: x\n  - id: b\n    title: y\n  - id: a\n    title: z\n'),
        8,
        9,
        /Duplicate id "a"/,
      );
    });

    it('checks checklist ids within their phase', () => {
      assertAt(
        firstError(
          HEAD +
            'phases:\n  - id: p\n    title: P\n    checklist:\n      - { id: c, text: T }\n      - { id: c, text: U }\n',
        ),
        8,
        15,
        /Duplicate id "c"/,
      );
    });

    it('allows the same id in two different lists', () => {
      assert.ok(
        loadProject(HEAD + 'milestones: [{ id: a, title: A, due: 2026-12-01 }]\nred_flags: [{ id: a, title: A }]\n').ok,
      );
    });
  });

  describe('size limits', () => {
    it(`warns over ${WARN_BYTES / 1024} KB but still loads the file`, () => {
      const loaded = loadProject(`${HEAD}# ${'x'.repeat(WARN_BYTES)}\n`);
      assert.ok(loaded.ok);
      assert.equal(loaded.issues.length, 1);
      assertAt(loaded.issues[0]!, 1, 1, /over 256 KB it slows every view/);
      assert.equal(loaded.issues[0]!.severity, 'warning');
    });

    it(`refuses files over ${MAX_BYTES / 1024 / 1024} MB with a clear message`, () => {
      // The message is the refusal itself: the size is checked before the parser runs (its cost is the bench's, not a timed test's).
      assertAt(firstError(`${HEAD}# ${'x'.repeat(MAX_BYTES)}\n`), 1, 1, /files over 2\.0 MB are not read/);
    });

    it('counts UTF-8 bytes, not characters', () => {
      const loaded = loadProject(`${HEAD}# ${'é'.repeat(WARN_BYTES / 2 + 10)}\n`);
      assert.match(loaded.issues[0]?.message ?? '', /over 256 KB/);
    });
  });

  describe('hostile and unusual text', () => {
    it('reports tab indentation at the tab', () => {
      assertAt(
        firstError('version: 1\nproject:\n\tname: A\n'),
        3,
        1,
        /indented with a tab: YAML indents with spaces only/,
      );
    });

    it('reads a file that starts with a byte order mark', () => {
      assert.ok(loadProject(`\uFEFF${HEAD}`).ok);
    });

    it('places errors after a byte order mark in the columns the user sees', () => {
      assertAt(firstError('\uFEFFversion: 2\nproject: { name: A, client: B }\n'), 1, 10, /version must be 1/);
    });

    it('reads CRLF line endings and reports the same places as with LF', () => {
      const lf = 'version: 1\nproject:\n  name: A\n  client: B\n  language: xx\n';
      assert.ok(loadProject(HEAD.replace(/\n/g, '\r\n')).ok);
      const crlf = firstError(lf.replace(/\n/g, '\r\n'));
      assertAt(crlf, 5, 13, /language must be one of/);
      assert.deepEqual([crlf.line, crlf.column], [firstError(lf).line, firstError(lf).column]);
    });

    it('reports a duplicate key at its second occurrence', () => {
      assertAt(
        firstError('version: 1\nproject:\n  name: A\n  client: B\n  name: C\n'),
        5,
        3,
        /Key "name" appears twice in the same map/,
      );
    });

    it('reports an alias whose anchor is missing, at the alias', () => {
      assertAt(firstError('version: 1\nproject: *nope\n'), 2, 10, /Unknown alias \*nope: define the anchor &nope/);
    });

    it('reports an alias used before its anchor', () => {
      assertAt(firstError('version: 1\nproject: *p\nteam: &p []\n'), 2, 10, /Unknown alias \*p/);
    });

    it('accepts anchors and aliases used sensibly', () => {
      assert.ok(loadProject(`${HEAD}team:\n  - { name: X, role: &r backend }\n  - { name: Y, role: *r }\n`).ok);
    });

    it('refuses an alias bomb (billion laughs) quickly, without expanding it', () => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 10; i++) {
        const [prev, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
        levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
      }
      // Refused by the alias count, before any expansion: an expanding parser would never reach this message.
      assertAt(firstError(`${levels.join('\n')}\n`), 1, 1, /could not be read: Excessive alias count/);
    });

    it('reports binary garbage at the first control character', () => {
      assertAt(firstError('version: 1\nproject:\n  na\u0000me: A\n'), 3, 5, /binary data/);
      assert.equal(
        loadProject(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('utf8')).ok,
        false,
      );
    });

    it('says that an empty file is empty, whatever whitespace or comments it holds', () => {
      for (const text of ['', '   \n\n', '# only a comment\n', '---\n', '\r\n\r\n', '\uFEFF']) {
        assertAt(firstError(text), 1, 1, /project\.yaml is empty/);
      }
    });

    it('says in plain words that a file holds one document only', () => {
      const issue = firstError('version: 1\n---\nversion: 1\n');
      assert.equal(issue.line, 2);
      assert.doesNotMatch(issue.message, /parseAllDocuments|YAML\./, 'no library advice in a user message');
    });

    it('survives absurd nesting (100k "[", 5k "- ") loaded again and again, with one clear error', function () {
      // A child process: a nesting crash can take V8 down outright (fatal "RegExpCompiler Allocation failed"),
      // which would otherwise end the whole test run instead of failing this test.
      const script = [
        "const { loadProject } = require('./src/core/model/load.ts');",
        'const problems = new Set();',
        "for (const text of ['['.repeat(100000), '- '.repeat(5000) + 'x', 'a: ' + '{b: '.repeat(20000)]) {",
        '  for (let i = 0; i < 3; i++) {',
        '    const r = loadProject(text);',
        "    if (r.ok || r.issues.length === 0 || r.issues[0].line !== 1) problems.add('not refused on line 1');",
        "    if (r.issues.length > 10) problems.add(r.issues.length + ' issues for one problem');",
        "    if (r.issues.some((x) => /call stack/i.test(x.message))) problems.add('engine message shown to the user');",
        '  }',
        '}',
        "if (problems.size) { console.error('Problems: ' + [...problems].join('; ')); process.exit(1); }",
      ].join('\n');
      const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 50_000,
      });
      const why = (child.stderr.match(/FATAL ERROR[^\n]*|Problems: [^\n]*|Error: [^\n]*/) ?? [
        child.stderr.slice(0, 300),
      ])[0];
      assert.equal(child.status, 0, `the loader must not crash or throw: ${why}`);
    });
  });
});
