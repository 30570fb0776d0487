import assert from 'node:assert/strict';
import { loadProject } from '../../../src/core/model/load';
import type { ProjectFile } from '../../../src/core/model/schema';
import { draftReminder } from '../../../src/core/reminder';

const YAML = `version: 1
project: { name: Acme Portal, client: Acme Corp, language: fr }
team:
  - { name: Paul Martin, aliases: [pmartin] }
client:
  contacts:
    - { name: Jeanne Dupont, role: Product owner }
communication: { cadence: weekly, day: thursday, contact: Jeanne Dupont }
client_tasks:
  - { id: keys, title: Clés API de production (voir avec Paul Martin), due: 2026-11-20 }
  - { id: logo, title: "Logo\\nen haute définition", due: 2026-11-25, status: blocked }
  - { id: far, title: Signer la commande d’hébergement, due: 2026-12-20 }
  - { id: done, title: Maquettes, due: 2026-11-10, status: done }
  - { id: undated, title: Charte graphique }
`;

function load(text: string): ProjectFile {
  const loaded = loadProject(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value.file;
}

describe('the client reminder', () => {
  it('lists what is overdue or due before the next call, with dates, politely, in the client’s language', () => {
    const r = draftReminder({ project: load(YAML), today: '2026-11-24', lastUpdate: '2026-11-19' });
    assert.deepEqual(r.items, [
      { id: 'keys', due: '2026-11-20', overdue: true },
      { id: 'logo', due: '2026-11-25', overdue: false },
    ]);
    assert.equal(r.nextCall, '2026-11-26');
    assert.equal(r.subject, 'Acme Portal : quelques éléments de votre côté');
    assert.equal(
      r.text,
      [
        'Bonjour Jeanne Dupont,',
        '',
        'En vue de notre prochain échange le 26 novembre 2026, voici ce dont nous avons encore besoin de votre côté :',
        '',
        '- Clés API de production (voir avec l’équipe) (prévu pour le 20 novembre 2026)',
        '- Logo en haute définition (d’ici le 25 novembre 2026)',
        '',
        'Si certains éléments sont déjà en route, ne tenez pas compte de ce message. Merci, et n’hésitez pas à nous dire si nous pouvons vous aider.',
        '',
        'Bien cordialement,',
        'L’équipe Acme Portal',
        '',
      ].join('\n'),
    );
    assert.doesNotMatch(r.text, /Paul|Martin|blocked|bloqué/);
    assert.equal(r.redactions, 1);
  });

  it('is written in each language on request, with the dates that language writes', () => {
    const project = load(YAML);
    const words = {
      en: ['Hello Jeanne Dupont,', '(planned for 20 November 2026)', 'The Acme Portal team'],
      es: ['Hola, Jeanne Dupont:', '(previsto para el 20 de noviembre de 2026)', 'El equipo de Acme Portal'],
      de: ['Hallo Jeanne Dupont,', '(geplant für den 20. November 2026)', 'Ihr Acme Portal-Team'],
    } as const;
    for (const [language, expected] of Object.entries(words)) {
      const r = draftReminder({ project, today: '2026-11-24', lastUpdate: '2026-11-19', language: language as 'en' });
      for (const text of expected) assert.ok(r.text.includes(text), `${language}: ${text}\n${r.text}`);
    }
  });

  it('has no message when nothing is overdue or due before the call', () => {
    const r = draftReminder({ project: load(YAML), today: '2026-11-05', lastUpdate: '2026-11-04' });
    assert.deepEqual(r.items, []);
    assert.equal(r.text, '');
  });

  it('gives no call date when project.yaml agrees no call day, and still lists what is overdue', () => {
    const project = load(YAML.replace(/communication: .*\n/, ''));
    const r = draftReminder({ project, today: '2026-11-24', language: 'en' });
    assert.match(r.text, /^Hello,\n\nHere is a short list of what we still need from your side:\n\n- /);
    assert.deepEqual(
      r.items.map((i) => i.id),
      ['keys', 'logo'],
    );
  });
});
