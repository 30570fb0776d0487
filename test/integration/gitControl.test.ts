// The control of the Restricted Mode suite (test/integration-restricted): that suite proves that Candor starts no
// git process by finding the fake git's log empty. An empty log means something only if the same fake git, on
// the same PATH, logs Candor's calls when the workspace is trusted, which this checks.
import * as assert from 'assert';
import * as fs from 'fs';
import type { CandorApi } from '../../src/extension';
import { activateCandor, workspaceFolder } from './helpers';

describe('git in a trusted workspace (the control of the Restricted Mode suite)', () => {
  it('lists the files with git, hardened, and the harness sees the call', async function () {
    const log = process.env.CANDOR_IT_GIT_LOG;
    // F5 in a desktop VS Code runs this suite without the harness's fake git.
    if (!log) this.skip();
    await ((await activateCandor()).exports as CandorApi).flagsSettled();
    const root = fs.realpathSync(workspaceFolder().uri.fsPath);
    const calls = fs
      .readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith(`${root}\t`));
    assert.ok(
      calls.some((line) => line.includes('-c core.fsmonitor=false') && / ls-files /.test(line)),
      `no hardened git ls-files in ${root} among the logged calls:\n${calls.join('\n')}`,
    );
  });
});
