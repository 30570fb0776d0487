import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { brief } from '../../../src/cli/brief';
import { check } from '../../../src/cli/check';
import type { CliCommand } from '../../../src/cli/commands';
import { flags } from '../../../src/cli/flags';
import { reminder } from '../../../src/cli/reminder';
import { report } from '../../../src/cli/report';
import { status } from '../../../src/cli/status';
import { hostileOutputProjects } from '../../fixtures/hostile/projects';
import { commit, initRepo, makeTemp, removeTemp } from '../node/gitRepos';
import { runCommand } from './harness';

// Through the CLI as it prints (src/cli/output.ts strips what would drive a terminal): the projects whose values
// carry terminal escapes, bidi overrides, line breaks, Markdown and HTML, at a few KB each. The outputs' own
// shape is checked in test/unit/core/outputsHostile.test.ts; their cost in bench/outputsHostile.ts.
const SIZE = 3_000;
const VALUES = /terminal|bidi|line breaks|Markdown|HTML/;
// Control characters (but tab and line feed) and bidi overrides: nothing the terminal would act on.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const env = { CANDOR_TODAY: '2026-11-26' };

describe('candor commands on hostile projects', () => {
  const projects = hostileOutputProjects(SIZE).filter((p) => VALUES.test(p.name));
  let dir: string;
  before(() => {
    dir = makeTemp('outputs');
    initRepo(dir);
    commit(dir, {
      message: 'feat(checkout): add the cart page',
      date: '2026-11-25T10:00:00Z',
      files: { 'src/checkout/cart.ts': 'export const cart = 1;\n' },
    });
  });
  after(() => removeTemp(dir));

  it('covers at least five shapes of values', () => assert.ok(projects.length >= 5, `${projects.length}`));

  const commands: [string, CliCommand, (dir: string) => string[], (stdout: string) => void][] = [
    ['reminder', reminder, (d) => [d], (out) => assert.match(out, /^(Subject|Objet|Asunto|Betreff): /)],
    ['brief --no-git', brief, (d) => [d, '--no-git'], (out) => assert.match(out, /^# Internal — not for the client/)],
    ['status', status, (d) => [d], (out) => assert.match(out, /^# .*\n\n## /)],
    ['flags --no-git', flags, (d) => [d, '--no-git'], (out) => assert.match(out, /^coverage: /)],
    ['check', check, (d) => [d], (out) => assert.match(out, /project\.yaml: valid\n$/)],
    ['report', report, (d) => [d, '--out', path.join(d, 'site')], (out) => assert.match(out, /written/)],
  ];

  for (const { name, text } of projects) {
    it(`prints every command’s output for ${name} with no character that drives a terminal`, async () => {
      fs.writeFileSync(path.join(dir, 'project.yaml'), text);
      for (const [command, run, args, shape] of commands) {
        const r = await runCommand(run, args(dir), { env });
        assert.equal(r.code, 0, `${command}: ${r.stderr}`);
        assert.doesNotMatch(r.stdout + r.stderr, CONTROL, command);
        shape(r.stdout);
      }
      const page = fs.readFileSync(path.join(dir, 'site', 'index.html'), 'utf8');
      assert.doesNotMatch(page, CONTROL);
      assert.doesNotMatch(page, /<script|<img|javascript:[^<]*"/i);
    });
  }
});
