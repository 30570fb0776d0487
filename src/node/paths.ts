import { promises as fs } from 'node:fs';
import path from 'node:path';
import { validateGlob } from '../core/globCheck';
import type { ProblemWords } from '../core/i18n/words';
import { en } from '../core/lang/en/words';
import { abortReason } from './abort';

/** Where a workspace-relative path really lives, or why it is refused. */
export type Containment =
  | {
      ok: true;
      /** The path on disk, with symlinks resolved (the nearest existing ancestor's, if missing). */ real: string;
    }
  | { ok: false; reason: string };

/**
 * The workspace's real root: symlinks resolved, so that a workspace opened through a link still contains its
 * own files. Resolve it once and pass it to the checks below.
 */
export async function realRoot(root: string): Promise<string> {
  return fs.realpath(root);
}

/**
 * Checks that a workspace-relative path (from project.yaml or a glob's match) stays inside the workspace:
 * refused when it is absolute, uses `~` or `..` (also `%2e%2e`, backslashes), or resolves through a symlink to
 * a place outside the real root. Links that stay inside are accepted; a path that does not exist yet is judged
 * by its nearest existing ancestor. The reason is worded in `words`' language (English by default).
 */
export async function checkContained(
  root: string,
  relative: string,
  words: ProblemWords = en.problems,
): Promise<Containment> {
  const syntax = validateGlob(relative, words);
  if (!syntax.ok) return { ok: false, reason: syntax.message };
  const base = await realRoot(root).catch(() => undefined);
  if (base === undefined) return { ok: false, reason: words.workspaceUnreadable };
  const real = await realOrAncestor(path.resolve(base, relative.replace(/\\/g, '/')));
  if (!isInside(base, real)) return { ok: false, reason: words.linkOutside(real) };
  return { ok: true, real };
}

/** True when `candidate` (absolute, resolved) is `root` or lies under it. */
export function isInside(root: string, candidate: string): boolean {
  if (candidate === root) return true;
  const rel = path.relative(root, candidate);
  return rel !== '' && !rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel);
}

/**
 * The files among `files` (workspace-relative, as listed by git or the walk) that resolve outside the workspace
 * through a symlink — a linked file or any linked folder on the way. Folders are resolved once each, so a glob's
 * thousand matches cost a `lstat` per file and a `realpath` per folder.
 */
export async function filesOutside(root: string, files: readonly string[], signal?: AbortSignal): Promise<Set<string>> {
  const base = await realRoot(root);
  const folders = new Map<string, Promise<string | undefined>>();
  const folderReal = (dir: string) => {
    let known = folders.get(dir);
    if (!known) {
      known = fs.realpath(path.join(base, dir)).catch(() => undefined);
      folders.set(dir, known);
    }
    return known;
  };
  const outside = new Set<string>();
  const check = async (file: string) => {
    const slash = file.lastIndexOf('/');
    const dir = await folderReal(slash < 0 ? '' : file.slice(0, slash));
    if (dir !== undefined && !isInside(base, dir)) return outside.add(file);
    const full = path.join(dir ?? base, file.slice(slash + 1));
    const stat = await fs.lstat(full).catch(() => undefined);
    if (!stat?.isSymbolicLink()) return undefined;
    const real = await fs.realpath(full).catch(() => undefined);
    // A dangling link is judged by where it points.
    const target = real ?? path.resolve(path.dirname(full), await fs.readlink(full).catch(() => '.'));
    if (!isInside(base, target)) outside.add(file);
    return undefined;
  };
  for (let i = 0; i < files.length; i += 64) {
    if (signal?.aborted) throw abortReason(signal);
    await Promise.all(files.slice(i, i + 64).map(check));
  }
  return outside;
}

/** Resolves symlinks of the longest existing prefix of `absolute` and appends the part that does not exist. */
async function realOrAncestor(absolute: string, depth = 0): Promise<string> {
  let existing = absolute;
  const missing: string[] = [];
  for (;;) {
    try {
      return path.join(await fs.realpath(existing), ...missing);
    } catch {
      // A dangling symlink is judged by its target, so a link to a missing file outside is still refused.
      const target = depth < 40 ? await fs.readlink(existing).catch(() => undefined) : undefined;
      if (target !== undefined)
        return realOrAncestor(path.join(path.resolve(path.dirname(existing), target), ...missing), depth + 1);
      const parent = path.dirname(existing);
      if (parent === existing) return absolute;
      missing.unshift(path.basename(existing));
      existing = parent;
    }
  }
}
