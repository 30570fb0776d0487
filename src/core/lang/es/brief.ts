import type { BriefWords } from '../../brief/words';
import { formatDate } from '../../draft/format';
import { es as locale } from './locale';

const n_ = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Spanish words of the brief. */
export const es: BriefWords = {
  internalMark: 'Interno — no enviar al cliente',
  title: (mark, project) => `${mark} — preparación de la llamada: ${project}`,
  day: (iso) => formatDate(iso, locale),
  sinceLastUpdate: 'desde el último informe',
  sinceDay: (day) => `desde el ${day}`,
  sinceRangeStart: 'desde el inicio del periodo',
  prepared: (today, client, project, next) =>
    `Preparado el ${today} para la llamada con ${client} (${project}). Próxima llamada: ${next}.`,
  lastUpdate: (day) => `Último informe de estado: ${day}.`,
  lastUpdateCommitted: (day, committed) =>
    `Último informe de estado: ${day}, con commit el ${committed}: los cambios se cuentan desde el commit.`,
  preparedNoCall: (today, client, project, horizon) =>
    `Preparado el ${today} para la llamada con ${client} (${project}). No hay día de llamada en project.yaml (communication.day): se lista lo que vence hasta el ${horizon}.`,
  noUpdate: 'Todavía no se ha guardado ningún informe de estado.',
  commitsRead: (n, since, last) => `Commits leídos: ${n_(n, 'commit', 'commits')} ${since}${last ? ` (${last})` : ''}.`,
  gitNotRead: (reason) =>
    `No se ha leído git: ${reason} Faltan en este documento los cambios, las modificaciones del código bajo alertas y los departamentos avisados antes de un cambio.`,
  restricted: 'este espacio de trabajo está en modo restringido (o se pasó --no-git), y Candor nunca ejecuta git ahí.',
  note: (note) => `Nota: ${note}`,
  secrets: (n) =>
    `${n === 1 ? 'Se ha omitido 1 elemento que parecía' : `Se han omitido ${n} elementos que parecían`} un secreto: revise los commits y renueve esos secretos.`,
  changes: {
    title: 'Qué ha cambiado desde el último informe',
    notAvailable: (reason) => `No disponible: ${reason ?? 'no se ha leído git.'}`,
    otherWork: 'Otros trabajos',
    noChange: (n) => `Ningún cambio relevante para el cliente en ${n_(n, 'commit', 'commits')}.`,
    more: (n) => `Y ${n_(n, 'cambio menor', 'cambios menores')}.`,
    hidden: (n) =>
      `${n_(n, 'commit no listado', 'commits no listados')} (fusiones, reversiones, bots, tipos ignorados, duplicados).`,
    invalidPatterns: (list) => `Patrones de ticket no válidos ignorados: ${list}.`,
    breaking: 'Incompatible',
    fix: 'Corrección',
    kinds: (kinds) => `${kinds}: `,
  },
  since: {
    title: 'Desde el último informe',
    taskDone: (title) => `Tarea del cliente hecha: ${title}`,
    decided: (question, outcome) => `Decisión tomada: ${question}${outcome ? ` — ${outcome}` : ''}`,
    decisionDropped: (question) => `Decisión descartada: ${question}`,
    moved: (title, from, to, days) =>
      `Hito movido: ${title}, del ${from} al ${to} (${days > 0 ? '+' : ''}${n_(days, 'día', 'días')})`,
    milestoneStatus: (title, from, to) => `Hito ${title}: ${from} → ${to}`,
    flagOpened: (title) => `Alerta abierta: ${title}`,
    flagClosed: (title) => `Alerta cerrada: ${title}`,
    flagMitigated: (title, mitigation) => `Alerta mitigada: ${title}${mitigation ? ` — ${mitigation}` : ''}`,
    summary: (commits, changes) =>
      `${n_(commits, 'commit', 'commits')} · ${n_(changes, 'cambio', 'cambios')} en project.yaml`,
    projectGroup: 'En project.yaml',
    noProjectChange: 'Ningún cambio en project.yaml.',
    notInGit: (day) =>
      `project.yaml tal como estaba en el informe del ${day} no está en git (no se hizo commit del informe o de project.yaml): no se pueden listar sus cambios.`,
    justSaved: (last, previous) =>
      `El informe del ${last} se acaba de guardar (ningún commit desde entonces): lo que dijo al cliente y lo que cambió desde el informe del ${previous}.`,
    justSavedFirst: (last) =>
      `El informe del ${last} se acaba de guardar (ningún commit desde entonces): lo que dijo al cliente.`,
    told: (day) => `Lo que el informe del ${day} dijo al cliente`,
    sinceUpdate: (day) => `desde el informe del ${day}`,
  },
  agenda: {
    title: 'Orden del día de la llamada',
    decide: (question, approvers) => `Decidir: ${question} — ${approvers}`,
    ask: (title, when) => `Pedir: ${title} — ${when}`,
    risk: (title, mitigation) => `Riesgo: ${title} — nuestra solución: ${mitigation}`,
    riskNoSolution: (title) => `Riesgo: ${title} — sin solución escrita: traer una`,
    nextMilestone: (title, due, left) => `Próximo hito: ${title} — el ${due} (${left})`,
    none: 'Nada está pendiente: confirmar el próximo hito y la fecha de la próxima llamada.',
  },
  tasks: {
    title: 'Tareas del cliente vencidas o que vencen antes de la próxima llamada',
    noOwner: 'sin responsable asignado',
    blocked: 'bloqueada',
    overdue: 'Vencidas',
    dueByCall: (day) => `Vencen antes de la llamada (${day})`,
    others: (n) =>
      `${n === 1 ? '1 otra tarea abierta' : `${n} otras tareas abiertas`}: vencen después de la llamada o no tienen fecha.`,
    noneSoon: 'Ninguna tarea del cliente está vencida ni vence antes de la llamada.',
  },
  decisions: {
    title: 'Decisiones pendientes del cliente',
    neededBy: (day, label) => `necesaria para el ${day} (${label})`,
    noDate: 'sin fecha',
    none: 'No hay ninguna decisión pendiente del cliente.',
    approves: (levels) => `aprueba ${levels}`,
    notAContact: (name) => `${name} (no figura entre los contactos del cliente en project.yaml)`,
    byLevel: (contacts) => `ningún aprobador indicado; según los niveles de aprobación: ${contacts}`,
    noApprover: 'ningún aprobador indicado: pregunte quién decide',
    alsoApprovedBy: (contacts) => `; este tema también lo aprueba ${contacts}`,
    approval: (contacts) => `aprobación: ${contacts}`,
  },
  departments: {
    title: 'Departamentos a los que avisar',
    noUpcoming: 'No hay hitos próximos: ningún departamento que avisar.',
    neverNotified: 'nunca avisado',
    notifiedBefore: (notified, day, milestone) =>
      `avisado el ${notified}, antes del último cambio en el trabajo próximo (${day}, ${milestone})`,
    allNotified: 'Todos los departamentos han sido avisados desde el último cambio en el trabajo próximo.',
    withoutGit: 'Sin git, solo se listan los departamentos nunca avisados.',
  },
  checklist: {
    title: 'Puntos pendientes de la fase actual',
    noPhase: 'project.yaml no indica ninguna fase actual (project.phase).',
    unknownPhase: (id) => `La fase actual «${id}» no está entre las fases de project.yaml.`,
    allDone: (phase) => `Todos los puntos de ${phase} están hechos.`,
    open: (phase, open, total) => `${phase}: ${open} de ${total} ${open === 1 ? 'pendiente' : 'pendientes'}.`,
  },
  flags: {
    title: 'Alertas por nivel de riesgo',
    clientVisible: 'visible para el cliente',
    internal: 'interna',
    mitigation: (text) => `mitigación: ${text}`,
    noMitigation: 'SIN MITIGACIÓN',
    none: 'No hay ninguna alerta abierta.',
    coverageNotAnalysed: 'cobertura no analizada',
    notLinked: 'sin relación con el código',
    guess: (n) => ` (estimación: ${n_(n, 'archivo', 'archivos')} sin archivo de prueba correspondiente)`,
    changesUnknown: 'cambios recientes desconocidos (git no leído)',
    unchanged: (since) => `código sin cambios ${since}`,
    changed: (since, n) => `código modificado ${since} (${n_(n, 'commit', 'commits')})`,
  },
  unmitigated: {
    title: 'Alertas sin mitigación — lleve una solución, no solo el problema',
    clientSees: ' (el cliente ve esta alerta)',
    none: 'Todas las alertas abiertas tienen una mitigación.',
  },
  milestones: {
    title: 'Hitos en riesgo',
    marked: (status) => `marcado como ${status}`,
    pastDue: 'fecha límite superada',
    openItems: (n, phase) => `${n_(n, 'punto pendiente', 'puntos pendientes')} en ${phase}`,
    weakCode: (flag, percent) => `código con alerta ${flag} cubierto al ${percent} %`,
    line: (title, due, left, reasons) => `${title} — vence el ${due} (${left}) — ${reasons}`,
    none: 'Ningún hito está en riesgo.',
    coverageNotAnalysed: 'No se ha analizado la cobertura: el código con alertas no se comprueba.',
  },
};
