import { promises as fs } from 'node:fs';
import { loadProject, MAX_BYTES, tooLarge, type LoadedProject } from '../core/model/load';
import { fileIssue, type Result } from '../core/result';

/** Reads and loads a project.yaml from disk; a missing or unreadable file is an issue, not an exception. */
export async function readProjectFile(file: string): Promise<Result<LoadedProject>> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_BYTES) return { ok: false, issues: [tooLarge(stat.size)] };
    return loadProject(await fs.readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no project.yaml here: run "candor init" to create one.' : `cannot read it (${code ?? String(error)}).`;
    return { ok: false, issues: [fileIssue(why)] };
  }
}
