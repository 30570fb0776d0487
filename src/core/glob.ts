/**
 * Workspace-relative globs, as red flags and milestones write them in project.yaml: `**`, `*`, `?`, `{a,b}`,
 * `[abc]`/`[!a-z]`, and a trailing `/` (or a plain path naming a folder) for everything under a folder.
 * Each glob compiles to one automaton that never backtracks (globAutomaton.ts), guarded by a literal prefix and
 * suffix: most paths are rejected by a `startsWith`/`endsWith` before it runs.
 */

import { anything, compilePattern, literal, opt, parseGlob, seq, type NameTest, type Pattern } from './globAutomaton';

/** A compiled glob. Paths use `/` separators and are relative to the workspace root. */
export interface GlobMatcher {
  readonly glob: string;
  /** The literal text every match starts with (may be empty): lets callers skip paths in other folders. */
  readonly prefix: string;
  matches(path: string): boolean;
  /**
   * How the glob judges the files of one folder (`folder` is `''` or ends with `/`): `'all'` of them, `'none'`,
   * a test of their base names, or `'each'` when only the whole path can tell. Lets a caller decide once per
   * folder instead of once per file.
   */
  inFolder(folder: string): 'all' | 'none' | 'each' | NameTest;
}

/** The folder itself or anything under it (a `/` and any text, or nothing). */
const underFolder = opt(seq(literal('/'), anything));
/** This folder or any folder under it: nothing, or any text ending in `/` (folder names end with `/`). */
const anyFolderBelow = opt(seq(anything, literal('/')));

/** Compiles a glob into a matcher; call `validateGlob` (globCheck.ts) first for globs from user data. */
export function compileGlob(glob: string): GlobMatcher {
  const normal = normalizeGlob(glob);
  const folder = normal.endsWith('/') || !/[*?[{]/.test(normal);
  const body = normal.replace(/\/+$/, '');
  const whole = compileOnUse(() => (body === '' ? anything : seq(parseGlob(body), ...(folder ? [underFolder] : []))));
  const prefix = literalPrefix(body);
  const suffix = folder ? '' : literalSuffix(body);
  return {
    glob,
    prefix,
    matches: (path) => path.startsWith(prefix) && path.endsWith(suffix) && whole.test(path),
    inFolder: folderPlan(body, folder),
  };
}

/**
 * Splits a glob into a folder part and a base-name part where that is exact: a glob ending in `/**` (or naming
 * a folder) takes all files of the folders under it; a glob whose last segment has no `**` matches a file when
 * its folder matches the folder part and its name the last segment. Groups spanning `/` only work per path.
 */
function folderPlan(body: string, folderGlob: boolean): (folder: string) => 'all' | 'none' | 'each' | NameTest {
  if (body === '' || body === '**') return () => 'all';
  if (groupsSpanFolders(body)) return () => 'each';
  if (folderGlob) {
    // Everything under a matching folder, or a file whose whole path matches (`src/a` naming a file).
    const under = compilePattern(seq(parseGlob(body), literal('/'), anyFolderBelow));
    const exact = filePlan(body);
    return (folder) => (under.test(folder) ? 'all' : exact(folder));
  }
  if (body.endsWith('/**')) {
    const under = compilePattern(seq(parseGlob(body.slice(0, -2)), anyFolderBelow));
    return (folder) => (under.test(folder) ? 'all' : 'none');
  }
  return filePlan(body);
}

function filePlan(body: string): (folder: string) => 'none' | 'each' | NameTest {
  const slash = body.lastIndexOf('/');
  const base = body.slice(slash + 1);
  if (base.includes('**')) return () => 'each';
  const folderTest = compileOnUse(() => parseGlob(body.slice(0, slash + 1)));
  const baseTest = compileOnUse(() => parseGlob(base));
  return (folder) => (folderTest.test(folder) ? baseTest : 'none');
}

// Each test is compiled when first asked: most of a glob's tests never are (the whole-path test is for folders
// that only it can judge, the base-name test for folders that match), and thousands of red flags each holding
// three compiled automata took 600 MB.
function compileOnUse(make: () => Pattern): NameTest {
  let compiled: NameTest | undefined;
  return { test: (text) => (compiled ??= compilePattern(make())).test(text) };
}

function openBraces(glob: string): number {
  let depth = 0;
  for (const c of glob) {
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
  }
  return depth;
}

/** Whether a `{a,b/c}` group or a `[..]` class holds a `/`: then the glob cannot be split at its last `/`. */
function groupsSpanFolders(glob: string): boolean {
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end >= 0 && glob.slice(i, end).includes('/')) return true;
    } else if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === '/' && depth > 0) return true;
  }
  return false;
}

/** Converts user spelling to the matcher's: `\` separators become `/`, a leading `./` is dropped. */
export function normalizeGlob(glob: string): string {
  return glob
    .trim()
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/(?:^|\/)(?:\.\/)+/g, (m) => (m.startsWith('/') ? '/' : ''));
}

/** The literal text every match starts with: everything before the first wildcard. */
function literalPrefix(glob: string): string {
  const wildcard = glob.search(/[*?[{]/);
  return wildcard < 0 ? glob : glob.slice(0, wildcard);
}

/**
 * The literal text every match ends with: everything after the last wildcard, e.g. `.ts` in `**\/*.ts`. None
 * when a `{` is left open: the group runs to the end, so the text after its last `,` is one alternative only.
 */
function literalSuffix(glob: string): string {
  if (openBraces(glob) > 0) return '';
  let i = glob.length;
  while (i > 0 && !/[*?\]}]/.test(glob[i - 1]!)) i--;
  if (i === 0) return '';
  // `**/a` matches `a` itself: the slash after a `**` segment is not required.
  return glob.endsWith('**', i) && glob[i] === '/' ? glob.slice(i + 1) : glob.slice(i);
}
