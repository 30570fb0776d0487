import path from 'node:path';
import { formatIssue } from '../core/result';
import { readProjectFile } from '../node/projectFile';
import { parseCommandArgs, usageError } from './args';
import type { CliCommand } from './commands';
import { cliMessages, type CliMessages } from './messages';
import type { Words } from '../core/i18n/words';
import { coverageLabel } from '../core/flags/rows';
import { gatherFlags, percent } from './flagReport';
import { out } from './output';

const usageLine = (m: CliMessages) => `${m.usage}: candor check [dir] [--fail-on untested-high [--min-coverage 60]]\n`;
const DEFAULT_MIN_COVERAGE = 60;

interface CheckArgs {
  dir: string;
  failOnUntestedHigh: boolean;
  minCoverage: number;
}

/**
 * `candor check [dir]`: validates project.yaml; exit 0 when valid, 1 when not, 2 on usage errors. With
 * `--fail-on untested-high`, also exit 1 when a high or critical red flag that is not closed is covered below
 * `--min-coverage` percent (default 60) — or cannot be shown to be covered: no report, or not in it.
 */
export const check: CliCommand = {
  usage: usageLine,
  async run(args) {
    const { m, words } = cliMessages();
    const parsed = parseArgs(args, m);
    if (typeof parsed === 'string') return usageError('check', parsed, usageLine(m));
    const file = path.join(parsed.dir, 'project.yaml');
    const loaded = await readProjectFile(file, words.problems);
    const shown = path.relative(process.cwd(), file) || file;
    for (const issue of loaded.issues) out(`${formatIssue(shown, issue)}\n`);
    if (!loaded.ok) {
      out(`${shown}: ${m.check.problems(loaded.issues.filter((i) => i.severity === 'error').length)}\n`);
      return 1;
    }
    out(`${shown}: ${m.check.valid}\n`);
    return parsed.failOnUntestedHigh
      ? untestedHigh(path.resolve(parsed.dir), loaded.value, parsed.minCoverage, m, words)
      : 0;
  },
};

/** Exit 1 when a high or critical flag is under the bar; each one is named with its coverage. */
async function untestedHigh(
  root: string,
  project: Parameters<typeof gatherFlags>[1],
  min: number,
  m: CliMessages,
  words: Words,
): Promise<number> {
  const result = await gatherFlags(root, project, true, undefined, words.problems);
  const failing = result.flags.filter((link) => {
    if (link.flag.status === 'closed' || (link.flag.severity !== 'high' && link.flag.severity !== 'critical'))
      return false;
    if (link.status === 'unlinked') return false; // no code to test: the tree says so, CI cannot judge it
    if (link.status !== 'covered' || !link.coverage) return true;
    return percent(link.coverage.covered, link.coverage.total) < min;
  });
  for (const link of failing) {
    const why = link.status === 'covered' ? m.check.under(min) : m.check.cannotShow(min);
    out(`${m.check.flagLine(link.flag.id, link.flag.severity, coverageLabel(link, words.flags), why)}\n`);
  }
  if (failing.length === 0) out(`${m.check.allCovered(min)}\n`);
  return failing.length > 0 ? 1 : 0;
}

function parseArgs(args: string[], m: CliMessages): CheckArgs | string {
  const parsed = parseCommandArgs(args, { 'fail-on': 'string', 'min-coverage': 'string' }, m);
  if ('error' in parsed) return parsed.error;
  const failOn = parsed.values['fail-on'];
  const min = parsed.values['min-coverage'];
  if (failOn !== undefined && failOn !== 'untested-high') return m.check.failOnValue(failOn);
  if (min !== undefined && failOn === undefined) return m.check.minCoverageAlone;
  const minCoverage = min === undefined ? DEFAULT_MIN_COVERAGE : Number(min);
  if (!Number.isFinite(minCoverage) || minCoverage < 0 || minCoverage > 100) return m.check.minCoverageRange;
  return { dir: parsed.dir, failOnUntestedHigh: failOn !== undefined, minCoverage };
}
