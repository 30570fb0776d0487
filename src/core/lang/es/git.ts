import type { GitWords } from '../../git/words';

/** Por qué no se ejecutó git o no respondió. */
export const es: GitWords = {
  refused: {
    subjects: { tag: 'El nombre de etiqueta', revision: 'La revisión', date: 'La fecha', path: 'La ruta' },
    empty: (s) => `${s} está en blanco.`,
    tooLong: (s, max) => `${s} supera los ${max} caracteres.`,
    nul: (s, q) => `${s} ${q} contiene un carácter NUL.`,
    lineBreak: (s, q) => `${s} ${q} contiene un salto de línea.`,
    control: (s, q) => `${s} ${q} contiene un carácter de control.`,
    dash: (s, q) => `${s} ${q} empieza por «-», que git leería como una opción.`,
    transport: (s, q) => `${s} ${q} contiene «::», un transporte de remote helper como ext::.`,
    option: (s, q, option) => `${s} ${q} contiene la opción de git «${option}».`,
    configOverride: (s, q) => `${s} ${q} contiene una anulación de configuración «-c».`,
    space: (s, q) => `${s} ${q} contiene un espacio.`,
    tagChars: (q) =>
      `El nombre de etiqueta ${q} contiene uno de los caracteres ~ ^ : ? * [ \\, que git no permite en un nombre.`,
    tagDotDot: (q) => `El nombre de etiqueta ${q} contiene «..», que git no permite en un nombre.`,
    tagReflog: (q) => `El nombre de etiqueta ${q} es sintaxis de reflog («@{…}»), no un nombre.`,
    tagEmptyComponent: (q) => `El nombre de etiqueta ${q} tiene un componente de ruta vacío.`,
    tagDotComponent: (q) => `El nombre de etiqueta ${q} tiene un componente que empieza por «.» o termina en «.lock».`,
    tagEndsWithDot: (q) => `El nombre de etiqueta ${q} termina en «.».`,
    revisionReflog: (q) => `La revisión ${q} usa sintaxis de reflog («@{…}»), que Candor no acepta.`,
    revisionColon: (q) => `La revisión ${q} contiene «:», que Candor no acepta en una revisión.`,
    revisionSymmetric: (q) => `La revisión ${q} es un rango simétrico («...»), que Candor no acepta.`,
    revisionSideDash: (q) => `La revisión ${q} tiene un lado que empieza por «-».`,
    revisionGlob: (q) => `La revisión ${q} contiene un carácter comodín.`,
    revisionNotRef: (q) =>
      `La revisión ${q} no es un nombre de referencia (un componente de ruta vacío o que empieza por «.»).`,
    dateNotIso: (q) => `La fecha ${q} no es una fecha ISO como 2026-11-02 o 2026-11-02T09:30:00Z.`,
    dateMissing: (q) => `La fecha ${q} no existe.`,
    pathAbsolute: (q) => `La ruta ${q} es absoluta; las rutas son relativas al repositorio.`,
    pathMagic: (q) => `La ruta ${q} empieza por «:», la sintaxis mágica de pathspec de git.`,
    pathLeaves: (q) => `La ruta ${q} sale del repositorio («..»).`,
    days: (max) => `El número de días debe ser un número entero de 1 a ${max}.`,
    notAHash: (value) => `«${value}» no es un hash de commit.`,
    folderNotAbsolute: (q) => `La carpeta ${q} no es una ruta absoluta.`,
    subcommand: (name) => `Candor no ejecuta «git ${name}»: podría iniciar un programa definido en el repositorio.`,
    driver: (option) => `Candor no pasa «${option}» a git: iniciaría un programa definido en el repositorio.`,
    diffStats: 'Candor no pide a git estadísticas de diff (--numstat, --stat).',
  },
  notRun: (refusal) => `${refusal} No se ejecutó git.`,
  run: {
    cancelledBeforeStart: 'Cancelado antes de iniciar git.',
    cancelled: 'Cancelado.',
    noFolder: (folder) => `La carpeta ${folder} no existe.`,
    timeout: (seconds) => `Git tardó más de ${seconds.toFixed(1).replace('.', ',')} s y se interrumpió.`,
    exitCode: (code) => `git terminó con el código ${code}`,
    noGit: 'Git no está instalado o no está en el PATH: instala git y vuelve a intentarlo.',
    dubiousOwnership: (folder) =>
      `Git se niega a leer ${folder} porque la carpeta pertenece a otro usuario. Si confías en ella, ejecuta: git config --global --add safe.directory ${folder}`,
    notARepo: (folder) => `${folder} no está dentro de un repositorio git.`,
    failed: (first) => `Git falló: ${first}`,
    failedSilently: 'git falló sin mensaje',
  },
  log: {
    noSuchTag: (tag) => `Este repositorio no tiene la etiqueta «${tag}».`,
    noCommits: 'Este repositorio aún no tiene commits: no hay nada que redactar.',
    partialClone:
      'Es un clon parcial: estos commits necesitan objetos que nunca se descargaron, y Candor no descarga nada. Ejecuta una vez «git log --name-only» en un terminal (los descarga) y vuelve a intentarlo.',
    unreadableObjects:
      'Git no puede leer algunos objetos de este repositorio (un repositorio dañado o un clon parcial). Ejecuta «git fsck» para saber cuáles.',
  },
};
