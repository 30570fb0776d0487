import type { ReviewPhrases } from '../../draft/reviewPhrases';

/** German words of the review points and the explanation, for the tech lead. */
export const de: ReviewPhrases = {
  heading: 'Vor dem Versand prüfen',
  secret: (kind, where) =>
    `Etwas, das wie ${kind} aussieht, wurde aus ${where} entfernt: Commit prüfen und das Geheimnis austauschen.`,
  secretLeftOut: (kind, section) =>
    `Etwas, das wie ${kind} aussieht, steht in einem Commit, den die Begrenzung aus „${section}“ weggelassen hat: Commit prüfen und das Geheimnis austauschen.`,
  blame: (where) => `Eine Formulierung, die jemandem die Schuld gab, wurde in ${where} umformuliert: bitte prüfen.`,
  revert: (what) =>
    `„${what}“ macht Arbeit aus der Zeit vor diesem Zeitraum rückgängig: Informieren Sie den Kunden, falls er davon wusste.`,
  internalFlag: (id) =>
    `Internes Warnsignal „${id}“: Sein Code hat sich in diesem Zeitraum geändert; es wird dem Kunden nicht gezeigt.`,
  noMitigation: (id) =>
    `Warnsignal „${id}“ wird dem Kunden ohne Maßnahme gezeigt: Bringen Sie mit dem Problem eine Lösung.`,
  finalCheck: 'Die Schlussprüfung hat Namen, Adressen oder Geheimnisse aus dem Entwurf entfernt: Lesen Sie ihn genau.',
  invalidPattern: (pattern) => `„${pattern}“ ist kein gültiger regulärer Ausdruck: Er wurde ignoriert.`,
  leftOut: (left, read, from) =>
    `${left} ältere(r) Commit(s) des Zeitraums wurden ausgelassen: nur die neuesten ${read} wurden gelesen, der Entwurf beginnt also am ${from}.`,
  secretKinds: {
    'aws-key': 'ein AWS-Schlüssel',
    'github-token': 'ein GitHub-Token',
    'private-key': 'ein privater Schlüssel',
    password: 'ein Passwort',
    jwt: 'ein JSON Web Token',
    'api-token': 'ein API-Token',
    'high-entropy': 'ein geheimer Schlüssel oder Token',
  },
  where: (section, item) => (item === undefined ? `„${section}“` : `„${section}“, Punkt ${item}`),
  explain: {
    title: (n) => `Warum jede Zeile da ist: ${n === 1 ? '1 Commit' : `${n} Commits`} im Zeitraum`,
    item: (where) => `wurde zu ${where}`,
    merged: (hash, where) => `mit der Zeile von ${hash} zusammengeführt (fast gleich): ${where}`,
    capped: (section) => `durch die Begrenzung aus „${section}“ weggelassen (bei den kleineren Änderungen gezählt)`,
    hidden: (reason) => `ausgeblendet: ${reason}`,
    reasons: {
      merge: 'ein Merge ohne Pull-Request-Titel (seine Commits sprechen für ihn)',
      revert: 'das Rückgängigmachen von Arbeit aus dem Zeitraum (beide entfallen)',
      reverted: 'im Zeitraum rückgängig gemacht',
      fixup: 'ein fixup!/squash!/amend!-Commit',
      wip: 'unfertige Arbeit',
      bot: 'von einem Bot',
      noise: 'ein vor dem Kunden ausgeblendeter Typ (chore, ci, docs…)',
      'client-hidden': 'markiert mit Client-Visible: no',
      'in-pull-request': 'Teil eines Pull Requests, dessen Titel für ihn spricht',
      internal: 'nur Tests, Dokumentation, CI oder Werkzeuge geändert',
      'people-list': 'fügt eine Person einer Personenliste hinzu (Mitwirkende, Autoren)',
      duplicate: 'fast gleich wie eine andere Zeile',
      empty: 'nichts übrig, nachdem Namen, IDs und Geheimnisse entfernt wurden',
    },
    removed: (list) => `entfernte Wörter: ${list}`,
    sources: {
      'internal-id': 'interne ID',
      name: 'Name',
      email: 'E-Mail-Adresse',
      handle: 'Benutzername',
      url: 'Link',
      secret: 'Geheimnis',
      trailer: 'Metadatenzeile',
      mailmap: '.mailmap',
      team: 'Teamliste',
    },
  },
};
