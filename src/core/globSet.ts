/**
 * Many globs against many paths at once — every red flag's globs against the workspace's file list. Paths are
 * grouped by folder and each glob judges a folder once (all files, none, or a test of the base name), so a
 * path costs a map lookup and a few base-name tests, not a full match per glob.
 */
import { compileGlob, type GlobMatcher } from './glob';
import type { NameTest } from './globAutomaton';

type Plan = { glob: number; test: 'all' | 'each' | NameTest }[];

/** The paths of `files` that each glob matches, one list per glob, in the order of `files`. */
export function matchGlobs(globs: readonly string[], files: readonly string[]): string[][] {
  const matchers = globs.map(compileGlob);
  const byFolder = indexByPrefixFolder(matchers);
  const plans = new Map<string, Plan>();
  const out = matchers.map(() => [] as string[]);
  // git lists files sorted and the walk lists a folder's files together: the previous file's folder is
  // usually this one's, which spares hashing the folder name again.
  let lastFolder = '\0';
  let plan: Plan = [];
  for (const file of files) {
    const cut = file.lastIndexOf('/') + 1;
    if (cut !== lastFolder.length || !file.startsWith(lastFolder)) {
      lastFolder = file.slice(0, cut);
      let known = plans.get(lastFolder);
      if (!known) {
        known = planFolder(matchers, byFolder, lastFolder);
        plans.set(lastFolder, known);
      }
      plan = known;
    }
    if (plan.length === 0) continue;
    const base = file.slice(cut);
    for (const { glob, test } of plan) {
      if (test === 'all' || (test === 'each' ? matchers[glob]!.matches(file) : test.test(base))) out[glob]!.push(file);
    }
  }
  return out;
}

/** Globs by the folder their literal prefix names (`src/pay/` for `src/pay/**`, `''` for `**\/*.ts`). */
function indexByPrefixFolder(matchers: readonly GlobMatcher[]): Map<string, number[]> {
  const byFolder = new Map<string, number[]>();
  matchers.forEach((m, i) => {
    const folder = m.prefix.slice(0, m.prefix.lastIndexOf('/') + 1);
    const list = byFolder.get(folder);
    if (list) list.push(i);
    else byFolder.set(folder, [i]);
  });
  return byFolder;
}

/** How each glob that could match in `folder` judges its files; globs of other folders are not asked. */
function planFolder(matchers: readonly GlobMatcher[], byFolder: ReadonlyMap<string, number[]>, folder: string): Plan {
  const plan: Plan = [];
  const consider = (globs: number[] | undefined) => {
    for (const glob of globs ?? []) {
      const test = matchers[glob]!.inFolder(folder);
      if (test !== 'none') plan.push({ glob, test });
    }
  };
  consider(byFolder.get(''));
  for (let at = folder.indexOf('/'); at >= 0; at = folder.indexOf('/', at + 1))
    consider(byFolder.get(folder.slice(0, at + 1)));
  return plan;
}
