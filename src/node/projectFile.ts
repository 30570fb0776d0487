import { promises as fs } from 'node:fs';
import { en } from '../core/i18n/lang/en';
import type { ProblemWords } from '../core/i18n/words';
import { loadProject, MAX_BYTES, tooLarge, type LoadedProject } from '../core/model/load';
import { fileIssue, type Result } from '../core/result';

/** Reads and loads a project.yaml from disk; a missing or unreadable file is an issue (in `words`' language), not an exception. */
export async function readProjectFile(file: string, words: ProblemWords = en.problems): Promise<Result<LoadedProject>> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_BYTES) return { ok: false, issues: [tooLarge(stat.size, words)] };
    return loadProject(await fs.readFile(file, 'utf8'), words);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? words.noProjectFile : words.cannotReadFile(code ?? String(error));
    return { ok: false, issues: [fileIssue(why)] };
  }
}
