import type { StarterText } from '../../starter';

/** The Spanish starter project.yaml: its comments and placeholders, written natively (not line by line). */
export const es: StarterText = {
  placeholder: { name: 'Mi proyecto', client: 'Nombre del cliente (ejemplo)' },
  header: [
    'project.yaml — lo que este proyecto con el cliente no debe perder de vista, leído por Candor.',
    'Edítalo con libertad: Candor lo muestra en su vista y lo valida mientras escribes.',
    'Todo lo marcado como «ejemplo» es provisional: sustitúyelo o bórralo.',
  ],
  project: [
    'El proyecto tal como lo conoce el cliente. `language`: idioma de los informes para el cliente (en, fr, es, de);',
    '`phase`: el identificador de la fase actual.',
  ],
  team: [
    'Tu equipo. Es interno: los nombres y alias (nombres de git, usuarios, correos) nunca aparecen en un informe al cliente.',
  ],
  member: { name: 'Nombre Apellido (ejemplo)', role: 'Líder técnico', alias: 'nombre.apellido@example.com' },
  client: [
    'Las personas del cliente y lo que aprueba cada una: conoce los niveles de aprobación antes de necesitarlos.',
    'Departamentos: áreas vecinas cuyos sistemas o procesos toca el trabajo. Avísales pronto (el efecto dominó).',
  ],
  contact: {
    name: 'Contacto Cliente (ejemplo)',
    role: 'Responsable de producto',
    approves: ['alcance', 'presupuesto'],
  },
  backup: 'Suplente Cliente (ejemplo)',
  department: { name: 'Contabilidad (ejemplo)', impact: 'Cambia el formato de exportación de facturas' },
  communication: [
    'Fija las expectativas desde el principio: un canal, un ritmo fijo, quién recibe el informe y quién lo sustituye.',
    'Candor te avisa cuando toca el siguiente informe de estado.',
  ],
  channel: 'correo electrónico',
  phases: [
    'Los momentos de un proyecto con cliente, como listas de control: márcalos en la vista de Candor o escribe `done: true` aquí.',
  ],
  phase: [
    {
      title: 'Antes de la firma',
      why: 'Antes de la firma: conocer al cliente, formar el equipo y acordar la forma de trabajar.',
      items: [
        'Pedir a ventas un briefing completo: qué se prometió y a quién',
        'Conocer cómo trabaja el cliente: canal preferido, horarios, quién decide',
        'Formar el equipo y definir el papel de cada persona',
        'Acordar el proceso (ágil o no), con las reuniones incluidas en el calendario y el alcance',
        'Conocer los niveles de aprobación del cliente: alcance, presupuesto, diseño',
        'Identificar los departamentos vecinos afectados y avisarles',
      ],
    },
    {
      title: 'Arranque',
      why: 'La reunión de arranque: todos salen sabiendo el alcance, el plan y quién hace qué.',
      items: [
        'Celebrar la reunión de arranque con ambos equipos',
        'Repasar el alcance y el flujo de trabajo, y dejar por escrito lo que no se hará',
        'Compartir plazos e hitos, con margen para las aprobaciones del cliente',
        'Acordar planes de contingencia para los riesgos conocidos',
        'Fijar el protocolo de comunicación: reuniones, contactos y suplentes',
        'Confirmar los roles y responsabilidades del propio cliente',
      ],
    },
    {
      title: 'Ejecución',
      why: 'Durante el proyecto: responsabilidades claras, seguimiento automático y un cliente siempre informado.',
      items: [
        'Asignar un responsable a cada tarea, también a las del cliente',
        'Automatizar el seguimiento y compartir el informe de avance con el cliente',
        'Mantener reuniones de seguimiento a intervalos fijos, aunque haya poco que contar',
        'Revisar las señales de alerta cada semana y llevar una solución con cada problema',
        'Prever los plazos y las posibles prórrogas',
        'Probar de forma continua, no al final',
      ],
    },
    {
      title: 'Cierre',
      why: 'El cierre: entregar bien, celebrar, aprender y cerrar el expediente.',
      items: [
        'Acordar con el cliente el plan de puesta en producción',
        'Entregar una documentación clara',
        'Celebrar la entrega con el cliente y pedirle su opinión',
        'Hacer una retrospectiva interna',
        'Recoger por escrito las lecciones aprendidas',
        'Cerrar el expediente: accesos, facturas y archivo',
      ],
    },
  ],
  milestones: [
    'Los hitos que ve el cliente. `paths` vincula un hito con su código (patrones glob);',
    '`status`: planned, on-track, at-risk, late o done.',
  ],
  milestone: ['Reunión de arranque (ejemplo)', 'Primera entrega (ejemplo)'],
  areas: [
    'Las áreas del producto, con las palabras del cliente: cada línea de un informe lleva el área',
    'cuyos `paths` (patrones glob) contienen la mayoría de sus archivos.',
  ],
  area: 'Proceso de compra (ejemplo)',
  tasks: [
    'Lo que el cliente te debe, con responsable y fecha: informa de ello semana tras semana.',
    '`status`: open, blocked o done.',
  ],
  task: 'Ejemplo: darnos acceso al entorno de pruebas',
  decisions: [
    'Las decisiones que solo puede tomar el cliente y quién debe aprobarlas. Involúcralo pronto en las decisiones clave.',
    '`status`: open, decided o dropped; anota lo decidido en `outcome`.',
  ],
  decision: 'Ejemplo: ¿qué pasarela de pago usamos?',
  flags: [
    'Señales de alerta: terreno desconocido para el equipo, una funcionalidad aún sin probar, una funcionalidad que confunde al cliente.',
    'Cada problema llega con su solución (`mitigation`). En el código, señala el lugar con un comentario RED-FLAG(<id>).',
    'Valores de `kind`: untested | unknown-territory | client-confusing | dependency | other; de `severity`: low | medium | high | critical.',
    '`client_visible: true` incluye la señal, con su solución, en los informes al cliente.',
  ],
  flag: {
    title: 'Ejemplo: reintentos de pago sin probar ante caídas de red',
    mitigation: 'Ejemplo: pruebas de fallos en este sprint; cobro manual como alternativa',
  },
};
