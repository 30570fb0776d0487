import path from 'node:path';
import type { ProblemWords } from '../core/i18n/words';
import type { LoadedProject } from '../core/model/load';
import { formatIssue } from '../core/result';
import { readProjectFile } from '../node/projectFile';
import { err } from './output';

/**
 * The valid project.yaml of `root` for commands that need one (flags, status, brief): when it cannot be used,
 * its problems go to stderr as `file:line:col` lines and the result is undefined (the command exits 1).
 */
export async function loadProjectOrReport(root: string, words: ProblemWords): Promise<LoadedProject | undefined> {
  const file = path.join(root, 'project.yaml');
  const loaded = await readProjectFile(file, words);
  if (loaded.ok) return loaded.value;
  const shown = path.relative(process.cwd(), file) || file;
  for (const issue of loaded.issues) err(`${formatIssue(shown, issue)}\n`);
  return undefined;
}
