import type { ReviewPhrases } from '../../draft/reviewPhrases';

/** French words of the review points and the explanation, for the tech lead. */
export const fr: ReviewPhrases = {
  heading: 'À vérifier avant l’envoi',
  secret: (kind, where) =>
    `Un élément qui ressemble à ${kind} a été retiré de ${where} : vérifiez le commit et changez le secret.`,
  secretLeftOut: (kind, section) =>
    `Un élément qui ressemble à ${kind} figure dans un commit que la limite a écarté de « ${section} » : vérifiez le commit et changez le secret.`,
  blame: (where) => `Une formulation mettant en cause une personne a été reformulée dans ${where} : relisez-la.`,
  revert: (what) =>
    `« ${what} » annule un travail antérieur à cette période : prévenez le client s’il en avait été informé.`,
  internalFlag: (id) =>
    `Alerte interne « ${id} » : son code a changé sur cette période ; elle n’est pas montrée au client.`,
  noMitigation: (id) =>
    `L’alerte « ${id} » est montrée au client sans mesure prise : apportez une solution avec le problème.`,
  finalCheck:
    'La vérification finale a retiré des noms, des adresses ou des secrets du brouillon : relisez-le attentivement.',
  invalidPattern: (pattern) => `« ${pattern} » n’est pas une expression régulière valide : elle a été ignorée.`,
  leftOut: (left, read, from) =>
    `${left} commit(s) plus ancien(s) de la période ont été laissé(s) de côté : seuls les ${read} plus récents ont été lus, le brouillon couvre donc à partir du ${from}.`,
  secretKinds: {
    'aws-key': 'une clé AWS',
    'github-token': 'un jeton GitHub',
    'private-key': 'une clé privée',
    password: 'un mot de passe',
    jwt: 'un jeton JWT',
    'api-token': 'un jeton d’API',
    'high-entropy': 'une clé ou un jeton secret',
  },
  where: (section, item) => (item === undefined ? `« ${section} »` : `« ${section} », point ${item}`),
  explain: {
    title: (n) => `Pourquoi chaque ligne est là : ${n <= 1 ? `${n} commit` : `${n} commits`} sur la période`,
    item: (where) => `devenu ${where}`,
    merged: (hash, where) => `fusionné dans la ligne de ${hash} (quasi-doublon) : ${where}`,
    capped: (section) => `écarté de « ${section} » par la limite (compté dans ses modifications mineures)`,
    hidden: (reason) => `masqué : ${reason}`,
    reasons: {
      merge: 'une fusion sans titre de pull request (ses commits parlent pour elle)',
      revert: 'l’annulation d’un travail de la période (les deux sont écartés)',
      reverted: 'annulé sur la période',
      fixup: 'un commit fixup!/squash!/amend!',
      wip: 'travail en cours',
      bot: 'fait par un robot',
      noise: 'un type masqué au client (chore, ci, docs…)',
      'client-hidden': 'marqué Client-Visible: no',
      'in-pull-request': 'fait partie d’une pull request dont le titre parle pour lui',
      internal: 'seuls des tests, de la documentation, la CI ou l’outillage ont changé',
      'people-list': 'ajoute une personne à une liste de personnes (contributeurs, auteurs)',
      duplicate: 'un quasi-doublon d’une autre ligne',
      empty: 'plus rien une fois retirés les noms, identifiants et secrets',
    },
    removed: (list) => `mots retirés : ${list}`,
    sources: {
      'internal-id': 'identifiant interne',
      name: 'nom',
      email: 'adresse e-mail',
      handle: 'pseudo',
      url: 'lien',
      secret: 'secret',
      trailer: 'ligne de métadonnées',
      mailmap: '.mailmap',
      team: 'liste de l’équipe',
    },
  },
};
