import type { CliMessages } from '../cliMessages';

const n_ = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The CLI in Spanish. */
export const es: CliMessages = {
  usage: 'uso',
  commandPlaceholder: '<comando> [opciones]',
  help: {
    init: 'init [dir] [--lang fr]  escribe un project.yaml inicial comentado',
    check: 'check [dir]            valida project.yaml (archivo:línea:col: mensaje); --fail-on untested-high',
    flags: 'flags [dir] [--json]   alertas con cobertura, marcadores y rangos sin cubrir',
    status:
      'status [dir] [--since 7d|DATE|TAG] [--until DATE|TAG] [--lang fr] [--format md|text] [--explain]   redacta el informe de estado para el cliente',
    brief:
      'brief [dir] [--since 7d|DATE|TAG] [--until DATE|TAG] [--no-git]   resumen interno antes de una llamada con el cliente (no es para el cliente)',
    report:
      'report [dir] [--out site/] [--lang fr] [--pdf]   genera la página de avance del cliente (una carpeta estática)',
    reminder:
      'reminder [dir] [--lang fr]   recordatorio cortés de lo que debe el cliente (atrasado o antes de la llamada)',
  },
  unknownCommand: (name) => `comando desconocido «${name}»`,
  unexpected: (arg) => `argumento inesperado: ${arg}`,
  check: {
    problems: (n) => n_(n, 'problema', 'problemas'),
    valid: 'válido',
    failOnValue: (value) => `--fail-on admite «untested-high», no ${value ?? 'nada'}`,
    minCoverageRange: '--min-coverage admite un porcentaje de 0 a 100',
    minCoverageAlone: '--min-coverage va con --fail-on untested-high',
    under: (min) => `por debajo del ${min} %`,
    cannotShow: (min) => `no se puede demostrar una cobertura del ${min} %`,
    flagLine: (id, severity, coverage, why) => `alerta ${id} (${severity}): ${coverage}, ${why}`,
    allCovered: (min) => `alertas altas y críticas: cubiertas al ${min} % o más`,
  },
  flags: {
    noReport:
      'cobertura: no se encontró ningún informe (sin él, los archivos sin pruebas se deducen de los nombres de los archivos de prueba)',
    unmapped: (n) => `${n_(n, 'ruta', 'rutas')} del informe sin archivo correspondiente en el espacio de trabajo`,
    malformed: (n) => `${n_(n, 'registro mal formado omitido', 'registros mal formados omitidos')}`,
    clipped: (n) =>
      n_(n, 'línea más allá del final de su archivo omitida', 'líneas más allá del final de su archivo omitidas'),
    reports: (list, extra) => `cobertura: ${list}${extra ? ` (${extra})` : ''}`,
    coverage: 'cobertura',
    guess: (files) => `estimación (sin informe): ningún archivo de prueba correspondiente para ${files}`,
    marker: 'marcador',
    files: 'archivos',
    uncovered: 'sin cubrir',
    none: 'no hay alertas en project.yaml',
    andMore: (n) => `y ${n} más`,
  },
  args: {
    unknownOption: (arg) => `opción desconocida ${arg}`,
    givenTwice: (option) => `${option} aparece dos veces`,
    noValue: (option) => `${option} no admite ningún valor`,
    needsValue: (option) => `${option} necesita un valor`,
    unknownLanguage: (lang, list) => `idioma desconocido «${lang}» (usa ${list})`,
  },
  init: {
    exists: 'ya existe; no se ha modificado (bórralo o cámbiale el nombre para empezar de nuevo)',
    cannotWrite: (code) => `no se puede escribir (${code})`,
    written: (file, lang, check) =>
      `${file}: escrito (${lang}); completa los campos pendientes y después ejecuta «${check}».`,
  },
  status: {
    format: (value) => `--format debe ser md o text, no «${value}»`,
    reversed: (since, end) => `--since ${since} es posterior al final del periodo (${end}): nada que redactar`,
    note: 'nota',
    review: 'revisar',
  },
  reminder: {
    nothing: (day) =>
      `Nada está atrasado ni vence antes de la próxima llamada (${day}): no hay recordatorio que enviar.`,
    subject: 'Asunto',
  },
  report: {
    written: (folder, pages) =>
      `${folder}: página del cliente escrita (${pages} página${pages === 1 ? '' : 's'}); abra index.html para revisarla`,
    pdf: (file) => `${file}: PDF escrito`,
    noPdf:
      'sin PDF: Chromium (con playwright-core) no está instalado aquí; abra index.html e imprímala desde un navegador',
    publicNote:
      'publicarla es decisión suya: una vez subida, la página es pública para quien tenga su dirección, salvo que el alojamiento la proteja',
  },
};
