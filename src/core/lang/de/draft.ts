import type { Phrases } from '../../draft/phrases';

const tage = (n: number) => (n === 1 ? '1 Tag' : `${n} Tagen`);

/** German phrases of the client draft. */
export const de: Phrases = {
  title: (project, date) => `${project}: Statusbericht vom ${date}`,
  period: (from, to) => `Zeitraum: ${from} bis ${to}.`,
  phase: (phase) => `Aktuelle Phase: ${phase}.`,
  headings: {
    summary: 'Überblick',
    delivered: 'Geliefert',
    fixed: 'Behoben',
    next: 'In Arbeit und als Nächstes',
    risks: 'Risiken und unsere Maßnahmen',
    waiting: 'Wir warten auf Sie',
    decisions: 'Anstehende Entscheidungen',
    other: 'Allgemein',
  },
  health: {
    planned: 'geplant',
    'on-track': 'im Plan',
    'at-risk': 'gefährdet',
    late: 'im Verzug',
    done: 'abgeschlossen',
  },
  againstPlan: (n) => `${n > 0 ? '+' : ''}${n} ${Math.abs(n) === 1 ? 'Tag' : 'Tage'} gegenüber dem Plan`,
  milestoneLine: (title, due, health) => `${title}: ${health}, fällig am ${due}`,
  dueOn: (date) => `fällig am ${date}`,
  overdueBy: (n) => `seit ${tage(n)} überfällig`,
  neededBy: (date) => `bis ${date}`,
  approvers: (names) => `Freigabe durch ${names}`,
  owner: (name) => `zuständig: ${name}`,
  smaller: (n) => (n === 1 ? 'und 1 kleinere Änderung' : `und ${n} kleinere Änderungen`),
  breaking: 'wichtige Änderung',
  workThisPeriod: (n) => (n === 1 ? '1 Änderung in diesem Zeitraum' : `${n} Änderungen in diesem Zeitraum`),
  mitigation: (text) => `Unsere Maßnahme: ${text}`,
  noMitigation: 'Wir legen die Maßnahme gerade fest und informieren Sie in Kürze.',
  touched: 'in diesem Zeitraum bearbeitet',
  empty: {
    delivered: 'In diesem Zeitraum wurden keine neuen Funktionen abgeschlossen.',
    fixed: 'In diesem Zeitraum gibt es keine Fehlerbehebungen zu melden.',
    next: 'Alle Meilensteine sind abgeschlossen.',
    risks: 'Derzeit gibt es keine offenen Risiken.',
    waiting: 'Derzeit wartet nichts auf Sie.',
    decisions: 'Derzeit sind keine Entscheidungen nötig.',
  },
  team: 'das Team',
  reminder: {
    subject: (project) => `${project}: ein paar Punkte von Ihrer Seite`,
    greeting: (contact) => (contact ? `Hallo ${contact},` : 'Hallo,'),
    intro: (call) =>
      call
        ? `Vor unserem nächsten Termin am ${call} eine kurze Liste dessen, was wir noch von Ihrer Seite brauchen:`
        : 'Eine kurze Liste dessen, was wir noch von Ihrer Seite brauchen:',
    wasDue: (title, date) => `${title} (geplant für den ${date})`,
    due: (title, date) => `${title} (bis zum ${date})`,
    closing:
      'Falls etwas bereits unterwegs ist, betrachten Sie diese Nachricht bitte als erledigt. Vielen Dank, und sagen Sie uns gern, wenn wir helfen können.',
    signature: (project) => `Viele Grüße\nIhr ${project}-Team`,
  },
  cadence: {
    due: (weekday) => `Kundenupdate fällig am ${weekday}`,
    dueToday: 'Kundenupdate heute fällig',
    dueTomorrow: 'Kundenupdate morgen fällig',
    dueOn: (date) => `Kundenupdate fällig am ${date}`,
    pausedUntil: (date) => `Kundenupdates pausiert bis ${date}`,
    overdue: (n) => `Kundenupdate seit ${tage(n)} überfällig`,
  },
};
