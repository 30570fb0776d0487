import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { brief } from '../../../src/cli/brief';
import { reminder } from '../../../src/cli/reminder';
import { makeTemp, removeTemp } from '../node/gitRepos';
import { runCommand } from './harness';

const YAML = `version: 1
project: { name: Acme Portal, client: Acme Corp, language: fr }
team:
  - { name: Paul Martin }
communication: { cadence: weekly, day: thursday, contact: Jeanne Dupont }
client_tasks:
  - { id: keys, title: Clés API (demander à Paul Martin), due: 2026-11-20 }
  - { id: far, title: Bon de commande, due: 2026-12-20 }
`;

describe('candor reminder', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTemp('reminder');
    fs.writeFileSync(path.join(dir, 'project.yaml'), YAML);
    fs.mkdirSync(path.join(dir, 'status'));
    fs.writeFileSync(path.join(dir, 'status/2026-11-19.md'), '# Point\n');
  });
  afterEach(() => removeTemp(dir));
  const run = (args: string[], today = '2026-11-24', env: Record<string, string> = {}) =>
    runCommand(reminder, args, { env: { CANDOR_TODAY: today, ...env } });

  it('prints the reminder in the client’s language, without team names, and exits 0', async () => {
    const r = await run([dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Subject: Acme Portal : quelques éléments de votre côté\n\nBonjour Jeanne Dupont,\n/);
    assert.match(r.stdout, /prochain échange le 26 novembre 2026/);
    assert.match(r.stdout, /- Clés API \(demander à l’équipe\) \(prévu pour le 20 novembre 2026\)\n/);
    assert.doesNotMatch(r.stdout, /Paul|Bon de commande/);
    const en = await run([dir, '--lang', 'en'], '2026-11-24', { LANG: 'de_DE.UTF-8' });
    assert.match(en.stdout, /^Betreff: Acme Portal: a few items from your side\n\nHello Jeanne Dupont,\n/);
  });

  it('says there is nothing to send, on stderr, when nothing is overdue or due before the call', async () => {
    const r = await run([dir], '2026-11-10', { LANG: 'fr_FR.UTF-8' });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      'Rien n’est en retard ni dû avant le prochain appel (12 novembre 2026) : aucun rappel à envoyer.\n',
    );
  });

  it('exits 1 on an invalid project.yaml and 2 on a usage error', async () => {
    fs.writeFileSync(path.join(dir, 'project.yaml'), 'version: 2\n');
    assert.equal((await run([dir])).code, 1);
    assert.equal((await run([dir, '--lang', 'it'])).code, 2);
    assert.equal((await run([dir, 'extra'])).code, 2);
  });
});

describe('candor brief --since/--until', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTemp('brief-range');
    fs.writeFileSync(path.join(dir, 'project.yaml'), YAML);
  });
  afterEach(() => removeTemp(dir));

  it('refuses a range as candor status does, a --since after --until included', async () => {
    const r = await runCommand(brief, [dir, '--since', '2026-11-20', '--until', '2026-11-10', '--no-git']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^candor brief: .*2026-11-20.*2026-11-10/);
    const ok = await runCommand(brief, [dir, '--since', '7d', '--no-git'], { env: { CANDOR_TODAY: '2026-11-24' } });
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(
      ok.stdout,
      /## Agenda for the call\n\n1\. Ask for: Clés API \(demander à Paul Martin\) — 2026-11-20 \(4 days overdue\)/,
    );
  });
});
