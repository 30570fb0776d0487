import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { isIgnored, parseGitignore } from '../../../src/core/gitignore';
import { git, makeTemp, removeTemp } from './gitRepos';

/** Patterns of the subset the walk implements, each with paths to judge; git itself is the reference. */
const GITIGNORE = [
  '# a comment',
  '',
  '*.log',
  '!keep.log',
  '/root-only.txt',
  'build/',
  'docs/**/draft.md',
  'a/**',
  '**/cache',
  'x?.tmp',
  '[abc].bin',
  '[!0-9]z.dat',
  '\\#hash',
  '\\!bang',
  'spaced.txt   ',
  'escaped\\ ',
  'mid/dle.txt',
  'dir-only/',
  '*.o',
  '!important.o',
  'deep/**/*.gen',
  'star*star',
].join('\n');
const NESTED = 'local.txt\n/anchored.txt\n!*.log\n';
const PATHS: [path: string, folder: boolean][] = [
  ['app.log', false],
  ['sub/app.log', false],
  ['keep.log', false],
  ['sub/keep.log', false],
  ['root-only.txt', false],
  ['sub/root-only.txt', false],
  ['build', true],
  ['src/build', true],
  ['build', false],
  ['docs/draft.md', false],
  ['docs/a/b/draft.md', false],
  ['a/x', false],
  ['a/x/y', false],
  ['a', false],
  ['cache', true],
  ['p/q/cache', true],
  ['x1.tmp', false],
  ['x12.tmp', false],
  ['a.bin', false],
  ['d.bin', false],
  ['az.dat', false],
  ['1z.dat', false],
  ['#hash', false],
  ['!bang', false],
  ['spaced.txt', false],
  ['escaped ', false],
  ['mid/dle.txt', false],
  ['sub/mid/dle.txt', false],
  ['dir-only', true],
  ['dir-only', false],
  ['x.o', false],
  ['important.o', false],
  ['deep/a/b/c.gen', false],
  ['deep/c.gen', false],
  ['starstar', false],
  ['star-and-star', false],
  ['nested/local.txt', false],
  ['nested/in/local.txt', false],
  ['local.txt', false],
  ['nested/anchored.txt', false],
  ['nested/in/anchored.txt', false],
  ['nested/again.log', false],
  ['again.log', false],
];

describe('the .gitignore subset of the git-free walk', () => {
  let repo: string;
  before(() => {
    repo = makeTemp('gitignore');
    git(repo, ['init', '-q']);
    fs.writeFileSync(path.join(repo, '.gitignore'), GITIGNORE);
    fs.mkdirSync(path.join(repo, 'nested'));
    fs.writeFileSync(path.join(repo, 'nested', '.gitignore'), NESTED);
  });
  after(() => removeTemp(repo));

  it('judges at least 20 patterns on 40 paths as git check-ignore does', () => {
    const rules = [...parseGitignore(GITIGNORE, ''), ...parseGitignore(NESTED, 'nested/')];
    assert.ok(rules.length >= 20);
    const input = PATHS.map(([p, folder]) => (folder ? `${p}/` : p)).join('\0');
    // --no-index: judge the paths as if untracked; -v --non-matching: one answer per path, "::" when no rule matched.
    let out = '';
    try {
      out = git(repo, ['check-ignore', '--no-index', '-v', '--non-matching', '-z', '--stdin'], undefined, `${input}\0`);
    } catch (error) {
      out = String((error as { stdout?: Buffer }).stdout ?? ''); // exit 1 when nothing at all is ignored
    }
    const fields = out.split('\0');
    const byGit = new Map<string, boolean>();
    for (let i = 0; i + 3 < fields.length; i += 4) {
      const [source, , pattern, judged] = fields.slice(i, i + 4);
      byGit.set(judged!, source !== '' && !pattern!.startsWith('!'));
    }
    for (const [p, folder] of PATHS) {
      const asked = folder ? `${p}/` : p;
      assert.equal(isIgnored(rules, p, folder), byGit.get(asked), asked);
    }
  });
});
