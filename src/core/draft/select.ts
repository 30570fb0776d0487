import type { Commit } from '../git/commit';
import { branchFinder, isRevert, pullRequestTitle, resolveReverts } from './history';
import { addsPersonToList } from './cues';
import { onlyInternalFiles } from './internalFiles';
import { isBot, isClientHidden, parseCommit, rebaseOrWip } from './parse';
import type { HiddenReason, ParsedCommit } from './types';

/** The commits that may become lines of the draft, and why each of the others was left out. */
export interface Selection {
  visible: ParsedCommit[];
  hidden: Map<Commit, HiddenReason>;
  /** Reverts of work older than the range: the client may have been told about that work. */
  revertsOfOlderWork: Commit[];
}

const BOT_BRANCH = /\b(dependabot|renovate)\//i;

/**
 * Applies the history rules: merges give way to their branch, unless they are pull requests with a real title
 * (then the PR speaks for its branch); a commit and its revert cancel out; rebase leftovers, WIP, bots,
 * `Client-Visible: no`, noise types, changes to tests, docs, CI or tooling only and additions to a list of people
 * (contributors, authors) are hidden. `commits` is in git log order (newest first).
 */
export function selectCommits(commits: readonly Commit[], noiseTypes: ReadonlySet<string>): Selection {
  const byHash = new Map(commits.map((c) => [c.hash, c]));
  const mergedBranch = branchFinder(commits);
  const reverts = resolveReverts(commits);
  const hidden = new Map<Commit, HiddenReason>();
  const pullRequests = new Map<Commit, ParsedCommit>();
  for (const commit of commits) {
    if (commit.parents.length < 2) continue;
    const title = pullRequestTitle(commit);
    if (!title) {
      hidden.set(commit, 'merge');
      continue;
    }
    const branch = [...mergedBranch(commit)].map((h) => byHash.get(h)!);
    const files = [...new Set([...commit.files, ...branch.flatMap((c) => c.files)])];
    const parsedBranch = branch.map((c) => parseCommit(c, noiseTypes));
    for (const b of parsedBranch) if (!b.clientNote && !hidden.has(b.commit)) hidden.set(b.commit, 'in-pull-request');
    const pseudo: Commit = { ...commit, subject: title, body: '', files };
    const parsed = parseCommit(pseudo, noiseTypes);
    const botBranch = BOT_BRANCH.test(commit.subject) || (branch.length > 0 && branch.every(isBot));
    pullRequests.set(commit, { ...parsed, commit, kind: botBranch ? 'noise' : parsed.kind });
  }
  const visible: ParsedCommit[] = [];
  const internalFiles = new Map<string, boolean>();
  for (const commit of commits) {
    if (hidden.has(commit)) continue;
    const parsed = pullRequests.get(commit) ?? parseCommit(commit, noiseTypes);
    const reason = hiddenReason(parsed, reverts.hidden.has(commit.hash), internalFiles);
    if (reason) hidden.set(commit, reason);
    else visible.push(parsed);
  }
  return { visible, hidden, revertsOfOlderWork: reverts.ofOlderWork };
}

function hiddenReason(
  parsed: ParsedCommit,
  cancelled: boolean,
  internalFiles: Map<string, boolean>,
): HiddenReason | undefined {
  const { commit } = parsed;
  if (cancelled) return isRevert(commit) ? 'revert' : 'reverted';
  if (isBot(commit)) return 'bot';
  const rebase = rebaseOrWip(commit.subject);
  if (rebase) return rebase;
  if (isClientHidden(parsed)) return 'client-hidden';
  if (parsed.kind === 'noise') return 'noise';
  // A Client-Note is the author saying the client should read this, even about the docs.
  if (!parsed.clientNote && onlyInternalFiles(parsed.files, internalFiles)) return 'internal';
  // "Added Jane Doe to the contributors list" is about the team, never client news (and would name someone).
  if (!parsed.clientNote && addsPersonToList(parsed.text)) return 'people-list';
  return undefined;
}
