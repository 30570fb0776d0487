// Hostile commit ranges (DESIGN.md: any input under 1 MB is answered in under 1 s and 200 MB): each range of
// test/fixtures/hostile/commits.ts, at 1 MB of message, name and path text (runs of ids and brackets, dangling
// words, floods of trailers and identities, one huge word, thousands of commits alike), is drafted by
// `draftStatus` as it ships in a fresh Node process of its own (bench/_hostile.ts), so that each figure is that
// range's. Judged on the process's CPU time for the call, with wall time beside it.
import path from 'node:path';
import { hostileRanges, rangeBytes } from '../test/fixtures/hostile/commits';
import { bundleAsShipped, runChild, worstRow } from './_hostile';
import type { BenchRow } from './types';

const SIZE = 1_000_000;

export async function bench(): Promise<BenchRow[]> {
  const child = bundleAsShipped(
    path.join(__dirname, '_draftHostileChild.ts'),
    path.join(__dirname, '.work', 'draft-hostile', 'draftHostileChild.js'),
  );
  const runs = hostileRanges(SIZE).map(({ name, commits }, i) =>
    runChild(child, [String(i), String(SIZE)], { family: 'commits', name, bytes: rangeBytes(commits) }),
  );
  return [worstRow('hostile commit ranges drafted', runs)];
}
