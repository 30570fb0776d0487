import type { GitWords } from '../../git/words';

/** Warum git nicht gestartet wurde oder nicht antwortete. */
export const de: GitWords = {
  refused: {
    subjects: { tag: 'Der Tag-Name', revision: 'Die Revision', date: 'Das Datum', path: 'Der Pfad' },
    empty: (s) => `${s} ist leer.`,
    tooLong: (s, max) => `${s} ist länger als ${max} Zeichen.`,
    nul: (s, q) => `${s} ${q} enthält ein NUL-Zeichen.`,
    lineBreak: (s, q) => `${s} ${q} enthält einen Zeilenumbruch.`,
    control: (s, q) => `${s} ${q} enthält ein Steuerzeichen.`,
    dash: (s, q) => `${s} ${q} beginnt mit „-“, was git als Option lesen würde.`,
    transport: (s, q) => `${s} ${q} enthält „::“, einen Remote-Helper-Transport wie ext::.`,
    option: (s, q, option) => `${s} ${q} enthält die Git-Option „${option}“.`,
    configOverride: (s, q) => `${s} ${q} enthält eine Konfigurationsüberschreibung mit „-c“.`,
    space: (s, q) => `${s} ${q} enthält ein Leerzeichen.`,
    tagChars: (q) =>
      `Der Tag-Name ${q} enthält eines der Zeichen ~ ^ : ? * [ \\, die git in einem Namen nicht erlaubt.`,
    tagDotDot: (q) => `Der Tag-Name ${q} enthält „..“, was git in einem Namen nicht erlaubt.`,
    tagReflog: (q) => `Der Tag-Name ${q} ist Reflog-Syntax („@{…}“), kein Name.`,
    tagEmptyComponent: (q) => `Der Tag-Name ${q} hat einen leeren Pfadbestandteil.`,
    tagDotComponent: (q) => `Der Tag-Name ${q} hat einen Bestandteil, der mit „.“ beginnt oder auf „.lock“ endet.`,
    tagEndsWithDot: (q) => `Der Tag-Name ${q} endet mit „.“.`,
    revisionReflog: (q) => `Die Revision ${q} verwendet Reflog-Syntax („@{…}“), die Candor nicht akzeptiert.`,
    revisionColon: (q) => `Die Revision ${q} enthält „:“, was Candor in einer Revision nicht akzeptiert.`,
    revisionSymmetric: (q) => `Die Revision ${q} ist ein symmetrischer Bereich („...“), den Candor nicht akzeptiert.`,
    revisionSideDash: (q) => `Die Revision ${q} hat eine Seite, die mit „-“ beginnt.`,
    revisionGlob: (q) => `Die Revision ${q} enthält ein Glob-Zeichen.`,
    revisionNotRef: (q) =>
      `Die Revision ${q} ist kein Ref-Name (ein leerer Pfadbestandteil oder einer, der mit „.“ beginnt).`,
    dateNotIso: (q) => `Das Datum ${q} ist kein ISO-Datum wie 2026-11-02 oder 2026-11-02T09:30:00Z.`,
    dateMissing: (q) => `Das Datum ${q} existiert nicht.`,
    pathAbsolute: (q) => `Der Pfad ${q} ist absolut; Pfade sind relativ zum Repository.`,
    pathMagic: (q) => `Der Pfad ${q} beginnt mit „:“, der Pathspec-Magie von git.`,
    pathLeaves: (q) => `Der Pfad ${q} verlässt das Repository („..“).`,
    days: (max) => `Die Anzahl der Tage muss eine ganze Zahl von 1 bis ${max} sein.`,
    notAHash: (value) => `„${value}“ ist kein Commit-Hash.`,
    folderNotAbsolute: (q) => `Der Ordner ${q} ist kein absoluter Pfad.`,
    subcommand: (name) =>
      `Candor führt „git ${name}“ nicht aus: es könnte ein im Repository festgelegtes Programm starten.`,
    driver: (option) =>
      `Candor übergibt „${option}“ nicht an git: es würde ein im Repository festgelegtes Programm starten.`,
    diffStats: 'Candor fragt git nicht nach Diff-Statistiken (--numstat, --stat).',
  },
  notRun: (refusal) => `${refusal} Git wurde nicht gestartet.`,
  run: {
    cancelledBeforeStart: 'Abgebrochen, bevor git startete.',
    cancelled: 'Abgebrochen.',
    noFolder: (folder) => `Der Ordner ${folder} existiert nicht.`,
    timeout: (seconds) => `Git brauchte länger als ${seconds.toFixed(1).replace('.', ',')} s und wurde gestoppt.`,
    exitCode: (code) => `git wurde mit Code ${code} beendet`,
    noGit: 'Git ist nicht installiert oder nicht im PATH: Installieren Sie git und versuchen Sie es erneut.',
    dubiousOwnership: (folder) =>
      `Git verweigert das Lesen von ${folder}, weil der Ordner einem anderen Benutzer gehört. Wenn Sie ihm vertrauen, führen Sie Folgendes aus: git config --global --add safe.directory ${folder}`,
    notARepo: (folder) => `${folder} liegt in keinem Git-Repository.`,
    failed: (first) => `Git ist fehlgeschlagen: ${first}`,
    failedSilently: 'git ist ohne Meldung fehlgeschlagen',
  },
  log: {
    noSuchTag: (tag) => `In diesem Repository gibt es kein Tag „${tag}“.`,
    noCommits: 'Dieses Repository hat noch keine Commits: Es gibt nichts zu entwerfen.',
    partialClone:
      'Dies ist ein partieller Klon: Diese Commits brauchen Objekte, die nie heruntergeladen wurden, und Candor lädt nichts nach. Führen Sie einmal „git log --name-only“ in einem Terminal aus (es lädt sie), dann versuchen Sie es erneut.',
    unreadableObjects:
      'Git kann einige Objekte dieses Repositorys nicht lesen (ein beschädigtes Repository oder ein partieller Klon). „git fsck“ zeigt, welche.',
  },
};
