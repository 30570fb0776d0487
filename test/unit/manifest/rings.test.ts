// The ring rule of eslint.config.mjs catches a relative import across rings, not only a banned package name.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.join(__dirname, '../../..');

/** The ring-rule messages ESLint gives `file` (an existing source) with `line` added at its top. */
async function ringErrors(eslint: ESLint, file: string, line: string): Promise<string[]> {
  const text = `${line}\n${fs.readFileSync(path.join(ROOT, file), 'utf8')}`;
  const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the ring rule', function () {
  // Only the ring rule runs, without type information: the project's config, not the TypeScript program.
  this.timeout(60_000);
  const eslint = new ESLint({
    cwd: ROOT,
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  });

  it('refuses core importing node or vscode code, and node importing vscode code, by relative path', async () => {
    const refused: [string, string][] = [
      ['src/core/result.ts', "import { abortReason } from '../node/abort';"],
      ['src/core/git/values.ts', "import type { Logger } from '../../vscode/logger';"],
      ['src/core/dates.ts', "export * from '../cli/today';"],
      ['src/node/abort.ts', "import { uiWords } from '../vscode/uiWords';"],
      ['src/node/git/log.ts', "import type * as Flags from '../../lazy/flags';"],
    ];
    for (const [file, line] of refused)
      assert.equal((await ringErrors(eslint, file, line)).length, 1, `${file}: ${line}`);
  });

  it('lets each ring import its own code and the rings inside it', async () => {
    const allowed: [string, string][] = [
      ['src/core/dates.ts', "import { fileIssue } from './result';"],
      ['src/node/abort.ts', "import { fileIssue } from '../core/result';"],
      ['src/vscode/logger.ts', "import { abortReason } from '../node/abort';"],
    ];
    for (const [file, line] of allowed) assert.deepEqual(await ringErrors(eslint, file, line), [], `${file}: ${line}`);
  });
});
