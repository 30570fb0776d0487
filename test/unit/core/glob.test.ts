import assert from 'node:assert/strict';
import { compileGlob } from '../../../src/core/glob';
import { expandBraces, validateGlob } from '../../../src/core/globCheck';
import { matchGlobs } from '../../../src/core/globSet';

const matches = (glob: string, path: string) => compileGlob(glob).matches(path);

describe('compileGlob', () => {
  const cases: [string, string, boolean][] = [
    ['src/payments/retry/**', 'src/payments/retry/a.ts', true],
    ['src/payments/retry/**', 'src/payments/retry/deep/b/c.ts', true],
    ['src/payments/retry/**', 'src/payments/retryx/a.ts', false],
    ['src/payments/retry/**', 'src/payments/retry', false],
    ['src/*.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/sub/a.ts', false],
    ['src/*.ts', 'src/a.tsx', false],
    ['**/*.ts', 'a.ts', true],
    ['**/a.ts', 'a.ts', true],
    ['src/**/a.ts', 'src/a.ts', true],
    ['**/*.ts', 'x/y/z/a.ts', true],
    ['**/*.ts', 'x/y/z/a.js', false],
    ['src/**/retry.ts', 'src/retry.ts', true],
    ['src/**/retry.ts', 'src/a/b/retry.ts', true],
    ['src/**/retry.ts', 'src/a/b/xretry.ts', false],
    ['src/?.ts', 'src/a.ts', true],
    ['src/?.ts', 'src/ab.ts', false],
    ['src/?.ts', 'src//.ts', false],
    ['src/*.{ts,js}', 'src/a.js', true],
    ['src/*.{ts,js}', 'src/a.py', false],
    ['src/{api,web}/**', 'src/web/x/y.ts', true],
    ['src/{api,web}/**', 'src/cli/x.ts', false],
    ['src/{a,{b,c}}/x.ts', 'src/c/x.ts', true],
    ['src/[abc].ts', 'src/b.ts', true],
    ['src/[abc].ts', 'src/d.ts', false],
    ['src/[!abc].ts', 'src/d.ts', true],
    ['src/[!abc].ts', 'src/a.ts', false],
    ['src/[a-c]x.ts', 'src/bx.ts', true],
    ['src/payments/', 'src/payments/a/b.ts', true],
    ['src/payments/', 'src/payments-old/b.ts', false],
    ['src/payments', 'src/payments/a.ts', true],
    ['src/payments.ts', 'src/payments.ts', true],
    ['./src/a.ts', 'src/a.ts', true],
    ['src/./a.ts', 'src/a.ts', true],
    ['././src/./././a.ts', 'src/a.ts', true],
    ['src/.hidden/a.ts', 'src/.hidden/a.ts', true],
    ['src\\payments\\**', 'src/payments/a.ts', true],
    ['src/a+b(1).ts', 'src/a+b(1).ts', true],
    ['src/a.ts', 'src/aXts', false],
    ['**', 'anything/at/all', true],
    ['*', 'top.txt', true],
    ['*', 'dir/top.txt', false],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${expected ? 'matches' : 'does not match'} ${path} with ${glob}`, () =>
      assert.equal(matches(glob, path), expected));
  }

  it('treats an unclosed bracket as a literal', () => {
    assert.equal(matches('src/[a.ts', 'src/[a.ts'), true);
  });

  it('matches every glob against every path in file order', () => {
    assert.deepEqual(matchGlobs(['*.md', 'src/**'], ['README.md', 'src/a.ts', 'docs/b.md']), [
      ['README.md'],
      ['src/a.ts'],
    ]);
  });
});

describe('validateGlob', () => {
  const rejected = [
    '/etc/passwd',
    '/',
    'C:\\Windows\\x',
    'c:/Windows',
    'D:',
    '\\\\server\\share\\x',
    '//server/share',
    '..',
    '../secrets',
    'src/../../x',
    'src/..',
    '..\\x',
    'src\\..\\..\\x',
    '%2e%2e/x',
    '%2E%2E/x',
    '.%2e/x',
    '%252e%252e/x',
    'src/%2e%2e%2f%2e%2e/x',
    '~',
    '~/x',
    '~root/x',
    '{src,..}/x',
    '{/etc,src}/**',
    '',
    '   ',
    'a\0b',
    '%2fetc/passwd',
    ' ../x',
    'src/.. /x',
    'src/.../x',
    '...',
    '.. .',
    '\t/etc',
  ];
  for (const glob of rejected) {
    it(`rejects ${JSON.stringify(glob)}`, () => assert.equal(validateGlob(glob).ok, false));
  }
  const accepted = [
    'src/**',
    'src/a..b.ts',
    'src/..a',
    'src/a..',
    '.hidden/x',
    'src/~backup',
    'a/b~/c',
    '**/*.ts',
    'src/{a,b}/**',
    '%zz',
  ];
  for (const glob of accepted) {
    it(`accepts ${JSON.stringify(glob)}`, () => assert.deepEqual(validateGlob(glob), { ok: true }));
  }
  it('says why in a sentence', () => {
    const check = validateGlob('../x');
    assert.ok(!check.ok && /\.\./.test(check.message));
  });
});

describe('expandBraces', () => {
  it('expands nested alternatives', () => assert.deepEqual(expandBraces('a{b,{c,d}}e'), ['abe', 'ace', 'ade']));
  it('caps hostile expansions', () => assert.ok(expandBraces('{a,b}'.repeat(20)).length <= 256));
});

describe('matchGlobs', () => {
  // The folder-at-a-time shortcut must agree with matching each path on its own.
  const globs = [
    'src/**',
    'src/*.ts',
    '**/*.ts',
    '**/pay/**',
    'src/**/retry.ts',
    'src/{a,b}/**',
    '{src/a,lib}/*.ts',
    'src/a/',
    'src/a',
    'src/a.ts',
    '*.md',
    '*',
    '**',
    'src/?/x.ts',
    'src/[ab]/*',
    'lib/**/*.{ts,js}',
    'src/**/a/**',
    'src/a**/x.ts',
    'src/a/**/',
    'pay/**/x.*',
    'src\\a\\*.ts',
  ];
  const files = [
    'README.md',
    'a.ts',
    'src/a.ts',
    'src/b.ts',
    'src/a/x.ts',
    'src/a/y/z.ts',
    'src/b/x.js',
    'src/pay/retry.ts',
    'src/x/pay/q.py',
    'lib/a.ts',
    'lib/deep/er/b.js',
    'lib/c.md',
    'pay/x.go',
    'pay/sub/x.ts',
    'src/ab/x.ts',
    'src/a/retry.ts',
    'src/aa/x.ts',
    'src/a/a/b.ts',
    'src',
    'src/c',
  ];
  it('agrees with matching each path on its own', () => {
    const expected = globs.map((g) => files.filter((f) => compileGlob(g).matches(f)));
    assert.deepEqual(matchGlobs(globs, files), expected);
  });

  it('agrees on random globs and paths', () => {
    const seg = ['a', 'b', 'src', 'x.ts', 'y.js', '*', '**', '?', '*.ts', '{a,b}', '[ab]', 'a*', '{x.ts,c/d}'];
    const names = ['a', 'b', 'src', 'x.ts', 'y.js', 'ab', 'c', 'd'];
    let seed = 7;
    const pick = <T>(list: T[]) => list[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % list.length]!;
    for (let round = 0; round < 300; round++) {
      const randomGlobs = Array.from(
        { length: 5 },
        () => Array.from({ length: 1 + (round % 4) }, () => pick(seg)).join('/') + (round % 7 === 0 ? '/' : ''),
      );
      const randomFiles = Array.from({ length: 40 }, (_, i) =>
        Array.from({ length: 1 + (i % 4) }, () => pick(names)).join('/'),
      );
      const expected = randomGlobs.map((g) => randomFiles.filter((f) => compileGlob(g).matches(f)));
      assert.deepEqual(matchGlobs(randomGlobs, randomFiles), expected, JSON.stringify(randomGlobs));
    }
  });
});
