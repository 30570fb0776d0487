import type { Commit } from '../git/commit';
import { matchGlobs } from '../globSet';
import type { RedFlag } from '../model/schema';
import type { ReviewPhrases } from './reviewPhrases';
import type { Finding } from './redact';
import type { DraftPlace, DraftWarning } from './types';

/** A finding with its place in the draft, e.g. “Delivered”, item 3. */
export interface Placed {
  finding: Finding;
  place: DraftPlace;
}

/**
 * The review points of secrets removed and blame rewritten: what kind of secret, which place; never the secret
 * itself. Written for the tech lead (in the review language), never into the draft.
 */
export function findingPoints(rp: ReviewPhrases, placed: readonly Placed[]): DraftWarning[] {
  return placed.map(({ finding, place }) => {
    const where = rp.where(place.heading, place.item);
    return finding.kind === 'secret'
      ? { kind: 'secret', message: rp.secret(rp.secretKinds[finding.secret], where), place }
      : { kind: 'blame', message: rp.blame(where), place };
  });
}

/** Each review point once (same kind and words), with the line of `markdown` where it applies when it has a place. */
export function locatePoints(markdown: string, points: readonly DraftWarning[]): DraftWarning[] {
  const lineOf = placeLines(markdown);
  const seen = new Set<string>();
  const out: DraftWarning[] = [];
  for (const point of points) {
    const key = `${point.kind}\n${point.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const line = point.place && lineOf(point.place);
    out.push(line === undefined ? point : { ...point, line });
  }
  return out;
}

/**
 * Finds places in rendered Markdown: a `##` section by its heading (backslash escapes undone), and its N-th `- `
 * list line, milestone groups included. Undefined when the place is not in the text.
 */
export function placeLines(markdown: string): (place: DraftPlace) => number | undefined {
  const sections = new Map<string, { heading: number; items: number[] }>();
  let current: { heading: number; items: number[] } | undefined;
  markdown.split('\n').forEach((line, i) => {
    if (line.startsWith('## ')) {
      const heading = line.slice(3).replace(/\\(.)/g, '$1');
      current = sections.has(heading) ? undefined : { heading: i, items: [] };
      if (current) sections.set(heading, current);
    } else if (current && line.startsWith('- ')) current.items.push(i);
  });
  return (place) => {
    const section = sections.get(place.heading);
    return place.item === undefined ? section?.heading : section?.items[place.item - 1];
  };
}

/** Ids of red flags whose `paths` match a file of any commit in the range. */
export function touchedFlags(flags: readonly RedFlag[], commits: readonly Commit[]): Set<string> {
  const owners = flags.flatMap((f) => (f.paths ?? []).map(() => f.id));
  // Most projects flag few paths, or none: then no file of the range needs reading.
  if (owners.length === 0) return new Set();
  const matched = matchGlobs(
    flags.flatMap((f) => f.paths ?? []),
    [...new Set(commits.flatMap((c) => c.files))],
  );
  return new Set(owners.filter((_, i) => matched[i]!.length > 0));
}
