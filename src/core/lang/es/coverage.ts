import type { CoverageWords } from '../../coverage/words';
import { size } from './size';

const s = (n: number) => (n === 1 ? '' : 's');

/** Los problemas de un informe de cobertura. */
export const es: CoverageWords = {
  empty: 'El informe de cobertura está vacío.',
  unknownFormat:
    'No se reconoció el formato del informe de cobertura (lcov, Istanbul JSON, Cobertura, JaCoCo, Go o Clover).',
  notJson: 'El informe no es JSON válido.',
  notIstanbulObject: 'El informe no es un objeto JSON de archivos: no es Istanbul JSON.',
  noIstanbulEntry: 'Ninguna entrada de archivo tiene statementMap y s: no es Istanbul JSON.',
  noLcovRecord: 'No se encontró ningún registro lcov (líneas SF:): no es un archivo de traza lcov.',
  noGoMode: 'No se encontró ninguna línea «mode:»: no es un coverprofile de Go.',
  goTooManyLines: (max) =>
    `Los bloques cubren más de ${max.toLocaleString('es-ES')} líneas en total; se omitieron las líneas siguientes.`,
  noJacocoReport: 'No se encontró ningún elemento <report>: no es un informe XML de JaCoCo.',
  noCoberturaRoot: 'No se encontró ningún elemento <coverage>: no es un informe de Cobertura.',
  noCloverRoot: 'No se encontró ningún elemento <coverage> ni <project>: no es un informe de Clover.',
  entitiesIgnored: 'Las declaraciones de entidades del informe se ignoraron, nunca se expandieron.',
  skipped: (count, first) =>
    `${count === 1 ? 'Se omitió' : 'Se omitieron'} ${count} registro${s(count)} de cobertura mal formado${s(count)}; el primero: ${first}.`,
  record: {
    lcovDaOutside: 'una línea DA fuera de cualquier registro SF',
    lcovNoEnd: 'un registro sin end_of_record',
    lcovNoPath: 'una línea SF sin ruta',
    lcovEndWithoutSf: 'end_of_record sin SF',
    lcovNotKey: 'una línea que no es una línea lcov CLAVE:valor',
    lcovTruncated: 'el último registro no tiene end_of_record (¿archivo truncado?)',
    lcovDaFields: 'una línea DA sin número de línea ni número de ejecuciones',
    lcovDaCount: 'una línea DA con un número de ejecuciones no válido',
    lcovDaLine: 'una línea DA con un número de línea no válido',
    istanbulEntry: (key) => `la entrada «${key}» no tiene statementMap y s`,
    istanbulStart: (id) => `la instrucción ${id} no tiene una línea de inicio válida`,
    istanbulCount: (id) => `la instrucción ${id} tiene un recuento no válido`,
    goNotBlock: 'una línea que no es un bloque de cobertura',
    goNoPosition: 'un bloque sin posición de inicio y fin',
    goLines: 'un bloque con números de línea no válidos',
    goCount: 'un bloque con un recuento no válido',
    lineOutside: (element) => `un <line> fuera de cualquier ${element}`,
    lineAttributes: (first, second) => `un <line> sin ${first} ni ${second} válidos`,
    sourcefileNoName: 'un <sourcefile> sin name',
    classNoFilename: 'un <class> sin filename',
    fileNoNameOrPath: 'un <file> sin name ni path',
    xmlTruncated: 'el XML termina dentro de una etiqueta (¿archivo truncado?)',
  },
  size,
  notAFile: (name) => `${name} no es un archivo.`,
  missing: (name) => `No se puede leer el informe de cobertura: ${name} no existe`,
  cannotRead: (code) => `No se puede leer el informe de cobertura: ${code}`,
  tooLarge: (size, max) => `El informe de cobertura ocupa ${size}, por encima del límite de ${max}; no se leyó.`,
  parserFailed: (message) => `Falló el análisis del informe de cobertura: ${message}`,
  parserStopped: (code) => `El análisis del informe de cobertura se detuvo (código de salida ${code}).`,
  outside: (report) =>
    `El informe de cobertura «${report}» está fuera de la carpeta del espacio de trabajo; se ignora.`,
  linksOutside: (report) =>
    `El informe de cobertura «${report}» apunta fuera de la carpeta del espacio de trabajo; se ignora.`,
  notFound: (report) => `No se encontró el informe de cobertura «${report}».`,
};
