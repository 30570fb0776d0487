// What the range pick and the drafting need to know about a repository besides its commits: its root, whether
// it is a shallow clone (and where the history is cut), the current branch, its tags and its .mailmap names.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checkRefName } from '../../core/git/values';
import { readRegularFile } from '../regularFile';
import { runGit, type GitFailure, type GitRunOptions } from './run';

/** The state of a repository, read without walking history. */
export interface RepoState {
  /** The top of the working tree. */
  root: string;
  /** The folder read, relative to `root` with a trailing slash (`packages/web/`); empty at the top. */
  prefix: string;
  /** The current branch, or `undefined` on a detached HEAD. */
  branch: string | undefined;
  shallow: boolean;
  /** The commits where a shallow clone's history is cut (their parents are not in the clone). */
  shallowBoundary: string[];
}

/** A failure of a read, as a state with a message for the user. */
export type RepoRead<T> = { ok: true; value: T } | { ok: false; failure: GitFailure };

/** Reads the root, shallowness and branch of the repository that contains `folder`: one git call (two in a
 * repository without commits, where HEAD cannot be named yet). */
export async function readRepoState(folder: string, options: GitRunOptions = {}): Promise<RepoRead<RepoState>> {
  const paths = ['rev-parse', '--show-toplevel', '--is-shallow-repository', '--git-path', 'shallow', '--show-prefix'];
  const one = await runGit(folder, { args: [...paths, '--symbolic-full-name', 'HEAD'] }, options);
  if (one.ok) {
    const [top, shallow, shallowPath, prefix, head = ''] = one.stdout.split('\n');
    return stateFrom(
      folder,
      [top, shallow, shallowPath, prefix],
      head.startsWith('refs/heads/') ? head.slice('refs/heads/'.length) : undefined,
    );
  }
  if (!/HEAD/.test(one.failure.stderr)) return { ok: false, failure: one.failure };
  const [again, branch] = await Promise.all([
    runGit(folder, { args: paths }, options),
    runGit(folder, { args: ['branch', '--show-current'] }, options),
  ]);
  if (!again.ok) return { ok: false, failure: again.failure };
  if (!branch.ok) return { ok: false, failure: branch.failure };
  return stateFrom(folder, again.stdout.split('\n'), branch.stdout.trim() || undefined);
}

// `lines`: rev-parse's answers to --show-toplevel, --is-shallow-repository, --git-path shallow, --show-prefix.
async function stateFrom(
  folder: string,
  lines: readonly (string | undefined)[],
  branch: string | undefined,
): Promise<RepoRead<RepoState>> {
  const [top = folder, shallowFlag = 'false', shallowPath = '', prefix = ''] = lines;
  const shallow = shallowFlag === 'true';
  const boundary = shallow ? await readShallowFile(path.resolve(folder, shallowPath)) : [];
  return { ok: true, value: { root: top, prefix, branch, shallow, shallowBoundary: boundary } };
}

// One line per boundary commit: a few KB even for a repository cloned with many depths.
const MAX_SHALLOW_BYTES = 4_000_000;

/** The boundary commits of a shallow clone; a missing, odd or huge file gives none (the warning still says cut). */
export async function readShallowFile(file: string): Promise<string[]> {
  const read = await readRegularFile(file, MAX_SHALLOW_BYTES);
  return read.ok ? read.text.split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line)) : [];
}

/** A tag for the range pick: its name and the date of the tag (or of its commit, for a lightweight tag). */
export interface TagInfo {
  name: string;
  date: string;
}

/** Lists tags, newest first, leaving out any name Candor would refuse as a range (so the pick offers none). */
export async function readTags(folder: string, options: GitRunOptions = {}): Promise<RepoRead<TagInfo[]>> {
  const out = await runGit(
    folder,
    {
      args: [
        'for-each-ref',
        '--sort=-creatordate',
        '--count=500',
        '--format=%(refname:strip=2)%00%(creatordate:iso-strict)',
        'refs/tags/',
      ],
    },
    options,
  );
  if (!out.ok) return out;
  const tags = out.stdout
    .split('\n')
    .map((line) => line.split('\0'))
    .filter((parts): parts is [string, string] => parts.length === 2 && checkRefName(parts[0]!) === undefined)
    .map(([name, date]) => ({ name, date }));
  return { ok: true, value: tags };
}

/** Names and emails a .mailmap maps, so drafting can keep them out of a client draft. */
export interface MailmapNames {
  names: string[];
  emails: string[];
}

// A .mailmap of a large project is a few hundred KB; parsing is linear, so the cap only guards memory.
const MAX_MAILMAP_BYTES = 16_000_000;

/** Reads `.mailmap` at the top of the working tree; a missing, linked or huge file gives no names. */
export async function readMailmap(root: string): Promise<MailmapNames> {
  const file = path.join(root, '.mailmap');
  // A link could point anywhere on the disk; a .mailmap is a regular file, and only one is read.
  const linked = await fs.lstat(file).then(
    (stat) => stat.isSymbolicLink(),
    () => false,
  );
  const read = linked ? undefined : await readRegularFile(file, MAX_MAILMAP_BYTES);
  return read?.ok ? parseMailmap(read.text) : { names: [], emails: [] };
}

/**
 * Parses .mailmap lines (`Proper Name <proper@email> Commit Name <commit@email>`) into names and emails.
 * Scanned with indexOf, not a regex: a regex of `[^<>]*<` backtracks on a long line without `>` (a 200 KB file
 * took 41 s); this is linear in the size of the file.
 */
export function parseMailmap(text: string): MailmapNames {
  const names = new Set<string>();
  const emails = new Set<string>();
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const hash = raw.indexOf('#');
    const line = hash >= 0 ? raw.slice(0, hash) : raw;
    // Alternating free text (a name, possibly empty) and <email>.
    let at = 0;
    for (let close = line.indexOf('>'); close >= 0; close = line.indexOf('>', at)) {
      const open = line.lastIndexOf('<', close);
      if (open >= at) {
        // A stray "<" before the pair belongs to no field: the name starts after it.
        const stray = open > at ? line.lastIndexOf('<', open - 1) : -1;
        const name = line.slice(Math.max(at, stray + 1), open).trim();
        const email = line.slice(open + 1, close).trim();
        if (name) names.add(name);
        if (email) emails.add(email);
      }
      at = close + 1;
    }
  }
  return { names: [...names], emails: [...emails] };
}
