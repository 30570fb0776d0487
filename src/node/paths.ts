import { promises as fs } from 'node:fs';
import path from 'node:path';
import { abortReason } from './abort';

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
  // The real root: a workspace opened through a link still contains its own files.
  const base = await fs.realpath(root);
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
