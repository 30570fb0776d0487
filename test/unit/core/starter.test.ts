import assert from 'node:assert/strict';
import { pickLanguage } from '../../../src/core/locale';
import { loadProject } from '../../../src/core/model/load';
import { LANGUAGES } from '../../../src/core/model/vocabulary';
import { STARTER_PHASES, starterProject } from '../../../src/core/starter';

const today = new Date('2026-11-27T10:00:00Z');
/**
 * Folder names (a starter is named after its folder) that YAML would read as something other than that text:
 * numbers, booleans, null, indicators, comments, escapes, control characters, separators.
 */
const MISREAD_NAMES = [
  '123',
  '1.0',
  '0x1F',
  '0o17',
  '1e3',
  '+1',
  '-1',
  '.inf',
  '-.Inf',
  '.NaN',
  '1_000',
  '2026-11-29',
  '12:30',
  'true',
  'False',
  'TRUE',
  'null',
  'Null',
  '~',
  'yes',
  'no',
  'on',
  'off',
  '- x',
  'a: b',
  '#x',
  'a #b',
  '? x',
  '---',
  '...',
  '[draft]',
  '{a}',
  '&anchor',
  '*alias',
  '!tag',
  '%dir',
  '@at',
  '`tick`',
  '|',
  '>',
  '"quoted"',
  "'single'",
  'a, b',
  'Acme: phase 2',
  'back\\slash',
  'tab\there',
  'a\u007fb',
  'x\u0085y',
  'line\u2028sep',
  'bell\u0007',
  'é-ü 東京',
  'two  spaces',
];
const PLACEHOLDER = { en: /example/i, fr: /exemple/i, es: /ejemplo/i, de: /Beispiel/ };

describe('the starter project.yaml', () => {
  for (const lang of LANGUAGES) {
    describe(`in ${lang}`, () => {
      const text = starterProject(lang, { name: 'Acme Portal', today });
      const loaded = loadProject(text);

      it('loads without a single issue', () => {
        assert.deepEqual(loaded.issues, []);
        assert.ok(loaded.ok);
      });

      it('has the four phases with about six checklist items each, none done', () => {
        assert.ok(loaded.ok);
        const phases = loaded.value.file.phases;
        assert.deepEqual(
          phases.map((p) => p.id),
          STARTER_PHASES.map((p) => p.id),
        );
        for (const phase of phases) {
          assert.equal(phase.checklist.length, 6, phase.id);
          assert.ok(phase.checklist.every((c) => !c.done && c.text.length > 10));
        }
      });

      it('writes client drafts in its own language and starts in pre-signing', () => {
        assert.ok(loaded.ok);
        assert.equal(loaded.value.file.project.language, lang);
        assert.equal(loaded.value.file.project.phase, 'pre-signing');
        assert.equal(loaded.value.file.project.name, 'Acme Portal');
      });

      it('carries sample entries that are obviously placeholders', () => {
        assert.ok(loaded.ok);
        const f = loaded.value.file;
        const samples = [
          f.client_tasks[0]?.title,
          f.red_flags[0]?.title,
          f.decisions[0]?.question,
          f.milestones[0]?.title,
          f.areas?.[0]?.name,
          f.team[0]?.name,
          f.client.contacts[0]?.name,
        ];
        for (const sample of samples) assert.match(sample ?? '', PLACEHOLDER[lang]);
        assert.ok(f.red_flags[0]?.mitigation, 'the sample flag brings its solution');
      });

      it('shows the marker syntax without writing a marker that a code scan would pick up', () => {
        assert.match(text, /RED-FLAG\(<id>\)/);
        assert.doesNotMatch(text, /RED-FLAG\(\s*[A-Za-z0-9]/);
      });

      it('explains each section in a comment just above it', () => {
        for (const key of [
          'project',
          'team',
          'client',
          'communication',
          'phases',
          'milestones',
          'areas',
          'client_tasks',
          'decisions',
          'red_flags',
        ]) {
          assert.match(text, new RegExp(`# [^\\n]+\\n${key}:`), key);
        }
      });
    });
  }

  it('writes each language natively rather than leaving English behind', () => {
    const en = starterProject('en', { today });
    for (const lang of ['fr', 'es', 'de'] as const) {
      const other = starterProject(lang, { today });
      const shared = en.split('\n').filter((line) => line.startsWith('#') && other.includes(line));
      assert.deepEqual(shared, [], `${lang} reuses English comments`);
    }
  });

  it('dates the samples a few weeks after the day it is created', () => {
    const loaded = loadProject(starterProject('en', { today }));
    assert.ok(loaded.ok);
    assert.equal(loaded.value.file.client_tasks[0]?.due, '2026-12-04');
    assert.equal(loaded.value.file.milestones[0]?.due, '2026-12-11');
  });

  it('writes a file that loads, with the name as given, for every folder name YAML could misread, in every language', () => {
    for (const lang of LANGUAGES) {
      for (const name of MISREAD_NAMES) {
        const loaded = loadProject(starterProject(lang, { name, client: name, today }));
        assert.ok(loaded.ok, `${lang} ${JSON.stringify(name)}: ${JSON.stringify(loaded.issues)}`);
        assert.deepEqual(loaded.issues, [], `${lang} ${JSON.stringify(name)}`);
        assert.equal(loaded.value.file.project.name, name);
        assert.equal(loaded.value.file.project.client, name);
      }
    }
  });

  it('keeps plain names plain, for a non-programmer to read', () => {
    const text = starterProject('en', { name: 'Acme Portal 2.0 (beta)', today });
    assert.match(text, /^ {2}name: Acme Portal 2\.0 \(beta\)$/m);
  });
});

describe('picking the starter language', () => {
  it('takes the primary subtag of a VS Code display language', () => {
    assert.equal(pickLanguage('fr-CA'), 'fr');
    assert.equal(pickLanguage('de'), 'de');
    assert.equal(pickLanguage('es-419'), 'es');
    assert.equal(pickLanguage('EN-gb'), 'en');
  });

  it('reads POSIX locales from LANG and LC_ALL', () => {
    assert.equal(pickLanguage('fr_FR.UTF-8'), 'fr');
    assert.equal(pickLanguage('de_AT@euro'), 'de');
  });

  it('falls back to English for anything else', () => {
    for (const tag of ['ja', 'pt-br', 'C', 'POSIX', '', 'zh-tw', 'french']) assert.equal(pickLanguage(tag), 'en', tag);
  });
});
