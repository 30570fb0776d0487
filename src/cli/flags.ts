import path from 'node:path';
import type { CliCommand } from './commands';
import { loadProjectOrReport } from './loadProject';
import { cliMessages, type CliMessages } from './messages';
import { escapeControls } from '../core/safeText';
import { describeReports, flagsJson, formatFlags, gatherFlags } from './flagReport';
import { out, err } from './output';

const usageLine = (m: CliMessages) => `${m.usage}: candor flags [dir] [--json] [--no-git]\n`;

/** `candor flags [dir] [--json]`: each red flag with its coverage, markers and uncovered ranges. */
export const flags: CliCommand = {
  async run(args) {
    const { m, words } = cliMessages();
    const dirs = args.filter((a) => !a.startsWith('-'));
    const unknown = args.filter((a) => a.startsWith('-') && a !== '--json' && a !== '--no-git');
    if (unknown.length > 0 || dirs.length > 1) {
      err(`candor flags: ${m.unexpected(String(unknown[0] ?? dirs[1]))}\n${usageLine(m)}`);
      return 2;
    }
    const root = path.resolve(dirs[0] ?? '.');
    const loaded = await loadProjectOrReport(root, words.problems);
    if (!loaded) return 1;
    const result = await gatherFlags(root, loaded, !args.includes('--no-git'), undefined, words.problems);
    if (args.includes('--json')) {
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
