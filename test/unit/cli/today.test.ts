import assert from 'node:assert/strict';
import { cliToday } from '../../../src/cli/today';
import { isoDay } from '../../../src/core/dates';

describe('cliToday (the CLI clock and its CANDOR_TODAY hook)', () => {
  it('takes CANDOR_TODAY as that calendar day, at local noon, in any time zone', () => {
    for (const day of ['2026-11-24', '2028-02-29', '2026-12-31']) {
      const today = cliToday({ CANDOR_TODAY: day });
      assert.equal(isoDay(today), day);
      assert.equal(today.getHours(), 12);
    }
  });

  it('refuses a value that is not a real YYYY-MM-DD day instead of falling back to the clock', () => {
    for (const bad of ['2026-02-30', '2026-13-01', 'yesterday', '2026-11-24T10:00:00Z', '24/11/2026']) {
      assert.throws(() => cliToday({ CANDOR_TODAY: bad }), /CANDOR_TODAY must be a date YYYY-MM-DD/, bad);
    }
  });
});
