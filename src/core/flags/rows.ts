/** The rows under a red flag in the tree: coverage, markers, files and uncovered ranges, each opening its place. */
import { en } from '../lang/en/words';
import type { FlagWords } from '../i18n/words';
import type { FlagDetails, OutlineNode } from '../outline';
import type { FlagLink } from './link';

const MAX_RANGES = 20;

/** "42% of 310 lines covered", or why there is no measure. */
export function coverageLabel(link: FlagLink, words: FlagWords = en.flags): string {
  switch (link.status) {
    case 'covered': {
      const { covered, total } = link.coverage!;
      return total === 0 ? words.noInstrumentedLines : words.percentOfLines(Math.floor((100 * covered) / total), total);
    }
    case 'no-report':
      return words.noReport;
    case 'not-in-report':
      return words.notInReport;
    case 'unlinked':
      return words.unlinked;
  }
}

/** The covered share as a percentage, when measured. */
export function coveredPercent(link: FlagLink): number | undefined {
  return link.coverage && link.coverage.total > 0 ? (100 * link.coverage.covered) / link.coverage.total : undefined;
}

/** The tree's details for every linked flag of the project whose outline key is `key`; links come in risk order. */
export function flagDetails(key: string, links: readonly FlagLink[], words: FlagWords = en.flags): FlagDetails {
  const byId = new Map(links.map((link, rank) => [link.flag.id, { rank, link }]));
  return (flag) => {
    const found = byId.get(flag.id);
    if (!found) return undefined;
    return {
      rank: found.rank,
      summary: coverageSummary(found.link, words),
      children: flagRows(`${key}/red_flags/${flag.id}`, found.link, words),
    };
  };
}

/** The short note on the flag's own row. */
function coverageSummary(link: FlagLink, words: FlagWords): string {
  const percent = coveredPercent(link);
  return percent === undefined ? coverageLabel(link, words) : words.percentCovered(Math.floor(percent));
}

/** Child rows of one linked flag; `id` is the flag row's id. */
export function flagRows(id: string, link: FlagLink, words: FlagWords = en.flags): OutlineNode[] {
  const rows: OutlineNode[] = [
    row(`${id}/coverage`, 'detail', coverageLabel(link, words), link.status === 'covered' ? 'info' : 'warning', {
      tooltip: link.status === 'unlinked' ? words.unlinkedTip : undefined,
    }),
  ];
  if (link.untestedGuess && link.untestedGuess.length > 0) {
    rows.push(
      row(`${id}/guess`, 'detail', words.guess(link.untestedGuess.length), 'warning', {
        tooltip: words.guessTip,
        children: link.untestedGuess.map((file) =>
          row(`${id}/guess/${file}`, 'location', file, 'file', { location: { file, line: 1 } }),
        ),
      }),
    );
  }
  if (link.markers.length > 0) {
    rows.push(
      row(`${id}/markers`, 'detail', words.markers(link.markers.length), 'none', {
        children: link.markers.map((m) =>
          row(`${id}/markers/${m.file}:${m.line}`, 'location', `${m.file}:${m.line}`, 'file', {
            description: m.note,
            location: { file: m.file, line: m.line },
          }),
        ),
      }),
    );
  }
  if (link.files.length > 0) {
    rows.push(
      row(`${id}/files`, 'detail', words.files(link.files.length), 'none', {
        children: link.files.map((file) =>
          row(`${id}/files/${file}`, 'location', file, 'file', { location: { file, line: 1 } }),
        ),
      }),
    );
  }
  if (link.uncovered.length > 0) {
    const lines = link.uncovered.reduce((n, f) => n + f.lines, 0);
    rows.push(
      row(`${id}/uncovered`, 'detail', words.uncovered(lines), 'warning', {
        children: largestRanges(link).map(({ file, start, end, lines: n }) =>
          row(
            `${id}/uncovered/${file}:${start}`,
            'location',
            `${file}:${start}${end > start ? `-${end}` : ''}`,
            'file',
            {
              description: words.lines(n),
              location: { file, line: start, endLine: end },
            },
          ),
        ),
      }),
    );
  }
  return rows;
}

/** Uncovered ranges of all the flag's files, largest first, capped so that the tree stays readable. */
function largestRanges(link: FlagLink) {
  return link.uncovered
    .flatMap((f) => f.ranges.map((r) => ({ file: f.file, ...r })))
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file) || a.start - b.start)
    .slice(0, MAX_RANGES);
}

function row(
  id: string,
  kind: OutlineNode['kind'],
  label: string,
  icon: OutlineNode['icon'],
  extra: Partial<OutlineNode> = {},
): OutlineNode {
  return { id, kind, label, icon, children: [], expanded: false, ...extra };
}
