// One hostile commit range drafted by `draftStatus` in a fresh process (bench/draftHostile.ts starts one per
// range, see bench/_hostile.ts). The range is built before the measured call.
import { draftStatus } from '../src/core/draft';
import { hostileRanges } from '../test/fixtures/hostile/commits';
import { benchProject } from './git';
import { measureInChild } from './_measureInChild';

const { commits } = hostileRanges(Number(process.argv[3]))[Number(process.argv[2])]!;
const project = benchProject();
const today = new Date(2026, 10, 26, 12);
void measureInChild(() => draftStatus({ project, commits, range: { from: '2026-11-19', to: '2026-11-26' }, today }));
