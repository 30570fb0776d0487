import { parseCommandArgs, usageError } from './args';
import type { CliCommand } from './commands';
import { loadProjectOrReport } from './loadProject';
import { cliMessages, type CliMessages } from './messages';
import { escapeControls } from '../core/safeText';
import { describeReports, flagsJson, formatFlags, gatherFlags } from './flagReport';
import { out, err } from './output';

const usageLine = (m: CliMessages) => `${m.usage}: candor flags [dir] [--json] [--no-git]\n`;

/** `candor flags [dir] [--json]`: each red flag with its coverage, markers and uncovered ranges. */
export const flags: CliCommand = {
  usage: usageLine,
  async run(args) {
    const { m, words } = cliMessages();
    const parsed = parseCommandArgs(args, { json: 'boolean', 'no-git': 'boolean' }, m);
    if ('error' in parsed) return usageError('flags', parsed.error, usageLine(m));
    const { root, values } = parsed;
    const loaded = await loadProjectOrReport(root, words.problems);
    if (!loaded) return 1;
    const result = await gatherFlags(root, loaded, !values['no-git'], undefined, words.problems);
    if (values.json) {
      out(`${JSON.stringify(flagsJson(result), null, 2)}\n`);
    } else {
      const lines = loaded.lines;
      const yamlLine = (flag: number, at?: number) =>
        lines.get(`red_flags.${flag}.paths.${at}`) ?? lines.get(`red_flags.${flag}`) ?? 1;
      for (const issue of result.coverage.issues) err(`candor flags: ${escapeControls(issue.message)}\n`);
      out(`${escapeControls(describeReports(result, m))}\n${formatFlags(result, yamlLine, m, words.flags)}`);
    }
    return 0;
  },
};
