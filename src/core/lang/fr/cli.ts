import type { CliMessages } from '../cliMessages';

// In French, 0 and 1 take the singular.
const n_ = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

/** The CLI in French. */
export const fr: CliMessages = {
  usage: 'utilisation',
  commandPlaceholder: '<commande> [options]',
  help: {
    init: 'init [dir] [--lang fr]  écrit un project.yaml de départ commenté',
    check: 'check [dir]            valide project.yaml (fichier:ligne:col: message) ; --fail-on untested-high',
    flags: 'flags [dir] [--json]   signaux d’alerte avec couverture, marqueurs et plages non couvertes',
    status:
      'status [dir] [--since 7d|DATE|TAG] [--until DATE|TAG] [--lang fr] [--format md|text] [--explain]   rédige le point d’avancement du client',
    brief:
      'brief [dir] [--since 7d|DATE|TAG] [--until DATE|TAG] [--no-git]   note interne avant un appel client (pas pour le client)',
    report:
      'report [dir] [--out site/] [--lang fr] [--pdf]   construit la page d’avancement du client (un dossier statique)',
    reminder: 'reminder [dir] [--lang fr]   rappel courtois de ce que le client doit (en retard ou dû avant l’appel)',
  },
  unknownCommand: (name) => `commande inconnue « ${name} »`,
  unexpected: (arg) => `argument inattendu : ${arg}`,
  check: {
    problems: (n) => n_(n, 'problème', 'problèmes'),
    valid: 'valide',
    failOnValue: (value) => `--fail-on attend « untested-high », pas ${value ?? 'rien'}`,
    minCoverageRange: '--min-coverage attend un pourcentage entre 0 et 100',
    minCoverageAlone: '--min-coverage s’utilise avec --fail-on untested-high',
    under: (min) => `sous ${min} %`,
    cannotShow: (min) => `couverture à ${min} % impossible à démontrer`,
    flagLine: (id, severity, coverage, why) => `signal d’alerte ${id} (${severity}) : ${coverage}, ${why}`,
    allCovered: (min) => `signaux d’alerte élevés et critiques : couverts à ${min} % ou plus`,
  },
  flags: {
    noReport:
      'couverture : aucun rapport trouvé (sans rapport, les fichiers non testés sont devinés d’après les noms des fichiers de test)',
    unmapped: (n) => `${n_(n, 'chemin', 'chemins')} du rapport sans fichier correspondant dans l’espace de travail`,
    malformed: (n) => `${n_(n, 'enregistrement mal formé ignoré', 'enregistrements mal formés ignorés')}`,
    clipped: (n) =>
      n_(n, 'ligne au-delà de la fin de son fichier ignorée', 'lignes au-delà de la fin de leur fichier ignorées'),
    reports: (list, extra) => `couverture : ${list}${extra ? ` (${extra})` : ''}`,
    coverage: 'couverture',
    guess: (files) => `estimation (pas de rapport) : aucun fichier de test correspondant pour ${files}`,
    marker: 'marqueur',
    files: 'fichiers',
    uncovered: 'non couvert',
    none: 'aucun signal d’alerte dans project.yaml',
    andMore: (n) => `et ${n} de plus`,
  },
  args: {
    unknownOption: (arg) => `option inconnue ${arg}`,
    givenTwice: (option) => `${option} est donné deux fois`,
    noValue: (option) => `${option} ne prend pas de valeur`,
    needsValue: (option) => `${option} attend une valeur`,
    unknownLanguage: (lang, list) => `langue inconnue « ${lang} » (utilisez ${list})`,
  },
  init: {
    exists: 'existe déjà ; il n’a pas été modifié (supprimez-le ou renommez-le pour repartir de zéro)',
    cannotWrite: (code) => `ne peut pas être écrit (${code})`,
    written: (file, lang, check) =>
      `${file} : écrit (${lang}) ; complétez les champs à remplir, puis lancez « ${check} ».`,
  },
  status: {
    format: (value) => `--format doit valoir md ou text, pas « ${value} »`,
    reversed: (since, end) => `--since ${since} est après la fin de la période (${end}) : rien à rédiger`,
    note: 'remarque',
    review: 'à vérifier',
  },
  reminder: {
    nothing: (day) => `Rien n’est en retard ni dû avant le prochain appel (${day}) : aucun rappel à envoyer.`,
    subject: 'Objet',
  },
  report: {
    written: (folder, pages) =>
      `${folder} : page client écrite (${pages} page${pages > 1 ? 's' : ''}) ; ouvrez index.html pour la vérifier`,
    pdf: (file) => `${file} : PDF écrit`,
    noPdf:
      'pas de PDF : Chromium (avec playwright-core) n’est pas installé ici ; ouvrez index.html et imprimez-la depuis un navigateur',
    publicNote:
      'la publier est votre choix : une fois en ligne, la page est publique pour qui connaît son adresse, sauf si l’hébergeur la protège',
  },
};
