import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { status } from '../../../src/cli/status';
import { FAKE_GITHUB_TOKEN } from '../core/draftScenario';
import { commit, initRepo, makeTemp, removeTemp } from '../node/gitRepos';
import { runCommand } from './harness';

// YAML escapes put raw control characters in values: a terminal title sequence in the name, a CSI (C1) and a
// right-to-left override in a title, and a line break that would open a Markdown heading of its own.
const PROJECT = `version: 1
project: { name: "Acme\\e]0;pwned\\a Portal", client: Acme Corp, language: en }
team:
  - { name: Paul Martin, aliases: [pmartin] }
milestones:
  - { id: beta, title: "Beta\\n# Injected heading \\u009b31m\\u202eesrever", due: 2099-01-15, paths: [src/checkout/**] }
red_flags:
  - { id: legacy, title: Legacy auth, severity: high, paths: [src/auth/**], client_visible: false }
`;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('candor status: the client text on stdout, the review and the explanation on stderr', () => {
  let root: string;
  // Dated relative to now so that "the last 30 days" holds them on any day the suite runs.
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
  before(() => {
    root = initRepo(makeTemp('status-cli'));
    fs.writeFileSync(path.join(root, 'project.yaml'), PROJECT);
    commit(root, { message: 'chore: start the project file', date: daysAgo(5) });
    commit(root, {
      message: 'feat(checkout): add a coupon field',
      date: daysAgo(4),
      files: { 'src/checkout/coupon.ts': 'c\n' },
    });
    commit(root, {
      message: `fix: remove the key ${FAKE_GITHUB_TOKEN} from the config loader`,
      date: daysAgo(3),
      files: { 'src/config.ts': 'k\n' },
    });
    commit(root, { message: 'feat: faster sign-in', date: daysAgo(2), files: { 'src/auth/login.ts': 'l\n' } });
  });
  after(() => removeTemp(root));

  it('prints only client text, without control characters or headings it did not write, in both formats', async () => {
    for (const format of ['md', 'text']) {
      const run = await runCommand(status, [root, '--since', '30d', '--format', format]);
      assert.equal(run.code, 0, run.stderr);
      assert.ok(!CONTROL.test(run.stdout), JSON.stringify(run.stdout));
      assert.ok(!/Review before sending|looks like|Internal red flag|ghp_/.test(run.stdout), run.stdout);
      assert.ok(!/^#{1,6} Injected/m.test(run.stdout) && !/^Injected heading/m.test(run.stdout), run.stdout);
      assert.match(run.stdout, /Acme\\?\]0;pwned Portal/);
    }
  });

  it('lists every review point on stderr, the internal red flag and the secret included', async () => {
    const run = await runCommand(status, [root, '--since', '30d']);
    assert.match(run.stderr, /^review: Internal red flag “legacy”: its code changed in this range/m);
    assert.match(run.stderr, /^review: Something that looks like a GitHub token was removed from “Fixed”, item 1/m);
    assert.ok(!run.stderr.includes(FAKE_GITHUB_TOKEN));
  });

  it('--explain says on stderr what became of each commit and leaves stdout as it was', async () => {
    const plain = await runCommand(status, [root, '--since', '30d']);
    const run = await runCommand(status, [root, '--since', '30d', '--explain']);
    assert.equal(run.stdout, plain.stdout);
    assert.match(run.stderr, /Why each line is there: 4 commits in the range/);
    assert.match(run.stderr, /^[0-9a-f]{7} feat\(checkout\): add a coupon field\n {2}became “Delivered”, item \d\n/m);
    assert.match(run.stderr, /^[0-9a-f]{7} chore: start the project file\n {2}hidden: a type hidden from the client/m);
    assert.ok(!run.stderr.includes(FAKE_GITHUB_TOKEN), 'the subject is quoted, the secret in it is not printed twice');
  });

  it('writes the review and the explanation in the terminal language, the draft in the client language', async () => {
    const run = await runCommand(status, [root, '--since', '30d', '--explain'], { env: { LANG: 'fr_FR.UTF-8' } });
    assert.match(run.stdout, /^# .*: status update, /);
    assert.match(run.stderr, /Alerte interne « legacy »/);
    assert.match(run.stderr, /Pourquoi chaque ligne est là : 4 commits sur la période/);
  });

  it("refuses a bad --since in the terminal's language", async () => {
    const run = await runCommand(status, [root, '--since', '2026-02-30'], { env: { LANG: 'de_DE.UTF-8' } });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^candor status: Das Datum "2026-02-30" existiert nicht\.\n/);
    const english = await runCommand(status, [root, '--since', '2026-02-30']);
    assert.match(english.stderr, /^candor status: The date "2026-02-30" does not exist\.\n/);
  });

  it('never echoes control characters from a bad option value', async () => {
    const run = await runCommand(status, [root, '--since', 'x\u007f\u009b31m\u001b]0;t\u0007']);
    assert.notEqual(run.code, 0);
    assert.ok(!CONTROL.test(run.stderr), JSON.stringify(run.stderr));
  });
});
