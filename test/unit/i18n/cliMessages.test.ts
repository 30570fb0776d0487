import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { check } from '../../../src/cli/check';
import { usage } from '../../../src/cli/commands';
import { describeReports, formatFlags } from '../../../src/cli/flagReport';
import type { FlagLink, LinkResult } from '../../../src/core/flags/link';
import type { FlagAnalysis } from '../../../src/node/flagAnalysis';
import { init } from '../../../src/cli/init';
import { cliCatalogs, cliLanguage, cliMessages } from '../../../src/cli/messages';
import { removeTempDirs, runCommand, tempDir } from '../cli/harness';
import { catalogLeaves, NOT_TEXT } from './catalogLeaves';

const leaves = (value: unknown) => catalogLeaves(value, sample);
const COUNT_ARGS = /problems|report\.written|under|cannotShow|allCovered|unmapped|malformed|clipped|andMore/;
const sample = (at: string, i: number): unknown => (COUNT_ARGS.test(at) ? 7 + i : `«arg${i}»`);

// Texts that read differently in every language: an English copy of one is a forgotten translation.
const MUST_DIFFER = [
  'usage',
  'check.valid',
  'check.minCoverageRange',
  'flags.noReport',
  'flags.none',
  'flags.clipped',
  'init.exists',
  'help.check',
  'help.brief',
];

function projectDir(text: string): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'project.yaml'), text);
  return dir;
}
const VALID = 'version: 1\nproject: { name: Acme Portal, client: Acme Corp }\n';

describe('the CLI messages', () => {
  after(removeTempDirs);
  const english = leaves(cliCatalogs.en);

  for (const lang of ['fr', 'es', 'de'] as const) {
    describe(lang, () => {
      const words = leaves(cliCatalogs[lang]);

      it('has exactly the keys of English, each of the same shape', () => {
        assert.deepEqual(
          [...english.keys()].filter((k) => !words.has(k)),
          [],
          'missing',
        );
        assert.deepEqual(
          [...words.keys()].filter((k) => !english.has(k)),
          [],
          'not in English',
        );
      });

      it('has no empty text, and keeps the numbers, names and command syntax it is given', () => {
        for (const [key, text] of words) {
          assert.ok(text.trim() && !text.startsWith(NOT_TEXT), `${key}: empty or not a text`);
          for (const arg of (english.get(key) ?? '').match(/«arg\d»|\b\d+\b/g) ?? [])
            assert.ok(text.includes(arg), `${key}: "${text}" lacks ${arg}`);
          if (key.startsWith('help.'))
            assert.ok(text.startsWith(english.get(key)!.split(/\s{2,}/)[0]!), `${key}: the syntax column changed`);
        }
      });

      it('translates the texts that cannot read the same as in English', () => {
        assert.deepEqual(
          MUST_DIFFER.filter((k) => words.get(k) === english.get(k)),
          [],
        );
      });
    });
  }

  it('takes the language from LC_ALL, then LC_MESSAGES, then LANG, and falls back to English', () => {
    assert.equal(cliLanguage({ LC_ALL: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR', LANG: 'es_ES.UTF-8' }), 'de');
    assert.equal(cliLanguage({ LC_ALL: '', LC_MESSAGES: 'fr_FR', LANG: 'es_ES.UTF-8' }), 'fr');
    assert.equal(cliLanguage({ LANG: 'es_ES.UTF-8' }), 'es');
    assert.equal(cliLanguage({ LANG: 'pt_BR.UTF-8' }), 'en');
    assert.equal(cliLanguage({ LANG: 'C.UTF-8' }), 'en');
    assert.equal(cliLanguage({}), 'en');
  });

  it('prints the help in the terminal’s language, the command names and options unchanged', () => {
    assert.match(
      usage(cliCatalogs.de),
      /^Aufruf: candor <Befehl> \[Optionen\]\n\n {2}init +init \[dir\] \[--lang fr\] {2}schreibt/,
    );
    assert.match(usage(cliCatalogs.en), /^usage: candor <command> \[options\]\n/);
  });

  it('says "valid" in French under a French locale, and keeps the file:line:col form of problem lines', async () => {
    const ok = await runCommand(check, [], { cwd: projectDir(VALID), env: { LANG: 'fr_FR.UTF-8' } });
    assert.deepEqual(ok, { code: 0, stdout: 'project.yaml: valide\n', stderr: '' });
    const bad = await runCommand(check, [], {
      cwd: projectDir(`${VALID}colour: blue\n`),
      env: { LC_ALL: 'es_ES.UTF-8' },
    });
    assert.match(bad.stdout, /^project\.yaml:3:1: error: Clave desconocida "colour": .*\nproject\.yaml: 1 problema\n$/);
  });

  it('explains a usage error in German', async () => {
    const run = await runCommand(check, ['--min-coverage', '50'], {
      cwd: projectDir(VALID),
      env: { LANG: 'de_DE.UTF-8' },
    });
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      'candor check: --min-coverage gehört zu --fail-on untested-high\nAufruf: candor check [dir] [--fail-on untested-high [--min-coverage 60]]\n',
    );
  });

  it('reports red flags in Spanish, the values of project.yaml and the warning lines unchanged', () => {
    const { m, words } = cliMessages({ LANG: 'es_ES.UTF-8' });
    const link: FlagLink = {
      flag: { id: 'pay', title: 'Payments', kind: 'untested', severity: 'high', client_visible: false, status: 'open' },
      index: 0,
      files: ['src/pay.ts'],
      markers: [],
      status: 'no-report',
      uncovered: [],
      untestedGuess: ['src/pay.ts'],
    };
    const analysis = { coverage: { reports: [], unmapped: 0, malformed: 0 } } as unknown as FlagAnalysis;
    assert.match(describeReports(analysis, m), /^cobertura: no se encontró ningún informe/);
    const text = formatFlags(
      {
        flags: [link],
        warnings: [{ file: 'a.ts', line: 2, column: 4, message: 'm' }],
        globIssues: [],
      } as unknown as LinkResult,
      () => 1,
      m,
      words.flags,
    );
    assert.equal(
      text,
      '[high] pay: Payments\n  cobertura: sin informe de cobertura\n  estimación (sin informe): ningún archivo de prueba correspondiente para src/pay.ts\n  archivos: src/pay.ts\na.ts:2:4: warning: m\n',
    );
    assert.equal(
      formatFlags({ flags: [], warnings: [], globIssues: [] }, () => 1, m, words.flags),
      'no hay alertas en project.yaml\n',
    );
  });

  it('tells in French that project.yaml already exists', async () => {
    const run = await runCommand(init, [], { cwd: projectDir(VALID), env: { LANG: 'fr_FR.UTF-8' } });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^candor init: project\.yaml existe déjà/);
  });
});
