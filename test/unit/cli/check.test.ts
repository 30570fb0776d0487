import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { check } from '../../../src/cli/check';
import { buildCli, removeTempDirs, runBuilt, runCommand, tempDir } from './harness';

const MALFORMED = path.join(__dirname, '../../fixtures/malformed');
const VALID = 'version: 1\nproject: { name: Acme Portal, client: Acme Corp }\n';

/** A temp folder holding `text` as its project.yaml. */
function projectDir(text: string | Buffer): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'project.yaml'), text);
  return dir;
}

const fixture = (name: string) => projectDir(fs.readFileSync(path.join(MALFORMED, name)));

describe('candor check', () => {
  after(removeTempDirs);

  it('exits 0 and says so for a valid file', async () => {
    const run = await runCommand(check, [], { cwd: projectDir(VALID) });
    assert.deepEqual(run, { code: 0, stdout: 'project.yaml: valid\n', stderr: '' });
  });

  it('prints each problem as file:line:col and exits 1', async () => {
    const run = await runCommand(check, [], { cwd: fixture('flag-severity-urgent.yaml') });
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      'project.yaml:8:15: error: red_flags[0].severity must be one of: low, medium, high, critical.\nproject.yaml: 1 problem\n',
    );
  });

  it('counts every problem, in file order', async () => {
    const run = await runCommand(check, [], { cwd: projectDir(`${VALID}colour: blue\nsize: 3\n`) });
    assert.equal(run.code, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.deepEqual(
      lines.map((l) => /^project\.yaml:(\d+):(\d+): (error|warning): \S/.exec(l)?.slice(1, 3).join(':') ?? l),
      ['3:1', '4:1', 'project.yaml: 2 problems'],
    );
  });

  it('names the file relative to where it runs', async () => {
    const dir = fixture('tab-indentation.yaml');
    const run = await runCommand(check, [path.basename(dir)], { cwd: path.dirname(dir) });
    assert.equal(run.code, 1);
    assert.match(
      run.stdout,
      new RegExp(`^${path.basename(dir)}/project\\.yaml:3:1: error: This line is indented with a tab`),
    );
  });

  it('prints warnings but still exits 0 for a file that is only warned about', async () => {
    const run = await runCommand(check, [], {
      cwd: projectDir('version: 1\nproject: { name: A, client: B, phase: delivery }\n'),
    });
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^project\.yaml:2:\d+: warning: Phase "delivery" is not in phases/);
    assert.match(run.stdout, /project\.yaml: valid\n$/);
  });

  it('warns at the glob itself about a red-flag glob that leaves the workspace', async () => {
    const run = await runCommand(check, [], {
      cwd: projectDir(
        `${VALID}red_flags:\n  - { id: f, title: T, kind: untested, severity: high, paths: [src/**, /etc/x, ../up] }\n`,
      ),
    });
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^project\.yaml:4:72: warning: "\/etc\/x": This path is an absolute path/m);
    assert.match(run.stdout, /^project\.yaml:4:80: warning: "\.\.\/up": This path contains "\.\."/m);
  });

  it('answers at once, exit 1, when project.yaml is a named pipe', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'project.yaml')]);
    const run = await runCommand(check, [dir]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /project\.yaml:1:1: error: project\.yaml is a named pipe: only a regular file is read\./);
  });

  it('exits 1 with a hint when there is no project.yaml', async () => {
    const run = await runCommand(check, [], { cwd: tempDir() });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^project\.yaml:1:1: error: there is no project\.yaml here: run "candor init"/);
  });

  it('refuses binary garbage and alias bombs with exit 1, not a crash', async () => {
    for (const name of ['binary-png-header.yaml', 'alias-bomb.yaml', 'empty-file.yaml']) {
      const run = await runCommand(check, [], { cwd: fixture(name) });
      assert.equal(run.code, 1, name);
      assert.match(run.stdout, /^project\.yaml:\d+:\d+: error: /, name);
    }
  });

  it('never prints raw control characters from the file to the terminal', async () => {
    // An ESC in project.yaml echoed in a message would let the file drive the terminal (colours, titles, links).
    const run = await runCommand(check, [], { cwd: fixture('binary-escape-sequence.yaml') });
    assert.equal(run.code, 1);
    assert.doesNotMatch(run.stdout, /[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  for (const args of [['--strict'], ['a', 'b']]) {
    it(`exits 2 with the usage on "check ${args.join(' ')}"`, async () => {
      const run = await runCommand(check, args, { cwd: tempDir() });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /usage: candor check \[dir\]/);
      assert.equal(run.stdout, '');
    });
  }

  describe('from the built CLI', () => {
    let cli = '';
    before(async function () {
      cli = await buildCli();
    });

    it('exits 0 on a valid file and 1 on a broken one, printing file:line:col', () => {
      assert.equal(runBuilt(cli, ['check'], projectDir(VALID)).code, 0);
      const run = runBuilt(cli, ['check', '.'], fixture('duplicate-top-key.yaml'));
      assert.equal(run.code, 1);
      assert.match(run.stdout, /^project\.yaml:5:1: error: Key "project" appears twice in the same map/);
    });

    it('exits 2 on an unknown command or no command at all', () => {
      const dir = tempDir();
      const unknown = runBuilt(cli, ['chek'], dir);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /unknown command "chek"/);
      const bare = runBuilt(cli, [], dir);
      assert.equal(bare.code, 2);
      assert.equal(bare.stdout, '', 'a usage error goes to stderr, not into a pipe');
      assert.match(bare.stderr, /^usage: candor <command>/);
    });
  });
});
