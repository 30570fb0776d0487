// What `candor flags` and `candor check --fail-on untested-high` share: gather the links, and say them in words.
import type { LinkResult } from '../core/flags/link';
import type { LoadedProject } from '../core/model/load';
import { analyzeFlags, type FlagAnalysis } from '../node/flagAnalysis';
import { coverageLabel } from '../core/flags/rows';
import type { FlagWords, ProblemWords } from '../core/i18n/words';
import { cliLanguage, type CliMessages } from './messages';
import { escapeControls, oneLine } from '../core/safeText';

/**
 * Links the project's red flags to the code under `root`, with coverage from the reports at the usual places
 * (or `reports`, relative to root). The CLI runs in a trusted shell, so git is allowed unless `--no-git`.
 * Marker warnings and glob issues are worded in `words`' language (English by default).
 */
export async function gatherFlags(
  root: string,
  project: LoadedProject,
  git: boolean,
  reports?: readonly string[],
  words?: ProblemWords,
): Promise<FlagAnalysis> {
  return analyzeFlags(root, project.file.red_flags, { git, reports, words, language: cliLanguage() });
}

/** One line on the coverage reports read, for the top of the report. */
export function describeReports(result: FlagAnalysis, m: CliMessages): string {
  const { coverage } = result;
  if (coverage.reports.length === 0) return m.flags.noReport;
  const extra = [
    coverage.unmapped > 0 ? m.flags.unmapped(coverage.unmapped) : '',
    coverage.malformed > 0 ? m.flags.malformed(coverage.malformed) : '',
    coverage.clipped > 0 ? m.flags.clipped(coverage.clipped) : '',
  ].filter(Boolean);
  return m.flags.reports(coverage.reports.join(', '), extra.join('; '));
}

/** The covered share in whole percent, rounded down so that 59.9% never passes a 60% bar. */
export function percent(covered: number, total: number): number {
  return total === 0 ? 0 : Math.floor((covered / total) * 100);
}

/** The plain-text report, one block per flag, in risk order. */
export function formatFlags(
  result: LinkResult,
  yamlLine: (flagIndex: number, pathIndex?: number) => number,
  m: CliMessages,
  words: FlagWords,
): string {
  const out: string[] = [];
  const w = m.flags;
  const list = (files: readonly string[]) =>
    files.length <= 5 ? files.join(', ') : `${files.slice(0, 5).join(', ')} ${w.andMore(files.length - 5)}`;
  for (const link of result.flags) {
    const { flag } = link;
    out.push(
      `[${flag.severity}] ${flag.id}: ${oneLine(flag.title)}${flag.status === 'open' ? '' : ` (${flag.status})`}`,
    );
    out.push(`  ${w.coverage}: ${coverageLabel(link, words)}`);
    if (link.untestedGuess && link.untestedGuess.length > 0) {
      out.push(`  ${w.guess(list(link.untestedGuess))}`);
    }
    for (const mk of link.markers)
      out.push(`  ${w.marker}: ${mk.file}:${mk.line}:${mk.column}${mk.note ? ` ${mk.note}` : ''}`);
    if (link.files.length > 0) out.push(`  ${w.files}: ${list(link.files)}`);
    for (const file of link.uncovered.slice(0, 5)) {
      const ranges = file.ranges.slice(0, 5).map((r) => (r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`));
      out.push(`  ${w.uncovered}: ${file.file}:${ranges.join(', ')}${file.ranges.length > 5 ? ', …' : ''}`);
    }
  }
  for (const w of result.warnings) out.push(`${w.file}:${w.line}:${w.column}: warning: ${w.message}`);
  for (const issue of result.globIssues)
    out.push(`project.yaml:${yamlLine(issue.flagIndex, issue.pathIndex)}:1: error: ${issue.message}`);
  return out.length > 0 ? `${out.map(escapeControls).join('\n')}\n` : `${w.none}\n`;
}

/** The machine-readable report of `candor flags --json`. */
export function flagsJson(result: FlagAnalysis): unknown {
  const { coverage } = result;
  return {
    files: { count: result.fileList.files.length, via: result.fileList.via, truncated: result.fileList.truncated },
    markerSearch: result.search.via,
    coverageReports: {
      reports: coverage.reports,
      unmapped: coverage.unmapped,
      malformed: coverage.malformed,
      clipped: coverage.clipped,
      issues: coverage.issues.map((i) => i.message),
    },
    flags: result.flags.map((link) => ({
      id: link.flag.id,
      title: link.flag.title,
      severity: link.flag.severity,
      status: link.flag.status,
      coverageStatus: link.status,
      coverage: link.coverage
        ? { ...link.coverage, percent: percent(link.coverage.covered, link.coverage.total) }
        : null,
      markers: link.markers,
      files: link.files,
      uncovered: link.uncovered,
      untestedGuess: link.untestedGuess ?? null,
    })),
    warnings: result.warnings,
    globIssues: result.globIssues,
  };
}
