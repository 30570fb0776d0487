import { en } from '../core/lang/en/words';
import type { ProblemWords } from '../core/i18n/words';
import { loadProject, MAX_BYTES, tooLarge, type LoadedProject } from '../core/model/load';
import { fileIssue, type Result } from '../core/result';
import { readRegularFile } from './regularFile';

/**
 * Reads and loads a project.yaml from disk. Only a regular file is read (a FIFO, a device, a socket or a folder
 * named project.yaml is refused at once, also through a symlink), and never more than MAX_BYTES of it; a missing
 * or unreadable file is an issue (in `words`' language), not an exception.
 */
export async function readProjectFile(file: string, words: ProblemWords = en.problems): Promise<Result<LoadedProject>> {
  const read = await readRegularFile(file, MAX_BYTES);
  if (read.ok) return loadProject(read.text, words);
  switch (read.reason) {
    case 'too-large':
      return { ok: false, issues: [tooLarge(read.bytes, words)] };
    case 'not-a-file':
      return { ok: false, issues: [fileIssue(words.notAFile(read.kind))] };
    case 'missing':
      return { ok: false, issues: [fileIssue(words.noProjectFile)] };
    case 'unreadable':
      return { ok: false, issues: [fileIssue(words.cannotReadFile(read.code))] };
  }
}
