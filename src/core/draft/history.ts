import type { Commit } from '../git/commit';

// Merge subjects of the common forges; the PR title sits in the body (GitHub, GitLab, Bitbucket) or the subject.
const GITHUB_MERGE = /^Merge pull request #\d+ from \S+/;
const GITLAB_MERGE = /^Merge branch '[^']+' into '[^']+'$/;
const BITBUCKET_MERGE = /^Merged in \S+ \(pull request #\d+\)/;
const AZURE_MERGE = /^Merged PR \d+:\s*(.+)$/;
// Merge queues: homu (`Auto merge of #12 - user:branch, r=reviewer`, title in the body) and bors (`Merge #12`,
// body `12: Title r=reviewer a=author`). A bors batch of several PRs has no one title: it gives way to its commits.
const HOMU_MERGE = /^(?:Auto|Rollup) merge of #\d+ - \S+/;
const BORS_MERGE = /^Merge #\d+$/;
const BORS_TITLE = /^\d+:\s*(.*?)(?:\s+[ra]=\S+)*\s*$/;
// A merge queue set to write the PR title as the merge's subject: `feat(x): add y (#17385)`.
const TITLED_MERGE = /^(?!Merge\b).+\((?:#|!)\d+\)\s*$/;
const BRANCHY = /^[\w.-]+\/[\w./-]+$/;

/** The title of a pull/merge request merge when it says something; undefined for plain branch merges. */
export function pullRequestTitle(commit: Commit): string | undefined {
  if (commit.parents.length < 2) return undefined;
  const azure = AZURE_MERGE.exec(commit.subject);
  let title = azure?.[1];
  if (!title && [GITHUB_MERGE, BITBUCKET_MERGE, HOMU_MERGE].some((re) => re.test(commit.subject)))
    title = firstLine(commit.body);
  if (!title && BORS_MERGE.test(commit.subject.trim())) title = BORS_TITLE.exec(firstLine(commit.body) ?? '')?.[1];
  if (!title && TITLED_MERGE.test(commit.subject.trim())) title = commit.subject;
  if (!title && GITLAB_MERGE.test(commit.subject) && /See merge request /.test(commit.body))
    title = firstLine(commit.body);
  return title && meaningful(title) ? title.trim() : undefined;
}

function firstLine(body: string): string | undefined {
  return body
    .split(/\r?\n/)
    .find((l) => l.trim() !== '')
    ?.trim();
}

// A title that is a branch name, one word or a merge message carries nothing for the client.
function meaningful(title: string): boolean {
  const words = title.trim().split(/\s+/);
  if (words.length < 2 || BRANCHY.test(title.trim())) return false;
  // A merge queue's rollup ("Rollup of 8 pull requests") is a batch: its own merges say what landed.
  return !/^(merge|wip|see merge request|update|changes|misc|rollup of \d+ pull requests)\b/i.test(title.trim());
}

/**
 * For each merge, the commits it brought in: reachable from its other parents but not from its first, within
 * the list. Built once per list: commits get a topological rank (children first, whatever the dates say), and
 * each merge paints its two sides newest first, stopping once only its mainline is left, as git's merge-base
 * walk does. Cost per merge is its branch and the mainline down to where the branch forked, not the history.
 */
export function branchFinder(commits: readonly Commit[]): (merge: Commit) => Set<string> {
  const byHash = new Map(commits.map((c) => [c.hash, c]));
  // Ranked on the first call: a range without pull-request merges never needs the order.
  let hashes: string[] | undefined;
  let rank = new Map<string, number>();
  return (merge) => {
    if (!hashes) {
      hashes = topologicalOrder(byHash);
      rank = new Map(hashes.map((h, i) => [h, i]));
    }
    const order = hashes;
    const side = new Map<number, number>(); // rank → 1 mainline, 2 branch, 3 both
    const queue = new MinHeap();
    let branchOnly = 0;
    const paint = (hash: string | undefined, flag: number) => {
      const r = hash === undefined ? undefined : rank.get(hash);
      if (r === undefined) return;
      const before = side.get(r) ?? 0;
      const after = before | flag;
      if (after === before) return;
      if (before === 0) queue.push(r);
      side.set(r, after);
      branchOnly += (after === 2 ? 1 : 0) - (before === 2 ? 1 : 0);
    };
    paint(merge.parents[0], 1);
    for (const p of merge.parents.slice(1)) paint(p, 2);
    const branch = new Set<string>();
    while (branchOnly > 0 && queue.size > 0) {
      const r = queue.pop();
      const flag = side.get(r)!;
      if (flag === 2) {
        branchOnly--;
        branch.add(order[r]!);
      }
      // Popped: its side is final (children come first), so it no longer counts as waiting.
      side.set(r, flag | 4);
      for (const p of byHash.get(order[r]!)!.parents) paint(p, flag & 3);
    }
    return branch;
  };
}

// Children before parents: a reverse post-order of an iterative depth-first walk over the parents in the list.
function topologicalOrder(byHash: ReadonlyMap<string, Commit>): string[] {
  const post: string[] = [];
  const seen = new Set<string>();
  for (const start of byHash.keys()) {
    if (seen.has(start)) continue;
    seen.add(start);
    const stack: [string, number][] = [[start, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const parents = byHash.get(top[0])!.parents;
      const next = parents[top[1]++];
      if (next === undefined) post.push(stack.pop()![0]);
      else if (byHash.has(next) && !seen.has(next)) {
        seen.add(next);
        stack.push([next, 0]);
      }
    }
  }
  return post.reverse();
}

/** A binary min-heap of ranks. */
class MinHeap {
  private readonly items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(value: number): void {
    const a = this.items;
    a.push(value);
    for (let i = a.length - 1, up = (i - 1) >> 1; i > 0 && a[up]! > a[i]!; i = up, up = (i - 1) >> 1)
      [a[i], a[up]] = [a[up]!, a[i]!];
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length === 0) return top;
    a[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && a[l]! < a[m]!) m = l;
      if (r < a.length && a[r]! < a[m]!) m = r;
      if (m === i) return top;
      [a[i], a[m]] = [a[m]!, a[i]!];
      i = m;
    }
  }
}

// git's own wording (`Revert "subject"`, possibly with a PR number), and the conventional `revert:` type.
const REVERT_SUBJECT = /^Revert "(.*)"(?:\s*\((?:#|!)\d+\))?\s*$/;
const CONVENTIONAL_REVERT = /^revert(?:\([^)]*\))?!?:\s*(.*)$/i;
const REVERTS_COMMIT = /This reverts commit [0-9a-f]{7,40}/i;
const REVERTS_HASH = /(?:This reverts commit|^Refs?:)\s*([0-9a-f]{7,40})/im;

/** Whether a commit is a revert (by git's own wording or the conventional `revert:` type). */
export function isRevert(commit: Commit): boolean {
  return (
    REVERT_SUBJECT.test(commit.subject) || CONVENTIONAL_REVERT.test(commit.subject) || REVERTS_COMMIT.test(commit.body)
  );
}

/** What a revert pass found: commits cancelled by a revert in range, and reverts of older work. */
export interface Reverts {
  /** Hashes of reverts and of the commits they cancel. */
  hidden: Set<string>;
  /** Reverts whose target is outside the range: the client may have seen that change. */
  ofOlderWork: Commit[];
}

/**
 * A commit and its revert cancel out; a revert of a revert brings the commit back. Targets are found by hash
 * (`This reverts commit …`) or, failing that, by the quoted subject of an older commit in the list.
 */
export function resolveReverts(commits: readonly Commit[]): Reverts {
  const target = new Map<string, string>();
  const ofOlderWork: Commit[] = [];
  // Lower-cased once, on the first revert that names a hash: a scan per revert cost a copy of every hash.
  let lowerHashes: string[] | undefined;
  const hashes = () => (lowerHashes ??= commits.map((c) => c.hash.toLowerCase()));
  commits.forEach((commit, index) => {
    if (!isRevert(commit)) return;
    const found = findTarget(commit, commits, index, hashes);
    if (found) target.set(commit.hash, found.hash);
    else ofOlderWork.push(commit);
  });
  const revertsOf = new Map<string, string[]>();
  for (const [revert, victim] of target) {
    const reverts = revertsOf.get(victim);
    if (reverts) reverts.push(revert);
    else revertsOf.set(victim, [revert]);
  }
  const memo = new Map<string, boolean>();
  // A commit stands unless a standing revert targets it; reverts themselves are always hidden.
  const stands = (hash: string, depth: number): boolean => {
    if (memo.has(hash)) return memo.get(hash)!;
    const result = depth > 50 || !(revertsOf.get(hash) ?? []).some((r) => stands(r, depth + 1));
    memo.set(hash, result);
    return result;
  };
  const hidden = new Set<string>();
  const older = new Set(ofOlderWork);
  for (const commit of commits) {
    if (target.has(commit.hash) || older.has(commit) || !stands(commit.hash, 0)) hidden.add(commit.hash);
  }
  return { hidden, ofOlderWork };
}

// `commits` is newest first (git log order): by subject, the target is the nearest older commit.
function findTarget(
  revert: Commit,
  commits: readonly Commit[],
  index: number,
  lowerHashes: () => readonly string[],
): Commit | undefined {
  const hash = REVERTS_HASH.exec(revert.body)?.[1]?.toLowerCase();
  if (hash) {
    const at = lowerHashes().findIndex((h, i) => commits[i] !== revert && h.startsWith(hash));
    if (at >= 0) return commits[at];
  }
  const subject = (REVERT_SUBJECT.exec(revert.subject) ?? CONVENTIONAL_REVERT.exec(revert.subject))?.[1]?.trim();
  if (subject === undefined) return undefined;
  for (let i = index + 1; i < commits.length; i++) if (commits[i]!.subject.trim() === subject) return commits[i];
  return undefined;
}
