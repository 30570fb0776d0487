import type { CoverageWords } from '../../coverage/words';
import { size } from './size';

/** Die Probleme eines Abdeckungsberichts. */
export const de: CoverageWords = {
  empty: 'Der Abdeckungsbericht ist leer.',
  unknownFormat:
    'Das Format des Abdeckungsberichts wurde nicht erkannt (lcov, Istanbul JSON, Cobertura, JaCoCo, Go oder Clover).',
  notJson: 'Der Bericht ist kein gültiges JSON.',
  notIstanbulObject: 'Der Bericht ist kein JSON-Objekt aus Dateien: Das ist kein Istanbul JSON.',
  noIstanbulEntry: 'Kein Dateieintrag hat statementMap und s: Das ist kein Istanbul JSON.',
  noLcovRecord: 'Keine lcov-Einträge (SF:-Zeilen) gefunden: Das ist keine lcov-Tracedatei.',
  noGoMode: 'Keine „mode:“-Zeile gefunden: Das ist kein Go-Coverprofile.',
  goTooManyLines: (max) =>
    `Die Blöcke umfassen insgesamt mehr als ${max.toLocaleString('de-DE')} Zeilen; die Zeilen darüber hinaus wurden übersprungen.`,
  noJacocoReport: 'Kein <report>-Element gefunden: Das ist kein JaCoCo-XML-Bericht.',
  noCoberturaRoot: 'Kein <coverage>-Element gefunden: Das ist kein Cobertura-Bericht.',
  noCloverRoot: 'Kein <coverage>- oder <project>-Element gefunden: Das ist kein Clover-Bericht.',
  entitiesIgnored: 'Entity-Deklarationen im Bericht wurden ignoriert, nie expandiert.',
  skipped: (count, first) =>
    `${count} ${count === 1 ? 'fehlerhafter Abdeckungseintrag' : 'fehlerhafte Abdeckungseinträge'} übersprungen; der erste: ${first}.`,
  record: {
    lcovDaOutside: 'eine DA-Zeile außerhalb eines SF-Eintrags',
    lcovNoEnd: 'ein Eintrag ohne end_of_record',
    lcovNoPath: 'eine SF-Zeile ohne Pfad',
    lcovEndWithoutSf: 'end_of_record ohne SF',
    lcovNotKey: 'eine Zeile, die keine lcov-Zeile SCHLÜSSEL:Wert ist',
    lcovTruncated: 'der letzte Eintrag hat kein end_of_record (Datei abgeschnitten?)',
    lcovDaFields: 'eine DA-Zeile ohne Zeilennummer und Trefferzahl',
    lcovDaCount: 'eine DA-Zeile mit ungültiger Trefferzahl',
    lcovDaLine: 'eine DA-Zeile mit ungültiger Zeilennummer',
    istanbulEntry: (key) => `der Eintrag „${key}“ hat kein statementMap und s`,
    istanbulStart: (id) => `Anweisung ${id} hat keine gültige Startzeile`,
    istanbulCount: (id) => `Anweisung ${id} hat eine ungültige Anzahl`,
    goNotBlock: 'eine Zeile, die kein Abdeckungsblock ist',
    goNoPosition: 'ein Block ohne Start- und Endposition',
    goLines: 'ein Block mit ungültigen Zeilennummern',
    goCount: 'ein Block mit ungültiger Anzahl',
    lineOutside: (element) => `ein <line> außerhalb eines ${element}`,
    lineAttributes: (first, second) => `ein <line> ohne gültige ${first} und ${second}`,
    sourcefileNoName: 'ein <sourcefile> ohne name',
    classNoFilename: 'ein <class> ohne filename',
    fileNoNameOrPath: 'ein <file> ohne name oder path',
    xmlTruncated: 'das XML endet mitten in einem Tag (Datei abgeschnitten?)',
  },
  size,
  notAFile: (name) => `${name} ist keine Datei.`,
  missing: (name) => `Der Abdeckungsbericht kann nicht gelesen werden: ${name} existiert nicht`,
  cannotRead: (code) => `Der Abdeckungsbericht kann nicht gelesen werden: ${code}`,
  tooLarge: (size, max) =>
    `Der Abdeckungsbericht ist ${size} groß, über der Grenze von ${max}; er wurde nicht gelesen.`,
  parserFailed: (message) => `Das Einlesen des Abdeckungsberichts ist fehlgeschlagen: ${message}`,
  parserStopped: (code) => `Das Einlesen des Abdeckungsberichts wurde abgebrochen (Exit-Code ${code}).`,
  outside: (report) => `Der Abdeckungsbericht „${report}“ liegt außerhalb des Arbeitsbereichsordners; ignoriert.`,
  linksOutside: (report) =>
    `Der Abdeckungsbericht „${report}“ verweist aus dem Arbeitsbereichsordner hinaus; ignoriert.`,
  notFound: (report) => `Der Abdeckungsbericht „${report}“ wurde nicht gefunden.`,
};
