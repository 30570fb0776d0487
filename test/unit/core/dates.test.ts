import assert from 'node:assert/strict';
import { daysLeftLabel, daysUntil, dueLabel, isoDay } from '../../../src/core/dates';

describe('dates', () => {
  it('counts whole days between ISO dates across months, years and leap days', () => {
    assert.equal(daysUntil('2026-11-27', '2026-12-15'), 18);
    assert.equal(daysUntil('2026-12-31', '2027-01-01'), 1);
    assert.equal(daysUntil('2028-02-28', '2028-03-01'), 2);
    assert.equal(daysUntil('2026-11-27', '2026-11-20'), -7);
  });

  it('says how far a due date is in words', () => {
    assert.equal(dueLabel('2026-11-27', '2026-11-27'), 'due today');
    assert.equal(dueLabel('2026-11-27', '2026-11-28'), 'due tomorrow');
    assert.equal(dueLabel('2026-11-27', '2026-11-29'), 'due in 2 days');
    assert.equal(dueLabel('2026-11-27', '2026-11-26'), '1 day overdue');
    assert.equal(dueLabel('2026-11-27', '2026-11-24'), '3 days overdue');
    assert.equal(daysLeftLabel('2026-11-27', '2026-12-15'), '18 days left');
    assert.equal(daysLeftLabel('2026-11-27', '2026-11-25'), '2 days late');
  });

  it('gives the local calendar day of a Date', () => {
    assert.equal(isoDay(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
  });
});
