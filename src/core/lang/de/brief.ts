import type { BriefWords } from '../../brief/words';
import { formatDate } from '../../draft/format';
import { de as locale } from './locale';

const n_ = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** German words of the brief. */
export const de: BriefWords = {
  internalMark: 'Intern — nicht für den Kunden',
  title: (mark, project) => `${mark} — Vorbereitung des Kundentermins: ${project}`,
  day: (iso) => formatDate(iso, locale),
  sinceLastUpdate: 'seit dem letzten Statusbericht',
  sinceDay: (day) => `seit dem ${day}`,
  sinceRangeStart: 'seit Beginn des Zeitraums',
  prepared: (today, client, project, next) =>
    `Erstellt am ${today} für den Termin mit ${client} (${project}). Nächster Termin: ${next}.`,
  lastUpdate: (day) => `Letzter Statusbericht: ${day}.`,
  lastUpdateCommitted: (day, committed) =>
    `Letzter Statusbericht: ${day}, committet am ${committed}: Änderungen werden ab dem Commit gezählt.`,
  preparedNoCall: (today, client, project, horizon) =>
    `Vorbereitet am ${today} für den Termin mit ${client} (${project}). Kein Termintag in project.yaml (communication.day): aufgeführt ist, was bis zum ${horizon} fällig ist.`,
  noUpdate: 'Noch kein Statusbericht gespeichert.',
  commitsRead: (n, since, last) => `Gelesen: ${n_(n, 'Commit', 'Commits')} ${since}${last ? ` (${last})` : ''}.`,
  gitNotRead: (reason) =>
    `Git wurde nicht gelesen: ${reason} Daher fehlen hier die Änderungen, Codeänderungen unter Warnsignalen und die Abteilungen, die vor einer Änderung informiert wurden.`,
  restricted:
    'Dieser Arbeitsbereich ist im eingeschränkten Modus (oder --no-git wurde angegeben), und Candor startet dort nie git.',
  note: (note) => `Hinweis: ${note}`,
  secrets: (n) =>
    `${n === 1 ? '1 Angabe, die wie ein Geheimnis aussah, wurde' : `${n} Angaben, die wie Geheimnisse aussahen, wurden`} weggelassen: Prüfen Sie die Commits und tauschen Sie die Geheimnisse aus.`,
  changes: {
    title: 'Was sich seit dem letzten Statusbericht geändert hat',
    notAvailable: (reason) => `Nicht verfügbar: ${reason ?? 'git wurde nicht gelesen.'}`,
    otherWork: 'Sonstige Arbeiten',
    noChange: (n) => `Keine für den Kunden relevante Änderung in ${n_(n, 'Commit', 'Commits')}.`,
    more: (n) => `Und ${n_(n, 'kleinere Änderung', 'kleinere Änderungen')}.`,
    hidden: (n) =>
      `${n_(n, 'Commit', 'Commits')} nicht aufgeführt (Merges, Reverts, Bots, ausgeblendete Typen, Duplikate).`,
    invalidPatterns: (list) => `Ungültige Ticketmuster ignoriert: ${list}.`,
    breaking: 'Inkompatibel',
    fix: 'Fehlerbehebung',
    kinds: (kinds) => `${kinds}: `,
  },
  since: {
    title: 'Seit dem letzten Bericht',
    taskDone: (title) => `Kundenaufgabe erledigt: ${title}`,
    decided: (question, outcome) => `Entscheidung getroffen: ${question}${outcome ? ` — ${outcome}` : ''}`,
    decisionDropped: (question) => `Entscheidung verworfen: ${question}`,
    moved: (title, from, to, days) =>
      `Meilenstein verschoben: ${title}, vom ${from} auf den ${to} (${days > 0 ? '+' : ''}${n_(days, 'Tag', 'Tage')})`,
    milestoneStatus: (title, from, to) => `Meilenstein ${title}: ${from} → ${to}`,
    flagOpened: (title) => `Warnsignal eröffnet: ${title}`,
    flagClosed: (title) => `Warnsignal geschlossen: ${title}`,
    flagMitigated: (title, mitigation) => `Warnsignal entschärft: ${title}${mitigation ? ` — ${mitigation}` : ''}`,
    summary: (commits, changes) =>
      `${n_(commits, 'Commit', 'Commits')} · ${n_(changes, 'Änderung', 'Änderungen')} in project.yaml`,
    projectGroup: 'In der project.yaml',
    noProjectChange: 'Keine Änderung in project.yaml.',
    notInGit: (day) =>
      `project.yaml im Stand des Berichts vom ${day} ist nicht in git (der Bericht oder project.yaml wurde nicht committet): seine Änderungen lassen sich nicht auflisten.`,
    justSaved: (last, previous) =>
      `Der Bericht vom ${last} wurde gerade gespeichert (seitdem kein Commit): was er dem Kunden gesagt hat, und was sich seit dem Bericht vom ${previous} geändert hat.`,
    justSavedFirst: (last) =>
      `Der Bericht vom ${last} wurde gerade gespeichert (seitdem kein Commit): was er dem Kunden gesagt hat.`,
    told: (day) => `Was der Bericht vom ${day} dem Kunden gesagt hat`,
    sinceUpdate: (day) => `seit dem Bericht vom ${day}`,
  },
  agenda: {
    title: 'Tagesordnung des Termins',
    decide: (question, approvers) => `Entscheiden: ${question} — ${approvers}`,
    ask: (title, when) => `Anfragen: ${title} — ${when}`,
    risk: (title, mitigation) => `Risiko: ${title} — unsere Lösung: ${mitigation}`,
    riskNoSolution: (title) => `Risiko: ${title} — noch keine Lösung notiert: eine mitbringen`,
    nextMilestone: (title, due, left) => `Nächster Meilenstein: ${title} — fällig am ${due} (${left})`,
    none: 'Nichts steht aus: den nächsten Meilenstein und den nächsten Termin bestätigen.',
  },
  tasks: {
    title: 'Kundenaufgaben, die überfällig oder vor dem nächsten Termin fällig sind',
    noOwner: 'niemand zuständig',
    blocked: 'blockiert',
    overdue: 'Überfällig',
    dueByCall: (day) => `Fällig bis zum Termin (${day})`,
    others: (n) =>
      `${n === 1 ? '1 weitere offene Aufgabe' : `${n} weitere offene Aufgaben`}: fällig nach dem Termin oder ohne Datum.`,
    noneSoon: 'Keine Kundenaufgabe ist überfällig oder bis zum Termin fällig.',
  },
  decisions: {
    title: 'Entscheidungen, die beim Kunden liegen',
    neededBy: (day, label) => `benötigt bis ${day} (${label})`,
    noDate: 'kein Datum festgelegt',
    none: 'Keine Entscheidung liegt beim Kunden.',
    approves: (levels) => `genehmigt ${levels}`,
    notAContact: (name) => `${name} (kein Kundenkontakt in project.yaml)`,
    byLevel: (contacts) => `niemand zur Genehmigung genannt; nach Genehmigungsstufe: ${contacts}`,
    noApprover: 'niemand zur Genehmigung genannt: fragen Sie, wer entscheidet',
    alsoApprovedBy: (contacts) => `; das Thema genehmigt außerdem ${contacts}`,
    approval: (contacts) => `Genehmigung: ${contacts}`,
  },
  departments: {
    title: 'Zu informierende Abteilungen',
    noUpcoming: 'Kein anstehender Meilenstein: keine Abteilung zu informieren.',
    neverNotified: 'nie informiert',
    notifiedBefore: (notified, day, milestone) =>
      `informiert am ${notified}, vor der letzten Änderung an anstehender Arbeit (${day}, ${milestone})`,
    allNotified: 'Alle Abteilungen wurden seit der letzten Änderung an anstehender Arbeit informiert.',
    withoutGit: 'Ohne git werden nur nie informierte Abteilungen aufgeführt.',
  },
  checklist: {
    title: 'Offene Checklistenpunkte der aktuellen Phase',
    noPhase: 'In project.yaml ist keine aktuelle Phase angegeben (project.phase).',
    unknownPhase: (id) => `Die aktuelle Phase „${id}“ gehört nicht zu den Phasen in project.yaml.`,
    allDone: (phase) => `Alle Punkte von ${phase} sind erledigt.`,
    open: (phase, open, total) => `${phase}: ${open} von ${total} offen.`,
  },
  flags: {
    title: 'Warnsignale nach Risiko',
    clientVisible: 'für den Kunden sichtbar',
    internal: 'intern',
    mitigation: (text) => `Gegenmaßnahme: ${text}`,
    noMitigation: 'KEINE GEGENMASSNAHME',
    none: 'Kein offenes Warnsignal.',
    coverageNotAnalysed: 'Abdeckung nicht analysiert',
    notLinked: 'nicht mit Code verknüpft',
    guess: (n) => ` (Schätzung: ${n_(n, 'Datei', 'Dateien')} ohne passende Testdatei)`,
    changesUnknown: 'jüngste Änderungen unbekannt (git nicht gelesen)',
    unchanged: (since) => `Code unverändert ${since}`,
    changed: (since, n) => `Code geändert ${since} (${n_(n, 'Commit', 'Commits')})`,
  },
  unmitigated: {
    title: 'Warnsignale ohne Gegenmaßnahme — bringen Sie eine Lösung mit, nicht nur das Problem',
    clientSees: ' (der Kunde sieht dieses Warnsignal)',
    none: 'Jedes offene Warnsignal hat eine Gegenmaßnahme.',
  },
  milestones: {
    title: 'Gefährdete Meilensteine',
    marked: (status) => `als „${status}“ markiert`,
    pastDue: 'Fälligkeitsdatum überschritten',
    openItems: (n, phase) => `${n_(n, 'offener Checklistenpunkt', 'offene Checklistenpunkte')} in ${phase}`,
    weakCode: (flag, percent) => `markierter Code ${flag} zu ${percent} % abgedeckt`,
    line: (title, due, left, reasons) => `${title} — fällig am ${due} (${left}) — ${reasons}`,
    none: 'Kein Meilenstein ist gefährdet.',
    coverageNotAnalysed: 'Die Abdeckung wurde nicht analysiert: markierter Code wird nicht geprüft.',
  },
};
