import type { CoverageWords } from '../../coverage/words';
import { size } from './size';

const s = (n: number) => (n > 1 ? 's' : '');

/** Les problèmes d’un rapport de couverture. */
export const fr: CoverageWords = {
  empty: 'Le rapport de couverture est vide.',
  unknownFormat:
    'Le format du rapport de couverture n’a pas été reconnu (lcov, Istanbul JSON, Cobertura, JaCoCo, Go ou Clover).',
  notJson: 'Le rapport n’est pas du JSON valide.',
  notIstanbulObject: 'Le rapport n’est pas un objet JSON de fichiers : ce n’est pas de l’Istanbul JSON.',
  noIstanbulEntry: 'Aucune entrée de fichier n’a de statementMap et de s : ce n’est pas de l’Istanbul JSON.',
  noLcovRecord: 'Aucun enregistrement lcov (lignes SF:) n’a été trouvé : ce n’est pas un fichier de trace lcov.',
  noGoMode: 'Aucune ligne « mode: » n’a été trouvée : ce n’est pas un coverprofile Go.',
  goTooManyLines: (max) =>
    `Les blocs couvrent plus de ${max.toLocaleString('fr-FR')} lignes en tout ; les lignes au-delà ont été ignorées.`,
  noJacocoReport: 'Aucun élément <report> n’a été trouvé : ce n’est pas un rapport XML JaCoCo.',
  noCoberturaRoot: 'Aucun élément <coverage> n’a été trouvé : ce n’est pas un rapport Cobertura.',
  noCloverRoot: 'Aucun élément <coverage> ou <project> n’a été trouvé : ce n’est pas un rapport Clover.',
  entitiesIgnored: 'Les déclarations d’entités du rapport ont été ignorées, jamais développées.',
  skipped: (count, first) =>
    `${count} enregistrement${s(count)} de couverture mal formé${s(count)} ignoré${s(count)} ; le premier : ${first}.`,
  record: {
    lcovDaOutside: 'une ligne DA hors de tout enregistrement SF',
    lcovNoEnd: 'un enregistrement sans end_of_record',
    lcovNoPath: 'une ligne SF sans chemin',
    lcovEndWithoutSf: 'un end_of_record sans SF',
    lcovNotKey: 'une ligne qui n’est pas une ligne lcov CLÉ:valeur',
    lcovTruncated: 'le dernier enregistrement n’a pas de end_of_record (fichier tronqué ?)',
    lcovDaFields: 'une ligne DA sans numéro de ligne ni nombre d’exécutions',
    lcovDaCount: 'une ligne DA avec un nombre d’exécutions invalide',
    lcovDaLine: 'une ligne DA avec un numéro de ligne invalide',
    istanbulEntry: (key) => `l’entrée « ${key} » n’a pas de statementMap et de s`,
    istanbulStart: (id) => `l’instruction ${id} n’a pas de ligne de début valide`,
    istanbulCount: (id) => `l’instruction ${id} a un nombre invalide`,
    goNotBlock: 'une ligne qui n’est pas un bloc de couverture',
    goNoPosition: 'un bloc sans position de début et de fin',
    goLines: 'un bloc avec des numéros de ligne invalides',
    goCount: 'un bloc avec un nombre invalide',
    lineOutside: (element) => `un <line> hors de tout ${element}`,
    lineAttributes: (first, second) => `un <line> sans ${first} ni ${second} valides`,
    sourcefileNoName: 'un <sourcefile> sans name',
    classNoFilename: 'un <class> sans filename',
    fileNoNameOrPath: 'un <file> sans name ni path',
    xmlTruncated: 'le XML s’arrête au milieu d’une balise (fichier tronqué ?)',
  },
  size,
  notAFile: (name) => `${name} n’est pas un fichier.`,
  missing: (name) => `Impossible de lire le rapport de couverture : ${name} n’existe pas`,
  cannotRead: (code) => `Impossible de lire le rapport de couverture : ${code}`,
  tooLarge: (size, max) => `Le rapport de couverture fait ${size}, au-delà de la limite de ${max} ; il n’a pas été lu.`,
  parserFailed: (message) => `L’analyse du rapport de couverture a échoué : ${message}`,
  parserStopped: (code) => `L’analyse du rapport de couverture s’est arrêtée (code de sortie ${code}).`,
  outside: (report) => `Le rapport de couverture « ${report} » est hors du dossier de l’espace de travail ; ignoré.`,
  linksOutside: (report) =>
    `Le rapport de couverture « ${report} » pointe hors du dossier de l’espace de travail ; ignoré.`,
  notFound: (report) => `Le rapport de couverture « ${report} » est introuvable.`,
};
