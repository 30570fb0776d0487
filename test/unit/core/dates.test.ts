import assert from 'node:assert/strict';
import { daysLeftLabel, daysUntil, dueLabel, isoDay } from '../../../src/core/dates';
import { nextCall } from '../../../src/core/cadence';
import { addDays, addMonth, formatDate } from '../../../src/core/draft/format';
import { localeOf } from '../../../src/core/draft/phrases';
import { isIsoDate } from '../../../src/core/edits/actions';

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

  it('reads years 1 to 99 as themselves, not as 1901 to 1999 (Date.UTC’s rule for two-digit years)', () => {
    assert.equal(daysUntil('0001-01-01', '0002-01-01'), 365);
    assert.equal(daysUntil('0001-01-01', '2026-11-26'), 719_162 + 20_783);
    assert.equal(formatDate('0001-01-01', localeOf('en')), '1 January 1');
    assert.equal(formatDate('0099-12-31', localeOf('de')), '31. Dezember 99');
    assert.equal(formatDate('9999-12-31', localeOf('fr')), '31 décembre 9999');
    assert.equal(addMonth('0004-01-31'), '0004-02-29');
    assert.ok(isIsoDate('0001-01-01') && isIsoDate('2028-02-29') && !isIsoDate('2026-02-29'));
  });

  it('keeps a computed day on 9999-12-31 at the latest, so a cadence from the last year still has a next call', () => {
    assert.equal(addMonth('9999-12-29'), '9999-12-31');
    assert.equal(addDays('9999-12-30', 7), '9999-12-31');
    const communication = { cadence: 'monthly' as const, day: 'friday' as const };
    assert.equal(nextCall({ communication, lastStatus: '9999-12-29', today: '9999-12-30' }).day, '9999-12-31');
  });

  it('gives the local calendar day of a Date', () => {
    assert.equal(isoDay(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
  });
});
