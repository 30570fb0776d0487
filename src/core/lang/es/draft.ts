import type { Phrases } from '../../draft/phrases';

const dias = (n: number) => (n === 1 ? '1 día' : `${n} días`);

/** Spanish phrases of the client draft. */
export const es: Phrases = {
  title: (project, date) => `${project}: informe de estado del ${date}`,
  period: (from, to) => `Periodo: del ${from} al ${to}.`,
  phase: (phase) => `Fase actual: ${phase}.`,
  headings: {
    summary: 'Resumen',
    delivered: 'Entregado',
    fixed: 'Corregido',
    next: 'En curso y próximos pasos',
    risks: 'Riesgos y cómo los gestionamos',
    waiting: 'Pendiente por su parte',
    decisions: 'Decisiones necesarias',
    other: 'General',
  },
  health: {
    planned: 'previsto',
    'on-track': 'en plazo',
    'at-risk': 'en riesgo',
    late: 'con retraso',
    done: 'completado',
  },
  againstPlan: (n) => `${n > 0 ? '+' : ''}${n} ${Math.abs(n) === 1 ? 'día' : 'días'} respecto al plan`,
  milestoneLine: (title, due, health) => `${title}: ${health}, fecha prevista ${due}`,
  dueOn: (date) => `para el ${date}`,
  overdueBy: (n) => `con ${dias(n)} de retraso`,
  neededBy: (date) => `antes del ${date}`,
  approvers: (names) => `pendiente de aprobación por ${names}`,
  owner: (name) => `responsable: ${name}`,
  smaller: (n) => (n === 1 ? 'y 1 cambio menor' : `y ${n} cambios menores`),
  breaking: 'cambio importante',
  workThisPeriod: (n) => (n === 1 ? '1 cambio en este periodo' : `${n} cambios en este periodo`),
  mitigation: (text) => `Cómo lo gestionamos: ${text}`,
  noMitigation: 'Estamos definiendo la respuesta y la compartiremos en breve.',
  touched: 'se ha trabajado en ello en este periodo',
  empty: {
    delivered: 'No se completaron nuevas funcionalidades en este periodo.',
    fixed: 'No hay correcciones que destacar en este periodo.',
    next: 'Todos los hitos están completados.',
    risks: 'No hay riesgos abiertos por ahora.',
    waiting: 'No hay nada pendiente por su parte por ahora.',
    decisions: 'No se necesitan decisiones por ahora.',
  },
  team: 'el equipo',
  reminder: {
    subject: (project) => `${project}: algunos puntos de su parte`,
    greeting: (contact) => (contact ? `Hola, ${contact}:` : 'Hola:'),
    intro: (call) =>
      call
        ? `Antes de nuestra próxima llamada del ${call}, esto es lo que todavía necesitamos de su parte:`
        : 'Esto es lo que todavía necesitamos de su parte:',
    wasDue: (title, date) => `${title} (previsto para el ${date})`,
    due: (title, date) => `${title} (para el ${date})`,
    closing: 'Si algo ya está en camino, no tenga en cuenta este mensaje. Gracias, y díganos si podemos ayudar.',
    signature: (project) => `Un saludo cordial,\nEl equipo de ${project}`,
  },
  cadence: {
    due: (weekday) => `Informe al cliente previsto para el ${weekday}`,
    dueToday: 'Informe al cliente previsto para hoy',
    dueTomorrow: 'Informe al cliente previsto para mañana',
    dueOn: (date) => `Informe al cliente previsto para el ${date}`,
    pausedUntil: (date) => `Informes al cliente en pausa hasta el ${date}`,
    overdue: (n) => `Informe al cliente con ${dias(n)} de retraso`,
  },
};
