import type { Language } from './model/schema';
import type { StarterText } from './starter';

// The starter's words, written natively in each language (not translated line by line).

const en: StarterText = {
  header: [
    'project.yaml — what this client project must keep in view, read by Candor.',
    'Edit it freely: Candor shows it in its tree view and checks it as you type.',
    'Everything marked "example" is a placeholder: replace it or delete it.',
  ],
  project: [
    'The project as the client knows it. `language`: the language of client status drafts (en, fr, es, de);',
    '`phase`: the id of the phase you are in now.',
  ],
  team: ['Your team. Internal only: names and aliases (git names, handles, emails) never appear in a client draft.'],
  member: { name: 'First Last (example)', role: 'Tech lead', alias: 'first.last@example.com' },
  client: [
    "The client's people and what each of them approves: learn the approval levels before you need them.",
    'Departments: neighbouring teams whose systems or processes the work touches. Warn them early (the domino effect).',
  ],
  contact: { name: 'Client Contact (example)', role: 'Product owner', approves: ['scope', 'budget'] },
  backup: 'Backup Contact (example)',
  department: { name: 'Finance (example)', impact: 'Invoice exports change format' },
  communication: [
    'Set expectations up front: one channel, a fixed rhythm, who receives the update and who stands in.',
    'Candor reminds you when the next status update is due.',
  ],
  channel: 'email',
  phases: ['The moments of a client project, as checklists: tick items in the Candor view or write `done: true` here.'],
  phase: [
    {
      title: 'Pre-signing',
      why: 'Before signing: know your client, build the team, agree on how you will work together.',
      items: [
        'Get a full briefing from sales: what was promised, and to whom',
        'Learn how the client works: preferred channel, working hours, who decides',
        "Name the team and each person's role",
        'Agree on the process (agile or not), with regular calls budgeted in schedule and scope',
        "Map the client's approval levels: scope, budget, design",
        'List the neighbouring departments the work touches and warn them',
      ],
    },
    {
      title: 'Kickoff',
      why: 'The kickoff meeting: everyone leaves knowing the scope, the plan and who does what.',
      items: [
        "Hold the kickoff meeting with the client's team and ours",
        'Walk through scope and process flow, and write down what cannot be done',
        "Share timelines and milestones, with buffer for the client's approvals",
        'Agree on contingency plans for the known risks',
        'Set the communication protocol: meetings, contacts, backups',
        "Confirm the client's own roles and responsibilities",
      ],
    },
    {
      title: 'Delivery',
      why: 'After the start: clear responsibilities, automated tracking, and never keep the client in the dark.',
      items: [
        'Give every task an owner, client tasks included',
        'Track progress automatically and share the report with the client',
        'Hold check-ins at a fixed interval, even when there is little to say',
        'Review red flags every week and bring a solution with each problem',
        'Plan for deadlines and extensions before they are needed',
        'Test continuously, not at the end',
      ],
    },
    {
      title: 'Closing',
      why: 'The end: hand over properly, celebrate, learn, and close the file.',
      items: [
        'Agree on the implementation plan for go-live',
        'Hand over clear documentation',
        'Celebrate with the client and ask for their feedback',
        'Hold an internal retrospective',
        'Write down the lessons learned',
        'Close the file: access, invoices, archives',
      ],
    },
  ],
  milestones: [
    'Milestones the client sees. `paths` links a milestone to its code (globs);',
    '`status`: planned, on-track, at-risk, late or done.',
  ],
  milestone: ['Kickoff meeting (example)', 'First release (example)'],
  areas: [
    "Areas of the product in the client's words: each line of a status draft is labelled with the area",
    'whose `paths` (globs) hold most of its files.',
  ],
  area: 'Checkout (example)',
  tasks: [
    'What the client owes you, with an owner and a date: report on it week after week.',
    '`status`: open, blocked or done.',
  ],
  task: 'Example: give us access to the test environment',
  decisions: [
    'Decisions only the client can take, and whose approval each needs. Involve the client early.',
    '`status`: open, decided or dropped; write what was decided in `outcome`.',
  ],
  decision: 'Example: which payment provider do we use?',
  flags: [
    'Red flags: unknown territory for the team, a feature not yet tested, a feature the client finds confusing.',
    'Bring a solution with every problem (`mitigation`). In the code, mark the place with a RED-FLAG(<id>) comment.',
    'Values of `kind`: untested | unknown-territory | client-confusing | dependency | other; of `severity`: low | medium | high | critical.',
    '`client_visible: true` puts the flag, with its mitigation, in client status drafts.',
  ],
  flag: {
    title: 'Example: payment retries not tested under network failure',
    mitigation: 'Example: failure tests this sprint, manual capture as a fallback',
  },
};

const fr: StarterText = {
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

const es: StarterText = {
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

const de: StarterText = {
  header: [
    'project.yaml — was dieses Kundenprojekt im Blick behalten muss, gelesen von Candor.',
    'Frei bearbeitbar: Candor zeigt die Datei in seiner Ansicht und prüft sie schon beim Tippen.',
    'Alles, was als „Beispiel“ markiert ist, ist ein Platzhalter: ersetzen oder löschen.',
  ],
  project: [
    'Das Projekt, wie der Kunde es kennt. `language`: Sprache der Statusberichte an den Kunden (en, fr, es, de);',
    '`phase`: die ID der aktuellen Phase.',
  ],
  team: [
    'Ihr Team. Nur intern: Namen und Aliasse (Git-Namen, Handles, E-Mails) erscheinen nie in einem Kundenbericht.',
  ],
  member: { name: 'Vorname Nachname (Beispiel)', role: 'Technische Leitung', alias: 'vorname.nachname@example.com' },
  client: [
    'Die Ansprechpartner beim Kunden und was jeder freigibt: Klären Sie die Freigabestufen, bevor Sie sie brauchen.',
    'Abteilungen: benachbarte Bereiche, deren Systeme oder Abläufe die Arbeit berührt. Informieren Sie sie früh (Dominoeffekt).',
  ],
  contact: { name: 'Ansprechpartnerin Kunde (Beispiel)', role: 'Product Owner', approves: ['Umfang', 'Budget'] },
  backup: 'Vertretung Kunde (Beispiel)',
  department: { name: 'Buchhaltung (Beispiel)', impact: 'Neues Format für den Rechnungsexport' },
  communication: [
    'Erwartungen von Anfang an klären: ein Kanal, ein fester Rhythmus, wer den Bericht erhält und wer vertritt.',
    'Candor erinnert Sie, wenn der nächste Statusbericht fällig ist.',
  ],
  channel: 'E-Mail',
  phases: [
    'Die Abschnitte eines Kundenprojekts als Checklisten: Punkte in der Candor-Ansicht abhaken oder hier `done: true` setzen.',
  ],
  phase: [
    {
      title: 'Vor Vertragsabschluss',
      why: 'Vor der Unterschrift: den Kunden kennen, das Team aufstellen, die Arbeitsweise vereinbaren.',
      items: [
        'Vollständiges Briefing vom Vertrieb einholen: Was wurde wem versprochen?',
        'Arbeitsweise des Kunden kennenlernen: bevorzugter Kanal, Arbeitszeiten, Entscheider',
        'Team zusammenstellen und Rollen festlegen',
        'Vorgehen vereinbaren (agil oder nicht) und regelmäßige Termine in Zeitplan und Umfang einplanen',
        'Freigabestufen beim Kunden klären: Umfang, Budget, Design',
        'Betroffene Nachbarabteilungen ermitteln und informieren',
      ],
    },
    {
      title: 'Kickoff',
      why: 'Das Kickoff-Meeting: Danach kennen alle den Umfang, den Zeitplan und ihre Aufgaben.',
      items: [
        'Kickoff-Meeting mit beiden Teams abhalten',
        'Umfang und Ablauf durchgehen und schriftlich festhalten, was nicht geht',
        'Zeitplan und Meilensteine teilen, mit Puffer für Freigaben des Kunden',
        'Notfallpläne für bekannte Risiken vereinbaren',
        'Kommunikationsregeln festlegen: Termine, Ansprechpartner, Vertretungen',
        'Rollen und Pflichten auf Kundenseite bestätigen',
      ],
    },
    {
      title: 'Umsetzung',
      why: 'Nach dem Start: klare Zuständigkeiten, automatische Nachverfolgung, der Kunde nie im Unklaren.',
      items: [
        'Jeder Aufgabe eine verantwortliche Person geben, auch den Aufgaben des Kunden',
        'Fortschritt automatisch verfolgen und den Bericht mit dem Kunden teilen',
        'Abstimmungen in festen Abständen halten, auch wenn es wenig Neues gibt',
        'Warnsignale jede Woche prüfen und zu jedem Problem eine Lösung mitbringen',
        'Termine und mögliche Verlängerungen vorausplanen',
        'Laufend testen, nicht erst am Ende',
      ],
    },
    {
      title: 'Abschluss',
      why: 'Projektende: sauber übergeben, feiern, daraus lernen, die Akte schließen.',
      items: [
        'Einführungsplan mit dem Kunden abstimmen',
        'Verständliche Dokumentation übergeben',
        'Den Abschluss mit dem Kunden feiern und um Feedback bitten',
        'Interne Retrospektive durchführen',
        'Erkenntnisse schriftlich festhalten',
        'Projektakte schließen: Zugänge, Rechnungen, Archiv',
      ],
    },
  ],
  milestones: [
    'Die Meilensteine, die der Kunde sieht. `paths` verknüpft einen Meilenstein mit seinem Code (Glob-Muster);',
    '`status`: planned, on-track, at-risk, late oder done.',
  ],
  milestone: ['Kickoff-Meeting (Beispiel)', 'Erste Auslieferung (Beispiel)'],
  areas: [
    'Die Bereiche des Produkts in den Worten des Kunden: Jede Zeile eines Statusberichts trägt den Bereich,',
    'dessen `paths` (Glob-Muster) die meisten ihrer Dateien enthalten.',
  ],
  area: 'Bestellvorgang (Beispiel)',
  tasks: [
    'Was der Kunde beisteuern muss, mit verantwortlicher Person und Termin: Woche für Woche nachhalten.',
    '`status`: open, blocked oder done.',
  ],
  task: 'Beispiel: Zugang zur Testumgebung bereitstellen',
  decisions: [
    'Entscheidungen, die nur der Kunde treffen kann, und wer sie freigeben muss. Beziehen Sie ihn früh ein.',
    '`status`: open, decided oder dropped; das Ergebnis unter `outcome` festhalten.',
  ],
  decision: 'Beispiel: Welchen Zahlungsanbieter nehmen wir?',
  flags: [
    'Warnsignale: Neuland für das Team, eine noch ungetestete Funktion, eine Funktion, die den Kunden verwirrt.',
    'Zu jedem Problem gehört eine Lösung (`mitigation`). Im Code markiert ein Kommentar RED-FLAG(<id>) die Stelle.',
    'Werte für `kind`: untested | unknown-territory | client-confusing | dependency | other; für `severity`: low | medium | high | critical.',
    '`client_visible: true` nimmt das Warnsignal samt Lösung in die Statusberichte an den Kunden auf.',
  ],
  flag: {
    title: 'Beispiel: Zahlungswiederholungen bei Netzausfall ungetestet',
    mitigation: 'Beispiel: Ausfalltests in diesem Sprint; als Rückfallebene Zahlungen manuell erfassen',
  },
};

/** The starter's words in every supported language. */
export const STARTER_TEXT: Record<Language, StarterText> = { en, fr, es, de };
