import fs from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../../src/core/model/load';
import type { ProjectFile } from '../../../src/core/model/schema';
import type { HistoryEntry } from '../../../src/core/report/model';

export const EXAMPLE = path.join(__dirname, '../../../examples/acme-portal');

/** project.yaml text → its file, or a failed assertion with the issues. */
export function projectOf(text: string): ProjectFile {
  const loaded = loadProject(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value.file;
}

/** The example's project.yaml. */
export function exampleProject(): ProjectFile {
  return projectOf(fs.readFileSync(path.join(EXAMPLE, 'project.yaml'), 'utf8'));
}

/** Two saved updates as a team would keep them, with a name, an address, a handle and an internal link left in by hand. */
export const EXAMPLE_HISTORY: HistoryEntry[] = [
  {
    name: '2026-11-19.md',
    markdown: `# Portail Acme : point d'avancement, 19 novembre 2026

Période : du 12 au 19 novembre 2026.

## Livré

- Nouveau tunnel de commande : étape adresse
- Export des factures : première version du CSV

## Risques et comment nous les gérons

- Relances de paiement non testées : tests de coupure réseau cette semaine
`,
  },
  {
    name: '2026-11-26.md',
    markdown: `# Portail Acme : point d'avancement, 26 novembre 2026

Période : du 19 au 26 novembre 2026.

## Livré

- Paiement : relance automatique après un refus, reprise par Paul Martin (voir https://jira.lumen.example/browse/PAY-12, ping @pmartin)
- Codes promo : <script>alert(1)</script> affichage du cumul, écrire à sophie.garnier@lumen.example
- Tableau de bord : [détails](http://grafana.lumen.internal/d/42)

## En attente de votre part

- Fournir les clés API de production, avec Claire Moreau
`,
  },
  { name: 'notes.md', markdown: 'Not an update: never on the page.' },
];

/** Every string that must never reach the client's page of the example. */
export function exampleSecrets(project: ProjectFile): string[] {
  const team = project.team.flatMap((m) => [m.name, ...(m.aliases ?? [])]);
  const internal = project.red_flags.filter((f) => !f.client_visible).map((f) => f.title);
  return [
    ...team,
    ...internal,
    '@pmartin',
    'lumen.example',
    'jira.',
    'grafana',
    'src/payments',
    'src/',
    'coverage',
    '<script>',
    'invoice-export',
    'address-validation',
  ];
}
