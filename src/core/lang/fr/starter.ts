import type { StarterText } from '../../starter';

/** The French starter project.yaml: its comments and placeholders, written natively (not line by line). */
export const fr: StarterText = {
  placeholder: { name: 'Mon projet', client: 'Nom du client (exemple)' },
  header: [
    'project.yaml — ce que ce projet client doit garder en vue, lu par Candor.',
    "Modifiez-le librement : Candor l'affiche dans sa vue et le vérifie pendant la saisie.",
    'Tout ce qui porte la mention « exemple » est à remplacer ou à supprimer.',
  ],
  project: [
    'Le projet, tel que le client le connaît. `language` : langue des comptes rendus au client (en, fr, es, de) ;',
    "`phase` : l'identifiant de la phase en cours.",
  ],
  team: [
    "Votre équipe. Usage interne : noms et alias (noms git, pseudos, e-mails) n'apparaissent jamais dans un compte rendu client.",
  ],
  member: { name: 'Prénom Nom (exemple)', role: 'Responsable technique', alias: 'prenom.nom@example.com' },
  client: [
    "Les interlocuteurs du client et ce que chacun valide : connaissez les circuits de validation avant d'en avoir besoin.",
    "Services : les équipes voisines dont les systèmes ou les processus sont touchés. Prévenez-les tôt (l'effet domino).",
  ],
  contact: { name: 'Interlocuteur Client (exemple)', role: 'Responsable produit', approves: ['périmètre', 'budget'] },
  backup: 'Suppléant Client (exemple)',
  department: { name: 'Comptabilité (exemple)', impact: 'Nouveau format des exports de factures' },
  communication: [
    'Fixez les attentes dès le départ : un canal, un rythme régulier, un destinataire et son suppléant.',
    "Candor vous rappelle quand le prochain point d'avancement est dû.",
  ],
  channel: 'e-mail',
  phases: ['Les étapes du projet, en listes de contrôle : cochez dans la vue Candor ou écrivez `done: true` ici.'],
  phase: [
    {
      title: 'Avant signature',
      why: "Avant la signature : connaître le client, constituer l'équipe, s'entendre sur la méthode.",
      items: [
        "Obtenir un brief complet de l'équipe commerciale : ce qui a été promis, et à qui",
        'Comprendre les habitudes du client : canal préféré, horaires, qui décide',
        "Constituer l'équipe et fixer le rôle de chacun",
        'Choisir la méthode (agile ou non) et prévoir les points réguliers dans le planning et le budget',
        'Cartographier les niveaux de validation du client : périmètre, budget, maquettes',
        'Repérer les services voisins touchés par le projet et les prévenir',
      ],
    },
    {
      title: 'Lancement',
      why: 'La réunion de lancement : chacun repart en connaissant le périmètre, le planning et son rôle.',
      items: [
        'Organiser la réunion de lancement avec les deux équipes',
        'Présenter le périmètre et le déroulé, et écrire noir sur blanc ce qui ne sera pas fait',
        'Partager le planning et les jalons, avec une marge pour les validations du client',
        'Convenir de plans de secours pour les risques connus',
        'Fixer le protocole de communication : réunions, interlocuteurs, suppléants',
        'Confirmer les rôles et responsabilités côté client',
      ],
    },
    {
      title: 'Réalisation',
      why: 'Pendant le projet : des responsabilités claires, un suivi automatique, un client jamais laissé dans le flou.',
      items: [
        'Attribuer chaque tâche à un responsable, tâches du client comprises',
        'Automatiser le suivi et partager le tableau de bord avec le client',
        'Tenir des points à intervalle fixe, même quand il y a peu à dire',
        "Passer les signaux d'alerte en revue chaque semaine, et proposer une solution avec chaque problème",
        'Anticiper les échéances et les éventuelles prolongations',
        "Tester en continu plutôt qu'à la fin",
      ],
    },
    {
      title: 'Clôture',
      why: 'La fin du projet : livrer proprement, fêter, tirer les leçons, clore le dossier.',
      items: [
        'Valider le plan de mise en production avec le client',
        'Remettre une documentation claire',
        'Fêter la livraison avec le client et lui demander son avis',
        'Faire une rétrospective en interne',
        'Consigner les enseignements du projet',
        'Clore le dossier : accès, factures, archives',
      ],
    },
  ],
  milestones: [
    "Les jalons que voit le client. `paths` relie un jalon au code qu'il concerne (motifs glob) ;",
    '`status` : planned, on-track, at-risk, late ou done.',
  ],
  milestone: ['Réunion de lancement (exemple)', 'Première livraison (exemple)'],
  areas: [
    'Les domaines du produit, dans les mots du client : chaque ligne d’un compte rendu porte le domaine',
    'dont les `paths` (motifs glob) contiennent la plupart de ses fichiers.',
  ],
  area: 'Tunnel de commande (exemple)',
  tasks: [
    'Ce que le client vous doit, avec un responsable et une date : faites-en le point chaque semaine.',
    '`status` : open, blocked ou done.',
  ],
  task: "Exemple : ouvrir l'accès à l'environnement de recette",
  decisions: [
    'Les décisions qui reviennent au client, et qui doit les valider. Associez-le tôt aux choix clés.',
    '`status` : open, decided ou dropped ; notez la décision prise dans `outcome`.',
  ],
  decision: 'Exemple : quel prestataire de paiement retenir ?',
  flags: [
    "Signaux d'alerte : terrain inconnu pour l'équipe, fonctionnalité pas encore testée, fonctionnalité que le client trouve déroutante.",
    "Chaque problème arrive avec sa solution (`mitigation`). Dans le code, signalez l'endroit par un commentaire RED-FLAG(<id>).",
    '`kind` : untested | unknown-territory | client-confusing | dependency | other ; `severity` : low | medium | high | critical.',
    '`client_visible: true` fait figurer le signal, avec sa solution, dans les comptes rendus au client.',
  ],
  flag: {
    title: 'Exemple : nouvelles tentatives de paiement non testées en cas de coupure réseau',
    mitigation: 'Exemple : tests de panne ce sprint, encaissement manuel en secours',
  },
};
