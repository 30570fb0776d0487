import type { CliMessages } from '../cliMessages';

const n_ = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The CLI in German. */
export const de: CliMessages = {
  usage: 'Aufruf',
  commandPlaceholder: '<Befehl> [Optionen]',
  help: {
    init: 'init [dir] [--lang fr]  schreibt eine kommentierte Start-project.yaml',
    check: 'check [dir]            prüft project.yaml (Datei:Zeile:Spalte: Meldung); --fail-on untested-high',
    flags: 'flags [dir] [--json]   Warnsignale mit Abdeckung, Markierungen und nicht abgedeckten Bereichen',
    status:
      'status [dir] [--since 7d|DATE|TAG] [--until DATE|TAG] [--lang fr] [--format md|text] [--explain]   entwirft den Statusbericht für den Kunden',
    brief:
      'brief [dir] [--since 7d|DATE|TAG] [--until DATE|TAG] [--no-git]   interne Vorbereitung auf einen Kundentermin (nicht für den Kunden)',
    report:
      'report [dir] [--out site/] [--lang fr] [--pdf]   erstellt die Fortschrittsseite für den Kunden (ein statischer Ordner)',
    reminder:
      'reminder [dir] [--lang fr]   höfliche Erinnerung an das, was der Kunde schuldet (überfällig oder vor dem Termin fällig)',
  },
  unknownCommand: (name) => `unbekannter Befehl „${name}“`,
  unexpected: (arg) => `unerwartetes Argument: ${arg}`,
  check: {
    problems: (n) => n_(n, 'Problem', 'Probleme'),
    valid: 'gültig',
    failOnValue: (value) => `--fail-on erwartet „untested-high“, nicht ${value ?? 'nichts'}`,
    minCoverageRange: '--min-coverage erwartet einen Prozentwert von 0 bis 100',
    minCoverageAlone: '--min-coverage gehört zu --fail-on untested-high',
    under: (min) => `unter ${min} %`,
    cannotShow: (min) => `Abdeckung von ${min} % nicht nachweisbar`,
    flagLine: (id, severity, coverage, why) => `Warnsignal ${id} (${severity}): ${coverage}, ${why}`,
    allCovered: (min) => `hohe und kritische Warnsignale: zu ${min} % oder mehr abgedeckt`,
  },
  flags: {
    noReport:
      'Abdeckung: kein Bericht gefunden (ohne Bericht werden ungetestete Dateien aus den Namen der Testdateien erraten)',
    unmapped: (n) => `${n_(n, 'Berichtspfad passt', 'Berichtspfade passen')} zu keiner Datei im Arbeitsbereich`,
    malformed: (n) => `${n_(n, 'fehlerhafter Datensatz', 'fehlerhafte Datensätze')} übersprungen`,
    clipped: (n) => `${n_(n, 'Zeile', 'Zeilen')} hinter dem Dateiende ausgelassen`,
    reports: (list, extra) => `Abdeckung: ${list}${extra ? ` (${extra})` : ''}`,
    coverage: 'Abdeckung',
    guess: (files) => `Vermutung (kein Bericht): keine passende Testdatei für ${files}`,
    marker: 'Markierung',
    files: 'Dateien',
    uncovered: 'nicht abgedeckt',
    none: 'keine Warnsignale in project.yaml',
    andMore: (n) => `und ${n} weitere`,
  },
  args: {
    unknownOption: (arg) => `unbekannte Option ${arg}`,
    givenTwice: (option) => `${option} wurde zweimal angegeben`,
    noValue: (option) => `${option} nimmt keinen Wert an`,
    needsValue: (option) => `${option} braucht einen Wert`,
    unknownLanguage: (lang, list) => `unbekannte Sprache „${lang}“ (verwenden Sie ${list})`,
  },
  init: {
    exists: 'existiert bereits und wurde nicht verändert (löschen oder umbenennen, um neu anzufangen)',
    cannotWrite: (code) => `kann nicht geschrieben werden (${code})`,
    written: (file, lang, check) =>
      `${file}: geschrieben (${lang}); füllen Sie die Platzhalter aus und führen Sie dann „${check}“ aus.`,
  },
  status: {
    format: (value) => `--format muss md oder text sein, nicht „${value}“`,
    reversed: (since, end) => `--since ${since} liegt nach dem Ende des Zeitraums (${end}): nichts zu entwerfen`,
    note: 'Hinweis',
    review: 'prüfen',
  },
  reminder: {
    nothing: (day) => `Nichts ist überfällig oder vor dem nächsten Termin (${day}) fällig: keine Erinnerung nötig.`,
    subject: 'Betreff',
  },
  report: {
    written: (folder, pages) =>
      `${folder}: Kundenseite geschrieben (${pages} ${pages === 1 ? 'Seite' : 'Seiten'}); öffnen Sie index.html zur Prüfung`,
    pdf: (file) => `${file}: PDF geschrieben`,
    noPdf:
      'kein PDF: Chromium (mit playwright-core) ist hier nicht installiert; öffnen Sie index.html und drucken Sie sie im Browser',
    publicNote:
      'Veröffentlichen ist Ihre Entscheidung: einmal hochgeladen, ist die Seite für jeden mit ihrer Adresse öffentlich, außer der Host schützt sie',
  },
};
