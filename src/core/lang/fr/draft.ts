import type { Phrases } from '../../draft/phrases';

// In French, 0 and 1 take the singular.
const jours = (n: number) => (n <= 1 ? `${n} jour` : `${n} jours`);

/** French phrases of the client draft. */
export const fr: Phrases = {
  title: (project, date) => `${project} : point d’avancement du ${date}`,
  period: (from, to) => `Période : du ${from} au ${to}.`,
  phase: (phase) => `Phase en cours : ${phase}.`,
  headings: {
    summary: 'En bref',
    delivered: 'Livré',
    fixed: 'Corrigé',
    next: 'En cours et à venir',
    risks: 'Risques et mesures prises',
    waiting: 'En attente de votre part',
    decisions: 'Décisions à prendre',
    other: 'Général',
  },
  health: {
    planned: 'prévu',
    'on-track': 'dans les temps',
    'at-risk': 'à surveiller',
    late: 'en retard',
    done: 'terminé',
  },
  againstPlan: (n) => `${n > 0 ? '+' : ''}${n} ${Math.abs(n) <= 1 ? 'jour' : 'jours'} par rapport au plan`,
  milestoneLine: (title, due, health) => `${title} : ${health}, échéance le ${due}`,
  dueOn: (date) => `pour le ${date}`,
  overdueBy: (n) => `en retard de ${jours(n)}`,
  neededBy: (date) => `avant le ${date}`,
  approvers: (names) => `validation attendue de ${names}`,
  owner: (name) => `responsable : ${name}`,
  smaller: (n) => (n <= 1 ? `et ${n} modification mineure` : `et ${n} modifications mineures`),
  breaking: 'changement important',
  workThisPeriod: (n) => (n <= 1 ? `${n} modification sur la période` : `${n} modifications sur la période`),
  mitigation: (text) => `Ce que nous faisons : ${text}`,
  noMitigation: 'Nous définissons la réponse et vous la communiquerons très prochainement.',
  touched: 'travaux en cours sur ce point',
  empty: {
    delivered: 'Aucune nouvelle fonctionnalité terminée sur la période.',
    fixed: 'Aucune correction à signaler sur la période.',
    next: 'Tous les jalons sont atteints.',
    risks: 'Aucun risque ouvert pour le moment.',
    waiting: 'Rien n’est en attente de votre part pour le moment.',
    decisions: 'Aucune décision n’est attendue pour le moment.',
  },
  team: 'l’équipe',
  reminder: {
    subject: (project) => `${project} : quelques éléments de votre côté`,
    greeting: (contact) => (contact ? `Bonjour ${contact},` : 'Bonjour,'),
    intro: (call) =>
      call
        ? `En vue de notre prochain échange le ${call}, voici ce dont nous avons encore besoin de votre côté :`
        : 'Voici ce dont nous avons encore besoin de votre côté :',
    wasDue: (title, date) => `${title} (prévu pour le ${date})`,
    due: (title, date) => `${title} (d’ici le ${date})`,
    closing:
      'Si certains éléments sont déjà en route, ne tenez pas compte de ce message. Merci, et n’hésitez pas à nous dire si nous pouvons vous aider.',
    signature: (project) => `Bien cordialement,\nL’équipe ${project}`,
  },
  cadence: {
    due: (weekday) => `Point client à envoyer ${weekday}`,
    dueToday: 'Point client à envoyer aujourd’hui',
    dueTomorrow: 'Point client à envoyer demain',
    dueOn: (date) => `Point client à envoyer le ${date}`,
    pausedUntil: (date) => `Points client suspendus jusqu'au ${date}`,
    overdue: (n) => `Point client en retard de ${jours(n)}`,
  },
};
