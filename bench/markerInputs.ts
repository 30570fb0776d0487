// Marker search on hostile files (DESIGN.md: any input under 1 MB in under 1 s): the unit tests' corpus
// (test/fixtures/hostile/markerTexts.ts: long lines of markers with and without a comment opener, CR line ends,
// huge ids and notes) through findMarkers, the parser both searches share. Best of three CPU times per text.
import { findMarkers } from '../src/core/markers';
import { hostileMarkerTexts } from '../test/fixtures/hostile/markerTexts';
import type { BenchRow } from './types';

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export async function bench(): Promise<BenchRow[]> {
  const corpus = hostileMarkerTexts();
  const times = corpus.map(({ name, text }) => ({
    name,
    ms: Math.min(...[0, 1, 2].map(() => cpuMs(() => findMarkers(text)))),
  }));
  const worst = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  return [
    {
      name: `marker search hostile inputs (${corpus.length}, each < 1 MB): worst time`,
      budget: '< 1 s',
      measured: `${Math.round(worst.ms)} ms CPU, ${worst.name}`,
      ok: worst.ms < 1000,
    },
  ];
}
