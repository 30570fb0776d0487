import type { ReviewPhrases } from '../../draft/reviewPhrases';

/** Spanish words of the review points and the explanation, for the tech lead. */
export const es: ReviewPhrases = {
  heading: 'Revisar antes de enviar',
  secret: (kind, where) => `Se ha eliminado algo que parece ${kind} en ${where}: revise el commit y cambie el secreto.`,
  secretLeftOut: (kind, section) =>
    `Hay algo que parece ${kind} en un commit que el límite dejó fuera de «${section}»: revise el commit y cambie el secreto.`,
  blame: (where) => `Se ha reformulado una frase que culpaba a alguien en ${where}: revísela.`,
  revert: (what) => `«${what}» revierte trabajo anterior a este periodo: avise al cliente si se le había informado.`,
  internalFlag: (id) => `Alerta interna «${id}»: su código cambió en este periodo; no se muestra al cliente.`,
  noMitigation: (id) =>
    `La alerta «${id}» se muestra al cliente sin medida: aporte una solución junto con el problema.`,
  finalCheck: 'La comprobación final eliminó nombres, direcciones o secretos del borrador: léalo con atención.',
  invalidPattern: (pattern) => `«${pattern}» no es una expresión regular válida: se ha ignorado.`,
  leftOut: (left, read, from) =>
    `Se han dejado fuera ${left} commit(s) más antiguos del periodo: solo se leyeron los ${read} más recientes, así que el borrador cubre desde el ${from}.`,
  secretKinds: {
    'aws-key': 'una clave de AWS',
    'github-token': 'un token de GitHub',
    'private-key': 'una clave privada',
    password: 'una contraseña',
    jwt: 'un token JWT',
    'api-token': 'un token de API',
    'high-entropy': 'una clave o token secreto',
  },
  where: (section, item) => (item === undefined ? `«${section}»` : `«${section}», punto ${item}`),
  explain: {
    title: (n) => `Por qué está cada línea: ${n === 1 ? '1 commit' : `${n} commits`} en el periodo`,
    item: (where) => `se convirtió en ${where}`,
    merged: (hash, where) => `fusionado en la línea de ${hash} (casi duplicado): ${where}`,
    capped: (section) => `fuera de «${section}» por el límite (contado en sus cambios menores)`,
    hidden: (reason) => `oculto: ${reason}`,
    reasons: {
      merge: 'una fusión sin título de pull request (sus commits hablan por ella)',
      revert: 'la reversión de un trabajo del periodo (ambos quedan fuera)',
      reverted: 'revertido en el periodo',
      fixup: 'un commit fixup!/squash!/amend!',
      wip: 'trabajo en curso',
      bot: 'hecho por un bot',
      noise: 'un tipo oculto al cliente (chore, ci, docs…)',
      'client-hidden': 'marcado Client-Visible: no',
      'in-pull-request': 'parte de una pull request cuyo título habla por él',
      internal: 'solo cambiaron pruebas, documentación, CI o herramientas',
      'people-list': 'añade a una persona a una lista de personas (colaboradores, autores)',
      duplicate: 'un casi duplicado de otra línea',
      empty: 'no queda nada tras quitar nombres, identificadores y secretos',
    },
    removed: (list) => `palabras eliminadas: ${list}`,
    sources: {
      'internal-id': 'identificador interno',
      name: 'nombre',
      email: 'correo',
      handle: 'usuario',
      url: 'enlace',
      secret: 'secreto',
      trailer: 'línea de metadatos',
      mailmap: '.mailmap',
      team: 'lista del equipo',
    },
  },
};
