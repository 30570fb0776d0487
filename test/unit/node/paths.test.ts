import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateGlob } from '../../../src/core/globCheck';
import { filesOutside, isInside } from '../../../src/node/paths';

// A real workspace with real symlinks: links that stay inside, links that escape, dangling links, a loop.
let tmp: string;
let root: string;
const canLink = process.platform !== 'win32';

function build(): void {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'candor-paths-')));
  root = path.join(tmp, 'ws');
  const outside = path.join(tmp, 'outside');
  for (const dir of ['src/pay', 'src/deep/er', 'docs']) fs.mkdirSync(path.join(root, dir), { recursive: true });
  fs.mkdirSync(outside);
  for (const file of ['src/pay/retry.ts', 'src/deep/er/x.ts', 'docs/a.md'])
    fs.writeFileSync(path.join(root, file), 'x');
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
  const link = (target: string, at: string) => fs.symlinkSync(target, path.join(root, at));
  link('pay/retry.ts', 'src/inside-file.ts'); //                  relative, inside
  link(path.join(root, 'src/pay'), 'src/inside-folder'); //       absolute, inside
  link('../docs', 'src/docs-link'); //                            climbs out of src but stays in the workspace
  link(path.join(outside, 'secret.txt'), 'src/outside-file.txt');
  link(outside, 'src/outside-folder');
  link('../../outside', 'src/relative-escape');
  link('/etc', 'etc-link');
  link(path.join(outside, 'missing.txt'), 'src/dangling-out.txt');
  link('pay/missing.ts', 'src/dangling-in.ts');
  link('loop-b', 'src/loop-a');
  link('loop-a', 'src/loop-b');
  link('inside-folder', 'src/chain'); //                          link to a link, inside
  link('outside-folder', 'src/chain-out'); //                     link to a link, outside
  fs.symlinkSync(root, path.join(tmp, 'ws-link')); //            the workspace opened through a link
}

// A path from project.yaml reaches the disk only as a glob that validateGlob accepts, matched against the files git
// or the walk lists, of which filesOutside drops those a link takes out of the workspace: both are judged here.
async function contained(rel: string, at = root): Promise<boolean> {
  return validateGlob(rel).ok && !(await filesOutside(at, [rel])).has(rel);
}

describe('path containment', function () {
  before(function () {
    if (!canLink) this.skip();
    build();
  });
  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  const refused: string[] = [
    '../x',
    '../../etc/passwd',
    'src/../../x',
    '..',
    'src/..',
    '..\\x',
    'src\\..\\..\\x',
    '/etc/passwd',
    '/',
    'C:\\Windows\\win.ini',
    'c:/x',
    '\\\\server\\share\\x',
    '//server/share',
    '~',
    '~/x',
    '~root/.ssh',
    '%2e%2e/x',
    '%2E%2e%2fx',
    'src/%2e%2e/%2e%2e/x',
    '%252e%252e/x',
    '.%2e/x',
    '{src,..}/x',
    'src/outside-file.txt',
    'src/outside-folder',
    'src/outside-folder/secret.txt',
    'src/outside-folder/not-there.txt',
    'src/relative-escape/secret.txt',
    'etc-link/passwd',
    'src/dangling-out.txt',
    'src/chain-out/secret.txt',
  ];
  for (const rel of refused) {
    it(`refuses ${JSON.stringify(rel)}`, async () => {
      assert.equal(await contained(rel), false);
    });
  }

  const accepted: string[] = [
    'src/pay/retry.ts',
    'src/inside-file.ts',
    'src/inside-folder/retry.ts',
    'src/docs-link/a.md',
    'src/chain/retry.ts',
    'src/dangling-in.ts',
    'src/not-yet-created.ts',
    'new-folder/new-file.ts',
    'src',
    '.',
    './src/pay',
    'src\\pay\\retry.ts',
    'src/a..b.ts',
    'src/deep/er/x.ts',
    'src/loop-a',
  ];
  for (const rel of accepted) {
    it(`accepts ${JSON.stringify(rel)}`, async () => {
      assert.equal(await contained(rel), true);
    });
  }

  it('accepts files of a workspace opened through a symlink', async () => {
    assert.equal(await contained('src/pay/retry.ts', path.join(tmp, 'ws-link')), true);
  });

  it('still refuses escapes from a workspace opened through a symlink', async () => {
    assert.equal(await contained('src/outside-file.txt', path.join(tmp, 'ws-link')), false);
  });

  it('finds which matched files resolve outside, through linked files and folders', async () => {
    const files = [
      'src/pay/retry.ts',
      'src/inside-file.ts',
      'src/inside-folder/retry.ts',
      'src/outside-file.txt',
      'src/outside-folder/secret.txt',
      'src/relative-escape/secret.txt',
      'src/dangling-out.txt',
      'src/chain-out/secret.txt',
      'src/chain/retry.ts',
      'src/docs-link/a.md',
    ];
    assert.deepEqual([...(await filesOutside(root, files))].sort(), [
      'src/chain-out/secret.txt',
      'src/dangling-out.txt',
      'src/outside-file.txt',
      'src/outside-folder/secret.txt',
      'src/relative-escape/secret.txt',
    ]);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(filesOutside(root, ['src/pay/retry.ts'], controller.signal));
  });

  it('tells a sibling folder with a common prefix from a sub-folder', () => {
    assert.equal(isInside('/w/ws', '/w/ws-other/x'), false);
    assert.equal(isInside('/w/ws', '/w/ws/x'), true);
    assert.equal(isInside('/w/ws', '/w/ws'), true);
    assert.equal(isInside('/w/ws', '/w'), false);
  });
});
