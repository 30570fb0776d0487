import assert from 'node:assert/strict';
import path from 'node:path';
import { parseCommandArgs } from '../../../src/cli/args';
import { commands } from '../../../src/cli/commands';
import { cliCatalogs } from '../../../src/cli/messages';
import type { CommandName } from '../../../src/core/lang/cliMessages';
import { runCommand } from './harness';

const en = cliCatalogs.en;
const spec = { since: 'string', lang: 'string', explain: 'boolean' } as const;

describe('cli: one grammar for every command', () => {
  it('reads the folder, options with a value (spaced or with =) and flags', () => {
    const parsed = parseCommandArgs(['site', '--since', 'v1.2', '--lang=fr', '--explain'], spec, en);
    assert.deepEqual(parsed, {
      dir: 'site',
      root: path.resolve('site'),
      values: { since: 'v1.2', lang: 'fr', explain: true },
      language: 'fr',
    });
    assert.deepEqual(parseCommandArgs([], spec, en), { dir: '.', root: path.resolve('.'), values: {} });
    // After `--`, a folder may start with a dash.
    assert.equal((parseCommandArgs(['--', '-odd'], spec, en) as { dir: string }).dir, '-odd');
  });

  it('refuses what it does not know, a missing value, an option given twice, a second folder, a language', () => {
    const refused: [string[], string][] = [
      [['--nope'], 'unknown option --nope'],
      [['-x'], 'unknown option -x'],
      [['--explain=yes'], '--explain takes no value'],
      [['--since', '--explain'], '--since needs a value'],
      // An echoed argument stays on its line: it cannot forge a line of the output.
      [['x', 'a\nreview: forged'], 'unexpected a\\x0areview: forged'],
      [['--since'], '--since needs a value'],
      [['--since='], '--since needs a value'],
      [['--lang', 'fr', '--lang=de'], '--lang given twice'],
      [['a', 'b'], 'unexpected b'],
      [['--lang', 'ja'], 'unknown language "ja" (use en, fr, es, de)'],
    ];
    for (const [args, error] of refused) assert.deepEqual(parseCommandArgs(args, spec, en), { error }, args.join(' '));
  });

  // Each command's own usage line after a refusal worded in the terminal's language (not node:util's English).
  for (const name of Object.keys(commands) as CommandName[]) {
    it(`candor ${name} refuses an unknown option in the terminal's language, exit 2`, async () => {
      const run = await runCommand(await commands[name](), ['--nope'], { env: { LANG: 'fr_FR.UTF-8' } });
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, new RegExp(`^candor ${name}: option inconnue --nope\\nutilisation: candor ${name} `));
    });
  }
});
