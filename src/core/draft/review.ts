import type { Commit } from '../git/commit';
import { matchGlobs } from '../globSet';
import type { RedFlag } from '../model/schema';
import type { Phrases } from './phrases';
import type { Finding } from './redact';
import type { Block } from './render';
import type { DraftWarning } from './types';

/** A finding with its place in the draft, e.g. "“Delivered”, item 3". */
export interface Placed {
  finding: Finding;
  where: string;
}

/**
 * The "Review before sending" note: what kind of secret was removed or which blaming sentence was rewritten,
 * and where; never the secret itself. Empty when there is nothing to review.
 */
export function reviewSection(p: Phrases, placed: readonly Placed[]): { blocks: Block[]; warnings: DraftWarning[] } {
  if (placed.length === 0) return { blocks: [], warnings: [] };
  const lines = placed.map(({ finding, where }) =>
    finding.kind === 'secret' ? p.review.secret(p.secretKinds[finding.secret], where) : p.review.blame(where),
  );
  const unique = [...new Set(lines)];
  return {
    blocks: [{ kind: 'heading', text: p.headings.review }, { kind: 'aside', text: p.review.intro }, { kind: 'list', items: unique.map((text) => ({ text })) }],
    warnings: placed.map(({ finding }) => ({
      kind: finding.kind,
      message: finding.kind === 'secret' ? `Removed what looks like a secret (${finding.secret}) from the draft: check the commit and rotate the secret.` : 'Blame phrasing was rewritten: check the sentence.',
    })),
  };
}

/** Ids of red flags whose `paths` match a file of any commit in the range. */
export function touchedFlags(flags: readonly RedFlag[], commits: readonly Commit[]): Set<string> {
  const owners = flags.flatMap((f) => (f.paths ?? []).map(() => f.id));
  const matched = matchGlobs(flags.flatMap((f) => f.paths ?? []), [...new Set(commits.flatMap((c) => c.files))]);
  return new Set(owners.filter((_, i) => matched[i]!.length > 0));
}
