import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { check } from '../../../src/cli/check';
import { validateGlob } from '../../../src/core/globCheck';
import { linkFlags } from '../../../src/core/flags/link';
import { en, wordsFor } from '../../../src/core/i18n';
import { loadProject } from '../../../src/core/model/load';
import type { RedFlag } from '../../../src/core/model/schema';
import { toggleChecklistEdit } from '../../../src/core/model/toggle';
import type { Issue } from '../../../src/core/result';
import { readProjectFile } from '../../../src/node/projectFile';
import { removeTempDirs, runCommand, tempDir } from '../cli/harness';

const MALFORMED = path.join(__dirname, '../../fixtures/malformed');
const corpus = fs
  .readdirSync(MALFORMED)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const read = (name: string) => fs.readFileSync(path.join(MALFORMED, name), 'utf8');
const places = (issues: readonly Issue[]) =>
  issues.map((i) => [i.line, i.column, i.endLine, i.endColumn, i.severity, i.path.join('.')]);
const messages = (issues: readonly Issue[]) => issues.map((i) => i.message);

const BROKEN = `version: 1
project: { name: Acme Portal, client: Acme Corp, colour: blue }
phases:
  - { id: build, title: Build, checklist: [] }
milestones:
  - { id: beta, title: Beta, due: 2026-13-45, status: soon }
red_flags:
  - { id: retries, severity: high, kind: untested }
`;

describe('problem messages in the UI language', () => {
  it('are English, word for word, when no words are given', () => {
    assert.deepEqual(loadProject(BROKEN), loadProject(BROKEN, en.problems));
    assert.deepEqual(messages(loadProject(BROKEN).issues), [
      'Unknown key "colour" in project: check its spelling and indentation.',
      'milestones[0].due must be a real date written YYYY-MM-DD, like 2026-11-20.',
      'milestones[0].status must be one of: planned, on-track, at-risk, late, done.',
      'Missing red_flags[0].title in red_flags[0].',
    ]);
  });

  it('are French at the same lines and columns as in English', () => {
    const english = loadProject(BROKEN);
    const french = loadProject(BROKEN, wordsFor('fr').problems);
    assert.deepEqual(places(french.issues), places(english.issues));
    assert.deepEqual(messages(french.issues), [
      'Clé inconnue « colour » dans project : vérifiez son orthographe et son indentation.',
      'milestones[0].due doit être une date réelle au format AAAA-MM-JJ, comme 2026-11-20.',
      'milestones[0].status doit valoir l’une de ces valeurs : planned, on-track, at-risk, late, done.',
      'Champ red_flags[0].title manquant dans red_flags[0].',
    ]);
  });

  for (const lang of ['fr', 'es', 'de'] as const) {
    it(`rewords every file of the malformed corpus in ${lang}, at the same places, leaving no English sentence`, () => {
      const words = wordsFor(lang).problems;
      for (const name of corpus) {
        const english = loadProject(read(name));
        const other = loadProject(read(name), words);
        assert.equal(other.ok, english.ok, name);
        assert.deepEqual(places(other.issues), places(english.issues), name);
        other.issues.forEach((issue, i) =>
          assert.notEqual(issue.message, english.issues[i]!.message, `${name}: "${issue.message}" is still English`),
        );
      }
    });
  }

  it('says the duplicate id, the unknown phase and the type expected in Spanish and German', () => {
    const duplicate =
      'version: 1\nproject: { name: A, client: B }\nphases:\n  - { id: a, title: A, checklist: [] }\n  - { id: a, title: B, checklist: [] }\n';
    assert.deepEqual(messages(loadProject(duplicate, wordsFor('es').problems).issues), [
      'Id "a" duplicado: los ids deben ser únicos dentro de su lista.',
    ]);
    const phase = 'version: 1\nproject: { name: A, client: B, phase: ship }\n';
    assert.deepEqual(messages(loadProject(phase, wordsFor('de').problems).issues), [
      'Die Phase „ship“ steht nicht in phases (keine definiert).',
    ]);
    const list = 'version: 1\nproject: { name: A, client: B }\nphases: nope\n';
    assert.deepEqual(messages(loadProject(list, wordsFor('de').problems).issues), ['phases muss eine Liste sein.']);
  });

  it('says a YAML syntax error in plain words of the language, and sizes in the language’s units', () => {
    const [syntax] = loadProject('version: 1\nproject: [\n', wordsFor('fr').problems).issues;
    assert.match(syntax!.message, /^Un « \[ » ou un « \{ » ouvert plus haut n’est pas fermé/);
    const big = `version: 1\nproject: { name: A, client: B }\n#${'x'.repeat(300 * 1024)}\n`;
    assert.equal(
      loadProject(big, wordsFor('fr').problems).issues[0]!.message,
      'project.yaml pèse 300 Ko : au-delà de 256 Ko, il ralentit chaque vue.',
    );
    assert.equal(wordsFor('de').problems.size(2.5 * 1024 * 1024), '2,5 MB');
    assert.equal(en.problems.size(2.5 * 1024 * 1024), '2.5 MB');
  });

  it('words marker warnings and glob issues in the UI language', () => {
    const flags: RedFlag[] = [
      {
        id: 'pay',
        title: 'Payments',
        kind: 'untested',
        severity: 'high',
        client_visible: false,
        status: 'open',
        paths: ['../secrets/**', 'src/**'],
      },
    ];
    const input = {
      flags,
      files: ['src/a.ts'],
      markers: [{ id: 'nope', note: '', line: 3, column: 4, file: 'src/a.ts' }],
    };
    const english = linkFlags(input);
    assert.equal(
      english.warnings[0]!.message,
      'Unknown red flag "nope": add it to red_flags in project.yaml or fix the id.',
    );
    assert.equal(
      english.globIssues[0]!.message,
      '"../secrets/**": This path contains "..": paths must stay inside the workspace.',
    );
    const german = linkFlags(input, wordsFor('de').problems);
    assert.deepEqual({ ...german.warnings[0]!, message: '' }, { ...english.warnings[0]!, message: '' });
    assert.equal(
      german.warnings[0]!.message,
      'Unbekanntes Warnsignal „nope“: Tragen Sie es unter red_flags in project.yaml ein oder korrigieren Sie die ID.',
    );
    assert.equal(
      german.globIssues[0]!.message,
      '„../secrets/**“: Dieser Pfad enthält „..“: Pfade müssen innerhalb des Arbeitsbereichs bleiben.',
    );
    assert.deepEqual(validateGlob('~/x', wordsFor('es').problems), {
      ok: false,
      message: 'Esta ruta empieza por "~": escríbela relativa a la carpeta del espacio de trabajo.',
    });
    assert.deepEqual(validateGlob('/etc/passwd'), {
      ok: false,
      message: 'This path is an absolute path: write it relative to the workspace folder.',
    });
  });

  it('refuses a tick in the UI language', () => {
    const text =
      'version: 1\nproject: { name: A, client: B }\nphases:\n  - { id: build, title: Build, checklist: [{ id: a, text: A }] }\n';
    const gone = toggleChecklistEdit(text, { phase: 'build', item: 'zz', seen: false }, wordsFor('es').problems);
    assert.deepEqual(messages(gone.issues), ['El elemento "zz" de la fase "build" ya no está en project.yaml.']);
    const changed = toggleChecklistEdit(text, { phase: 'build', item: 'a', seen: true });
    assert.deepEqual(messages(changed.issues), [
      'project.yaml changed since the tree was drawn: the tree has been refreshed, try again.',
    ]);
  });
});

describe('the CLI’s problem lines in the terminal’s language', () => {
  after(removeTempDirs);

  it('prints file:line:col lines with French messages under a French locale, and English ones without a locale', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'project.yaml'), BROKEN);
    const french = await runCommand(check, [], { cwd: dir, env: { LANG: 'fr_FR.UTF-8' } });
    const english = await runCommand(check, [], { cwd: dir });
    assert.equal(french.code, 1);
    assert.match(french.stdout, /^project\.yaml:2:50: error: Clé inconnue « colour » dans project : vérifiez/);
    assert.match(english.stdout, /^project\.yaml:2:50: error: Unknown key "colour" in project: check/);
    assert.deepEqual(
      french.stdout.split('\n').map((l) => l.split(': ')[0]),
      english.stdout.split('\n').map((l) => l.split(': ')[0]),
    );
  });

  it('says in German that there is no project.yaml', async () => {
    const missing = await readProjectFile(path.join(tempDir(), 'project.yaml'), wordsFor('de').problems);
    assert.deepEqual(messages(missing.issues), [
      'hier gibt es keine project.yaml: Führen Sie „candor init“ aus, um eine zu erstellen.',
    ]);
  });
});
