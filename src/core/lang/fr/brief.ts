import type { BriefWords } from '../../brief/words';
import { formatDate } from '../../draft/format';
import { fr as locale } from './locale';

// In French, 0 and 1 take the singular.
const n_ = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

/** French words of the brief. */
export const fr: BriefWords = {
  internalMark: 'Interne — ne pas transmettre au client',
  title: (mark, project) => `${mark} — préparation de l’appel : ${project}`,
  // “1er décembre”: French writes the first of the month as an ordinal.
  day: (iso) => formatDate(iso, locale),
  sinceLastUpdate: 'depuis le dernier point d’avancement',
  sinceDay: (day) => `depuis le ${day}`,
  sinceRangeStart: 'depuis le début de la période',
  prepared: (today, client, project, next) =>
    `Préparé le ${today} pour l’appel avec ${client} (${project}). Prochain appel : ${next}.`,
  lastUpdate: (day) => `Dernier point d’avancement : ${day}.`,
  lastUpdateCommitted: (day, committed) =>
    `Dernier point d’avancement : ${day}, commité le ${committed} : les changements sont comptés à partir du commit.`,
  preparedNoCall: (today, client, project, horizon) =>
    `Préparé le ${today} pour l’appel avec ${client} (${project}). Aucun jour d’appel dans project.yaml (communication.day) : ce qui est dû d’ici le ${horizon} est listé.`,
  noUpdate: 'Aucun point d’avancement enregistré pour l’instant.',
  commitsRead: (n, since, last) => `Commits lus : ${n_(n, 'commit', 'commits')} ${since}${last ? ` (${last})` : ''}.`,
  gitNotRead: (reason) =>
    `Git n’a pas été lu : ${reason} Il manque donc à ce document les changements, les modifications du code sous signal d’alerte et les services prévenus avant un changement.`,
  restricted: 'cet espace de travail est en mode restreint (ou --no-git a été passé), et Candor n’y lance jamais git.',
  note: (note) => `Remarque : ${note}`,
  secrets: (n) =>
    `${n_(n, 'élément ressemblant', 'éléments ressemblant')} à un secret ${n <= 1 ? 'a été retiré' : 'ont été retirés'} de ce document : vérifiez les commits et renouvelez ces secrets.`,
  changes: {
    title: 'Ce qui a changé depuis le dernier point d’avancement',
    notAvailable: (reason) => `Indisponible : ${reason ?? 'git n’a pas été lu.'}`,
    otherWork: 'Autres travaux',
    noChange: (n) => `Aucun changement utile au client dans ${n_(n, 'commit', 'commits')}.`,
    more: (n) => `Et ${n_(n, 'changement mineur', 'changements mineurs')}.`,
    hidden: (n) =>
      `${n_(n, 'commit non listé', 'commits non listés')} (fusions, annulations, bots, types ignorés, doublons).`,
    invalidPatterns: (list) => `Motifs de ticket invalides ignorés : ${list}.`,
    breaking: 'Rupture de compatibilité',
    fix: 'Correction',
    kinds: (kinds) => `${kinds} : `,
  },
  since: {
    title: 'Depuis le dernier point',
    taskDone: (title) => `Tâche client terminée : ${title}`,
    decided: (question, outcome) => `Décision prise : ${question}${outcome ? ` — ${outcome}` : ''}`,
    decisionDropped: (question) => `Décision abandonnée : ${question}`,
    moved: (title, from, to, days) =>
      `Jalon déplacé : ${title}, du ${from} au ${to} (${days > 0 ? '+' : ''}${n_(days, 'jour', 'jours')})`,
    milestoneStatus: (title, from, to) => `Jalon ${title} : ${from} → ${to}`,
    flagOpened: (title) => `Signal d’alerte ouvert : ${title}`,
    flagClosed: (title) => `Signal d’alerte clos : ${title}`,
    flagMitigated: (title, mitigation) => `Signal d’alerte atténué : ${title}${mitigation ? ` — ${mitigation}` : ''}`,
    summary: (commits, changes) =>
      `${n_(commits, 'commit', 'commits')} · ${n_(changes, 'changement', 'changements')} dans project.yaml`,
    projectGroup: 'Dans project.yaml',
    noProjectChange: 'Aucun changement dans project.yaml.',
    notInGit: (day) =>
      `project.yaml tel qu’il était au point du ${day} n’est pas dans git (le point ou project.yaml n’a pas été commité) : ses changements ne peuvent pas être listés.`,
    justSaved: (last, previous) =>
      `Le point du ${last} vient d’être enregistré (aucun commit depuis) : ce qu’il a dit au client, et ce qui a changé depuis le point du ${previous}.`,
    justSavedFirst: (last) =>
      `Le point du ${last} vient d’être enregistré (aucun commit depuis) : ce qu’il a dit au client.`,
    told: (day) => `Ce que le point du ${day} a dit au client`,
    sinceUpdate: (day) => `depuis le point du ${day}`,
  },
  agenda: {
    title: 'Ordre du jour de l’appel',
    decide: (question, approvers) => `À décider : ${question} — ${approvers}`,
    ask: (title, when) => `À demander : ${title} — ${when}`,
    risk: (title, mitigation) => `Risque : ${title} — notre solution : ${mitigation}`,
    riskNoSolution: (title) => `Risque : ${title} — aucune solution écrite : en apporter une`,
    nextMilestone: (title, due, left) => `Prochain jalon : ${title} — le ${due} (${left})`,
    none: 'Rien n’est en attente : confirmer le prochain jalon et la date du prochain appel.',
  },
  tasks: {
    title: 'Tâches client en retard ou à rendre avant le prochain appel',
    noOwner: 'aucun responsable désigné',
    blocked: 'bloquée',
    overdue: 'En retard',
    dueByCall: (day) => `À rendre d’ici l’appel (${day})`,
    others: (n) =>
      `${n <= 1 ? `${n} autre tâche ouverte` : `${n} autres tâches ouvertes`} : échéance après l’appel ou sans date.`,
    noneSoon: 'Aucune tâche client n’est en retard ni à rendre d’ici l’appel.',
  },
  decisions: {
    title: 'Décisions en attente du client',
    neededBy: (day, label) => `attendue pour le ${day} (${label})`,
    noDate: 'sans date',
    none: 'Aucune décision n’attend le client.',
    approves: (levels) => `valide : ${levels}`,
    notAContact: (name) => `${name} (absent des contacts client de project.yaml)`,
    byLevel: (contacts) => `aucun valideur désigné ; d’après les niveaux de validation : ${contacts}`,
    noApprover: 'aucun valideur désigné : demandez qui décide',
    alsoApprovedBy: (contacts) => ` ; ce sujet relève aussi de ${contacts}`,
    approval: (contacts) => `validation : ${contacts}`,
  },
  departments: {
    title: 'Services à prévenir',
    noUpcoming: 'Aucun jalon à venir : aucun service à prévenir.',
    neverNotified: 'jamais prévenu',
    notifiedBefore: (notified, day, milestone) =>
      `prévenu le ${notified}, avant le dernier changement des travaux à venir (${day}, ${milestone})`,
    allNotified: 'Tous les services ont été prévenus depuis le dernier changement des travaux à venir.',
    withoutGit: 'Sans git, seuls les services jamais prévenus sont listés.',
  },
  checklist: {
    title: 'Points de contrôle ouverts de la phase en cours',
    noPhase: 'Aucune phase en cours n’est indiquée dans project.yaml (project.phase).',
    unknownPhase: (id) => `La phase en cours « ${id} » ne figure pas parmi les phases de project.yaml.`,
    allDone: (phase) => `Tous les points de ${phase} sont faits.`,
    open: (phase, open, total) => `${phase} : ${open} sur ${total} ${open <= 1 ? 'ouvert' : 'ouverts'}.`,
  },
  flags: {
    title: 'Signaux d’alerte par niveau de risque',
    clientVisible: 'visible par le client',
    internal: 'interne',
    mitigation: (text) => `parade : ${text}`,
    noMitigation: 'AUCUNE PARADE',
    none: 'Aucun signal d’alerte ouvert.',
    coverageNotAnalysed: 'couverture non analysée',
    notLinked: 'non relié au code',
    guess: (n) => ` (estimation : ${n_(n, 'fichier', 'fichiers')} sans fichier de test correspondant)`,
    changesUnknown: 'changements récents inconnus (git non lu)',
    unchanged: (since) => `code inchangé ${since}`,
    changed: (since, n) => `code modifié ${since} (${n_(n, 'commit', 'commits')})`,
  },
  unmitigated: {
    title: 'Signaux sans parade — venez avec une solution, pas seulement le problème',
    clientSees: ' (le client voit ce signal)',
    none: 'Chaque signal d’alerte ouvert a une parade.',
  },
  milestones: {
    title: 'Jalons menacés',
    marked: (status) => `marqué ${status}`,
    pastDue: 'échéance dépassée',
    openItems: (n, phase) =>
      `${n <= 1 ? `${n} point de contrôle ouvert` : `${n} points de contrôle ouverts`} dans ${phase}`,
    weakCode: (flag, percent) => `code signalé ${flag} couvert à ${percent} %`,
    line: (title, due, left, reasons) => `${title} — échéance le ${due} (${left}) — ${reasons}`,
    none: 'Aucun jalon n’est menacé.',
    coverageNotAnalysed: 'La couverture n’a pas été analysée : le code signalé n’est pas vérifié.',
  },
};
