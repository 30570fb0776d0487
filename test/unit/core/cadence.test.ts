import assert from 'node:assert/strict';
import { nextUpdate } from '../../../src/core/cadence';

const weeklyThursday = { cadence: 'weekly', day: 'thursday' } as const;

describe('cadence: when the next client update is due', () => {
  it('is due on the agreed weekday one interval after the last update', () => {
    assert.deepEqual(nextUpdate({ communication: weeklyThursday, lastStatus: '2026-11-19', today: '2026-11-24' }), {
      due: '2026-11-26',
      overdueDays: 0,
      label: 'Client update due Thursday',
    });
    assert.equal(
      nextUpdate({ communication: weeklyThursday, lastStatus: '2026-11-19', today: '2026-11-25' }).label,
      'Client update due tomorrow',
    );
    assert.equal(
      nextUpdate({ communication: weeklyThursday, lastStatus: '2026-11-19', today: '2026-11-26' }).label,
      'Client update due today',
    );
  });

  it('is paused until communication.paused_until, then due on the first agreed day after it', () => {
    const communication = { ...weeklyThursday, paused_until: '2027-01-04' };
    const paused = nextUpdate({ communication, lastStatus: '2026-12-10', today: '2026-12-28', language: 'fr' });
    assert.deepEqual(paused, {
      due: '2027-01-07',
      overdueDays: 0,
      label: "Points client suspendus jusqu'au 4 janvier",
    });
    const after = nextUpdate({ communication, lastStatus: '2026-12-10', today: '2027-01-04' });
    assert.deepEqual(
      [after.due, after.label],
      ['2027-01-07', 'Client update due Thursday'],
      'not overdue for the pause',
    );
    const later = nextUpdate({ communication, lastStatus: '2027-01-07', today: '2027-01-12' });
    assert.equal(later.due, '2027-01-14', 'once an update went out after the pause, the usual plan counts');
  });

  it('counts the days overdue', () => {
    const late = nextUpdate({ communication: weeklyThursday, lastStatus: '2026-11-19', today: '2026-11-29' });
    assert.equal(late.overdueDays, 3);
    assert.equal(late.label, 'Client update overdue by 3 days');
    assert.equal(
      nextUpdate({ communication: weeklyThursday, lastStatus: '2026-11-19', today: '2026-11-27' }).label,
      'Client update overdue by 1 day',
    );
  });

  it('keeps the agreed weekday when an update went out a day or two early or late', () => {
    assert.equal(
      nextUpdate({ communication: weeklyThursday, lastStatus: '2026-11-17', today: '2026-11-18' }).due,
      '2026-11-26',
    );
    assert.equal(
      nextUpdate({ communication: weeklyThursday, lastStatus: '2026-11-20', today: '2026-11-21' }).due,
      '2026-11-26',
    );
  });

  it('handles biweekly, monthly and daily cadences', () => {
    const biweekly = nextUpdate({
      communication: { cadence: 'biweekly', day: 'thursday' },
      lastStatus: '2026-11-19',
      today: '2026-11-26',
    });
    assert.deepEqual(biweekly, { due: '2026-12-03', overdueDays: 0, label: 'Client update due 3 December' });
    assert.equal(
      nextUpdate({ communication: { cadence: 'monthly' }, lastStatus: '2026-01-31', today: '2026-02-01' }).due,
      '2026-02-28',
    );
    assert.equal(
      nextUpdate({
        communication: { cadence: 'monthly', day: 'monday' },
        lastStatus: '2026-11-02',
        today: '2026-11-10',
      }).due,
      '2026-11-30',
    );
    assert.equal(
      nextUpdate({ communication: { cadence: 'daily' }, lastStatus: '2026-11-27', today: '2026-11-27' }).due,
      '2026-11-30',
      'Friday → Monday',
    );
    assert.equal(
      nextUpdate({ communication: { cadence: 'daily' }, lastStatus: '2026-11-24', today: '2026-11-24' }).label,
      'Client update due tomorrow',
    );
  });

  it('without history, is due on the next agreed day, or today; weekly by default', () => {
    assert.equal(nextUpdate({ communication: weeklyThursday, today: '2026-11-23' }).due, '2026-11-26');
    assert.equal(nextUpdate({ communication: weeklyThursday, today: '2026-11-26' }).label, 'Client update due today');
    assert.equal(nextUpdate({ communication: undefined, today: '2026-11-23' }).due, '2026-11-23');
    assert.equal(
      nextUpdate({ communication: undefined, lastStatus: '2026-11-16', today: '2026-11-23' }).due,
      '2026-11-23',
    );
  });

  it('accepts Dates and says it in French, Spanish and German', () => {
    const at = (today: string, language: 'fr' | 'es' | 'de') =>
      nextUpdate({ communication: weeklyThursday, lastStatus: '2026-11-19', today, language }).label;
    assert.equal(at('2026-11-24', 'fr'), 'Point client à envoyer jeudi');
    assert.equal(at('2026-11-29', 'fr'), 'Point client en retard de 3 jours');
    assert.equal(at('2026-11-27', 'fr'), 'Point client en retard de 1 jour');
    assert.equal(at('2026-11-24', 'es'), 'Informe al cliente previsto para el jueves');
    assert.equal(at('2026-11-29', 'es'), 'Informe al cliente con 3 días de retraso');
    assert.equal(at('2026-11-24', 'de'), 'Kundenupdate fällig am Donnerstag');
    assert.equal(at('2026-11-29', 'de'), 'Kundenupdate seit 3 Tagen überfällig');
    assert.equal(at('2026-11-26', 'de'), 'Kundenupdate heute fällig');
    assert.equal(
      nextUpdate({
        communication: { cadence: 'biweekly', day: 'thursday' },
        lastStatus: '2026-11-19',
        today: '2026-11-26',
        language: 'de',
      }).label,
      'Kundenupdate fällig am 3. Dezember',
    );
    assert.equal(
      nextUpdate({ communication: weeklyThursday, lastStatus: '2026-11-19', today: new Date(2026, 10, 24, 23, 30) })
        .due,
      '2026-11-26',
    );
  });
});
