import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { check } from '../../../src/cli/check';
import { init } from '../../../src/cli/init';
import { loadProject } from '../../../src/core/model/load';
import { buildCli, removeTempDirs, runBuilt, runCommand, tempDir } from './harness';

const NO_LOCALE = { LANG: undefined, LC_ALL: undefined };
const languageOf = (dir: string) =>
  /^ {2}language: (\w+)$/m.exec(fs.readFileSync(path.join(dir, 'project.yaml'), 'utf8'))?.[1];

describe('candor init', () => {
  after(removeTempDirs);

  it('writes a starter project.yaml that candor check accepts, and exits 0', async () => {
    const dir = tempDir();
    const run = await runCommand(init, [dir], { env: NO_LOCALE });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /project\.yaml: written \(en\)/);
    const loaded = loadProject(fs.readFileSync(path.join(dir, 'project.yaml'), 'utf8'));
    assert.ok(loaded.ok);
    assert.deepEqual(loaded.issues, []);
    assert.equal(loaded.value.file.project.name, path.basename(dir), 'named after its folder');
    assert.equal((await runCommand(check, [dir])).code, 0);
  });

  for (const name of ['123', '1.0', '0x1F', 'true', 'null', '~', '- x', 'a: b', '#x']) {
    it(`writes a file that its own check accepts in a folder named ${JSON.stringify(name)}`, async () => {
      const dir = path.join(tempDir(), name);
      assert.equal((await runCommand(init, [dir], { env: NO_LOCALE })).code, 0);
      const checked = await runCommand(check, [dir]);
      assert.equal(checked.code, 0, checked.stdout);
      const loaded = loadProject(fs.readFileSync(path.join(dir, 'project.yaml'), 'utf8'));
      assert.ok(loaded.ok);
      assert.equal(loaded.value.file.project.name, name);
    });
  }

  it('writes into the current folder when no folder is given', async () => {
    const dir = tempDir();
    const run = await runCommand(init, [], { cwd: dir, env: NO_LOCALE });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^project\.yaml: written/);
    assert.ok(fs.existsSync(path.join(dir, 'project.yaml')));
  });

  it('creates a folder that does not exist yet', async () => {
    const dir = path.join(tempDir(), 'new', 'client');
    assert.equal((await runCommand(init, [dir], { env: NO_LOCALE })).code, 0);
    assert.ok(fs.existsSync(path.join(dir, 'project.yaml')));
  });

  for (const args of [['--lang', 'fr'], ['--lang=fr']]) {
    it(`writes the starter in the language given by ${args.join(' ')}`, async () => {
      const dir = tempDir();
      assert.equal((await runCommand(init, [...args, dir], { env: { LANG: 'de_DE.UTF-8' } })).code, 0);
      assert.equal(languageOf(dir), 'fr');
      assert.match(fs.readFileSync(path.join(dir, 'project.yaml'), 'utf8'), /Avant signature/);
    });
  }

  it('takes the default language from LC_ALL, then LANG, else English', async () => {
    const cases: [Record<string, string | undefined>, string][] = [
      [{ LC_ALL: 'es_ES.UTF-8', LANG: 'de_DE.UTF-8' }, 'es'],
      [{ LC_ALL: undefined, LANG: 'de_DE.UTF-8' }, 'de'],
      [{ LC_ALL: '', LANG: 'fr_CA.UTF-8' }, 'fr'],
      [{ LC_ALL: undefined, LANG: 'ja_JP.UTF-8' }, 'en'],
      [{ LC_ALL: 'C', LANG: undefined }, 'en'],
      [NO_LOCALE, 'en'],
    ];
    for (const [env, lang] of cases) {
      const dir = tempDir();
      assert.equal((await runCommand(init, [dir], { env })).code, 0);
      assert.equal(languageOf(dir), lang, JSON.stringify(env));
    }
  });

  it('refuses to overwrite an existing project.yaml: exit 1, a clear message, the file untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'project.yaml');
    fs.writeFileSync(file, 'version: 1 # mine\n');
    const run = await runCommand(init, [dir, '--lang', 'de']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /project\.yaml already exists; it was left untouched/);
    assert.equal(run.stdout, '');
    assert.equal(fs.readFileSync(file, 'utf8'), 'version: 1 # mine\n');
  });

  it('exits 1 when the folder cannot be written', async () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    const run = await runCommand(init, [path.join(blocker, 'sub')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /cannot be written \((ENOTDIR|EEXIST)\)/);
  });

  for (const [args, why] of [
    [['--lang', 'it'], /unknown language "it" \(use en, fr, es, de\)/],
    [['--lang'], /--lang needs a value/],
    [['--lang='], /--lang needs a value/],
    [['--lang', 'fr', '--lang', 'de'], /--lang given twice/],
    [['--force'], /unknown option --force/],
    [['a', 'b'], /unexpected b/],
  ] as [string[], RegExp][]) {
    it(`exits 2 with the usage on "init ${args.join(' ')}"`, async () => {
      const dir = tempDir();
      const run = await runCommand(init, args, { cwd: dir });
      assert.equal(run.code, 2);
      assert.match(run.stderr, why);
      assert.match(run.stderr, /usage: candor init \[dir\] \[--lang en\|fr\|es\|de\]/);
      assert.deepEqual(fs.readdirSync(dir), [], 'nothing written');
    });
  }

  describe('from the built CLI', () => {
    let cli = '';
    before(async function () {
      cli = await buildCli();
    });

    it('writes the starter, then refuses a second time, with exit codes 0 and 1', () => {
      const dir = tempDir();
      const first = runBuilt(cli, ['init', '--lang', 'es'], dir);
      assert.equal(first.code, 0, first.stderr);
      assert.equal(languageOf(dir), 'es');
      const again = runBuilt(cli, ['init'], dir);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /already exists/);
      assert.equal(runBuilt(cli, ['check'], dir).code, 0);
    });

    it('reads LANG from the environment', () => {
      const dir = tempDir();
      assert.equal(runBuilt(cli, ['init', '.'], dir, { LANG: 'de_AT.UTF-8' }).code, 0);
      assert.equal(languageOf(dir), 'de');
    });

    it('exits 2 on a usage error and lists init in the help', () => {
      const dir = tempDir();
      assert.equal(runBuilt(cli, ['init', '--lang', 'xx'], dir).code, 2);
      const help = runBuilt(cli, ['--help'], dir);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^\s+init\s+init \[dir\] \[--lang fr\]\s+write a commented starter/m);
    });

    it('prints one command’s help for --help, -h and help <command>, in the terminal’s language, exit 0', () => {
      const dir = tempDir();
      for (const args of [
        ['status', '--help'],
        ['status', '--since', '7d', '-h'],
        ['help', 'status'],
      ]) {
        const run = runBuilt(cli, args, dir);
        assert.equal(run.code, 0, args.join(' '));
        // The command's own usage line, the one a refused command line prints: one source for both.
        assert.match(
          run.stdout,
          /^usage: candor status \[dir\] \[--since 7d\|DATE\|TAG\].*\[--lang en\|fr\|es\|de\].*\n$/,
        );
        assert.equal(run.stderr, '');
      }
      assert.match(
        runBuilt(cli, ['init', '--help'], dir, { LANG: 'fr_FR.UTF-8' }).stdout,
        /^utilisation: candor init /,
      );
      for (const args of [
        ['help', 'help'],
        ['help', '--help'],
        ['help', '-h'],
      ]) {
        const all = runBuilt(cli, args, dir);
        assert.equal(all.code, 0, args.join(' '));
        assert.match(all.stdout, /^usage: candor <command>/);
      }
      assert.match(runBuilt(cli, ['flags', '--help'], dir).stdout, /--no-git/);
      assert.match(runBuilt(cli, ['check', '--help'], dir).stdout, /--min-coverage/);
      const unknown = runBuilt(cli, ['help', 'nope'], dir);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /unknown command "nope"/);
      // After `--`, --help is a folder's name: the command runs, and says that folder holds no project.yaml.
      const folder = runBuilt(cli, ['check', '--', '--help'], dir);
      assert.equal(folder.code, 1);
      assert.match(folder.stdout + folder.stderr, /--help.*project\.yaml/);
    });
  });
});
