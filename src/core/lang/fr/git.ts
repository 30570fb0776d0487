import type { GitWords } from '../../git/words';

/** Pourquoi git n’a pas été lancé ou n’a pas répondu. */
export const fr: GitWords = {
  refused: {
    subjects: { tag: 'Le nom de tag', revision: 'La révision', date: 'La date', path: 'Le chemin' },
    empty: (s) => `${s} est vide.`,
    tooLong: (s, max) => `${s} dépasse ${max} caractères.`,
    nul: (s, q) => `${s} ${q} contient un caractère NUL.`,
    lineBreak: (s, q) => `${s} ${q} contient un saut de ligne.`,
    control: (s, q) => `${s} ${q} contient un caractère de contrôle.`,
    dash: (s, q) => `${s} ${q} commence par « - », que git lirait comme une option.`,
    transport: (s, q) => `${s} ${q} contient « :: », un transport de remote helper comme ext::.`,
    option: (s, q, option) => `${s} ${q} contient l’option git « ${option} ».`,
    configOverride: (s, q) => `${s} ${q} contient une surcharge de configuration « -c ».`,
    space: (s, q) => `${s} ${q} contient un espace.`,
    tagChars: (q) => `Le nom de tag ${q} contient l’un des caractères ~ ^ : ? * [ \\, que git refuse dans un nom.`,
    tagDotDot: (q) => `Le nom de tag ${q} contient « .. », que git refuse dans un nom.`,
    tagReflog: (q) => `Le nom de tag ${q} est une syntaxe de reflog (« @{…} »), pas un nom.`,
    tagEmptyComponent: (q) => `Le nom de tag ${q} a un composant de chemin vide.`,
    tagDotComponent: (q) => `Le nom de tag ${q} a un composant qui commence par « . » ou finit par « .lock ».`,
    tagEndsWithDot: (q) => `Le nom de tag ${q} finit par « . ».`,
    revisionReflog: (q) => `La révision ${q} utilise la syntaxe de reflog (« @{…} »), que Candor n’accepte pas.`,
    revisionColon: (q) => `La révision ${q} contient « : », que Candor n’accepte pas dans une révision.`,
    revisionSymmetric: (q) => `La révision ${q} est un intervalle symétrique (« ... »), que Candor n’accepte pas.`,
    revisionSideDash: (q) => `La révision ${q} a un côté qui commence par « - ».`,
    revisionGlob: (q) => `La révision ${q} contient un caractère de motif (glob).`,
    revisionNotRef: (q) =>
      `La révision ${q} n’est pas un nom de référence (un composant de chemin vide ou qui commence par « . »).`,
    dateNotIso: (q) => `La date ${q} n’est pas une date ISO comme 2026-11-02 ou 2026-11-02T09:30:00Z.`,
    dateMissing: (q) => `La date ${q} n’existe pas.`,
    pathAbsolute: (q) => `Le chemin ${q} est absolu ; les chemins sont relatifs au dépôt.`,
    pathMagic: (q) => `Le chemin ${q} commence par « : », la syntaxe magique des pathspecs de git.`,
    pathLeaves: (q) => `Le chemin ${q} sort du dépôt (« .. »).`,
    days: (max) => `Le nombre de jours doit être un entier de 1 à ${max}.`,
    notAHash: (value) => `« ${value} » n’est pas un hash de commit.`,
    folderNotAbsolute: (q) => `Le dossier ${q} n’est pas un chemin absolu.`,
    subcommand: (name) => `Candor ne lance pas « git ${name} » : il pourrait démarrer un programme nommé par le dépôt.`,
    driver: (option) => `Candor ne passe pas « ${option} » à git : il démarrerait un programme nommé par le dépôt.`,
    diffStats: 'Candor ne demande pas à git de statistiques de diff (--numstat, --stat).',
  },
  notRun: (refusal) => `${refusal} Git n’a pas été lancé.`,
  run: {
    cancelledBeforeStart: 'Annulé avant le lancement de git.',
    cancelled: 'Annulé.',
    noFolder: (folder) => `Le dossier ${folder} n’existe pas.`,
    timeout: (seconds) => `Git a pris plus de ${seconds.toFixed(1).replace('.', ',')} s et a été arrêté.`,
    exitCode: (code) => `git s’est terminé avec le code ${code}`,
    noGit: 'Git n’est pas installé ou pas dans le PATH : installez git, puis réessayez.',
    dubiousOwnership: (folder) =>
      `Git refuse de lire ${folder} car le dossier appartient à un autre utilisateur. Si vous lui faites confiance, lancez : git config --global --add safe.directory ${folder}`,
    notARepo: (folder) => `${folder} n’est dans aucun dépôt git.`,
    failed: (first) => `Échec de git : ${first}`,
    failedSilently: 'git a échoué sans message',
  },
  log: {
    noSuchTag: (tag) => `Ce dépôt n’a pas de tag « ${tag} ».`,
    noCommits: 'Ce dépôt n’a encore aucun commit : il n’y a rien à rédiger.',
    partialClone:
      'C’est un clone partiel : ces commits demandent des objets jamais téléchargés, et Candor ne télécharge rien. Lancez une fois « git log --name-only » dans un terminal (il les télécharge), puis réessayez.',
    unreadableObjects:
      'Git ne peut pas lire certains objets de ce dépôt (dépôt endommagé ou clone partiel). Lancez « git fsck » pour savoir lesquels.',
  },
};
