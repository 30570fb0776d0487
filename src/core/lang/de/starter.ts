import type { StarterText } from '../../starter';

/** The German starter project.yaml: its comments and placeholders, written natively (not line by line). */
export const de: StarterText = {
  placeholder: { name: 'Mein Projekt', client: 'Name des Kunden (Beispiel)' },
  header: [
    'project.yaml — was dieses Kundenprojekt im Blick behalten muss, gelesen von Candor.',
    'Frei bearbeitbar: Candor zeigt die Datei in seiner Ansicht und prüft sie schon beim Tippen.',
    'Alles, was als „Beispiel“ markiert ist, ist ein Platzhalter: ersetzen oder löschen.',
  ],
  project: [
    'Das Projekt, wie der Kunde es kennt. `language`: Sprache der Statusberichte an den Kunden (en, fr, es, de);',
    '`phase`: die ID der aktuellen Phase.',
  ],
  team: [
    'Ihr Team. Nur intern: Namen und Aliasse (Git-Namen, Handles, E-Mails) erscheinen nie in einem Kundenbericht.',
  ],
  member: { name: 'Vorname Nachname (Beispiel)', role: 'Technische Leitung', alias: 'vorname.nachname@example.com' },
  client: [
    'Die Ansprechpartner beim Kunden und was jeder freigibt: Klären Sie die Freigabestufen, bevor Sie sie brauchen.',
    'Abteilungen: benachbarte Bereiche, deren Systeme oder Abläufe die Arbeit berührt. Informieren Sie sie früh (Dominoeffekt).',
  ],
  contact: { name: 'Ansprechpartnerin Kunde (Beispiel)', role: 'Product Owner', approves: ['Umfang', 'Budget'] },
  backup: 'Vertretung Kunde (Beispiel)',
  department: { name: 'Buchhaltung (Beispiel)', impact: 'Neues Format für den Rechnungsexport' },
  communication: [
    'Erwartungen von Anfang an klären: ein Kanal, ein fester Rhythmus, wer den Bericht erhält und wer vertritt.',
    'Candor erinnert Sie, wenn der nächste Statusbericht fällig ist.',
  ],
  channel: 'E-Mail',
  phases: [
    'Die Abschnitte eines Kundenprojekts als Checklisten: Punkte in der Candor-Ansicht abhaken oder hier `done: true` setzen.',
  ],
  phase: [
    {
      title: 'Vor Vertragsabschluss',
      why: 'Vor der Unterschrift: den Kunden kennen, das Team aufstellen, die Arbeitsweise vereinbaren.',
      items: [
        'Vollständiges Briefing vom Vertrieb einholen: Was wurde wem versprochen?',
        'Arbeitsweise des Kunden kennenlernen: bevorzugter Kanal, Arbeitszeiten, Entscheider',
        'Team zusammenstellen und Rollen festlegen',
        'Vorgehen vereinbaren (agil oder nicht) und regelmäßige Termine in Zeitplan und Umfang einplanen',
        'Freigabestufen beim Kunden klären: Umfang, Budget, Design',
        'Betroffene Nachbarabteilungen ermitteln und informieren',
      ],
    },
    {
      title: 'Kickoff',
      why: 'Das Kickoff-Meeting: Danach kennen alle den Umfang, den Zeitplan und ihre Aufgaben.',
      items: [
        'Kickoff-Meeting mit beiden Teams abhalten',
        'Umfang und Ablauf durchgehen und schriftlich festhalten, was nicht geht',
        'Zeitplan und Meilensteine teilen, mit Puffer für Freigaben des Kunden',
        'Notfallpläne für bekannte Risiken vereinbaren',
        'Kommunikationsregeln festlegen: Termine, Ansprechpartner, Vertretungen',
        'Rollen und Pflichten auf Kundenseite bestätigen',
      ],
    },
    {
      title: 'Umsetzung',
      why: 'Nach dem Start: klare Zuständigkeiten, automatische Nachverfolgung, der Kunde nie im Unklaren.',
      items: [
        'Jeder Aufgabe eine verantwortliche Person geben, auch den Aufgaben des Kunden',
        'Fortschritt automatisch verfolgen und den Bericht mit dem Kunden teilen',
        'Abstimmungen in festen Abständen halten, auch wenn es wenig Neues gibt',
        'Warnsignale jede Woche prüfen und zu jedem Problem eine Lösung mitbringen',
        'Termine und mögliche Verlängerungen vorausplanen',
        'Laufend testen, nicht erst am Ende',
      ],
    },
    {
      title: 'Abschluss',
      why: 'Projektende: sauber übergeben, feiern, daraus lernen, die Akte schließen.',
      items: [
        'Einführungsplan mit dem Kunden abstimmen',
        'Verständliche Dokumentation übergeben',
        'Den Abschluss mit dem Kunden feiern und um Feedback bitten',
        'Interne Retrospektive durchführen',
        'Erkenntnisse schriftlich festhalten',
        'Projektakte schließen: Zugänge, Rechnungen, Archiv',
      ],
    },
  ],
  milestones: [
    'Die Meilensteine, die der Kunde sieht. `paths` verknüpft einen Meilenstein mit seinem Code (Glob-Muster);',
    '`status`: planned, on-track, at-risk, late oder done.',
  ],
  milestone: ['Kickoff-Meeting (Beispiel)', 'Erste Auslieferung (Beispiel)'],
  areas: [
    'Die Bereiche des Produkts in den Worten des Kunden: Jede Zeile eines Statusberichts trägt den Bereich,',
    'dessen `paths` (Glob-Muster) die meisten ihrer Dateien enthalten.',
  ],
  area: 'Bestellvorgang (Beispiel)',
  tasks: [
    'Was der Kunde beisteuern muss, mit verantwortlicher Person und Termin: Woche für Woche nachhalten.',
    '`status`: open, blocked oder done.',
  ],
  task: 'Beispiel: Zugang zur Testumgebung bereitstellen',
  decisions: [
    'Entscheidungen, die nur der Kunde treffen kann, und wer sie freigeben muss. Beziehen Sie ihn früh ein.',
    '`status`: open, decided oder dropped; das Ergebnis unter `outcome` festhalten.',
  ],
  decision: 'Beispiel: Welchen Zahlungsanbieter nehmen wir?',
  flags: [
    'Warnsignale: Neuland für das Team, eine noch ungetestete Funktion, eine Funktion, die den Kunden verwirrt.',
    'Zu jedem Problem gehört eine Lösung (`mitigation`). Im Code markiert ein Kommentar RED-FLAG(<id>) die Stelle.',
    'Werte für `kind`: untested | unknown-territory | client-confusing | dependency | other; für `severity`: low | medium | high | critical.',
    '`client_visible: true` nimmt das Warnsignal samt Lösung in die Statusberichte an den Kunden auf.',
  ],
  flag: {
    title: 'Beispiel: Zahlungswiederholungen bei Netzausfall ungetestet',
    mitigation: 'Beispiel: Ausfalltests in diesem Sprint; als Rückfallebene Zahlungen manuell erfassen',
  },
};
