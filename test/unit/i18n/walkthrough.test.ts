import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../../..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as unknown;
const LANGS = ['fr', 'es', 'de'] as const;

type Step = { id: string; media: { markdown?: string } };
const manifest = read('package.json') as { contributes: { walkthroughs: { steps: Step[] }[] } };
const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps);
const bundle = (lang: string) =>
  read(lang === 'en' ? 'package.nls.json' : `package.nls.${lang}.json`) as Record<string, string>;
const headingOf = (file: string) => /^# (.+)$/m.exec(fs.readFileSync(path.join(root, file), 'utf8'))?.[1];

describe('the walkthrough pages, in every language', () => {
  it('takes every step page from package.nls, %walkthrough.<step>.media%', () => {
    assert.ok(steps.length >= 4);
    assert.deepEqual(
      steps.filter((s) => s.media.markdown !== `%walkthrough.${s.id}.media%`).map((s) => s.id),
      [],
    );
  });

  it('has every page of media/walkthrough in English and in each language folder', () => {
    const english = fs
      .readdirSync(path.join(root, 'media/walkthrough'))
      .filter((f) => f.endsWith('.md'))
      .sort();
    assert.deepEqual(english, steps.map((s) => `${s.id}.md`).sort());
    for (const lang of LANGS)
      assert.deepEqual(fs.readdirSync(path.join(root, 'media/walkthrough', lang)).sort(), english, lang);
  });

  for (const lang of ['en', ...LANGS]) {
    it(`package.nls${lang === 'en' ? '' : `.${lang}`}.json points each step at an existing page of its language`, () => {
      const nls = bundle(lang);
      for (const { id } of steps) {
        const file = nls[`walkthrough.${id}.media`];
        assert.equal(file, `media/walkthrough/${lang === 'en' ? '' : `${lang}/`}${id}.md`, id);
        assert.ok(fs.statSync(path.join(root, file)).isFile(), file);
      }
    });
  }

  for (const lang of LANGS) {
    it(`${lang}: every page is translated (its heading differs from English) and keeps the English page's code blocks' keys`, () => {
      for (const { id } of steps) {
        const en = `media/walkthrough/${id}.md`;
        const page = `media/walkthrough/${lang}/${id}.md`;
        assert.ok(headingOf(page) && headingOf(page) !== headingOf(en), `${page}: ${headingOf(page)}`);
        // project.yaml keys and marker syntax are not translated: the same YAML keys and RED-FLAG ids in every language.
        const keys = (file: string) =>
          [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/^\s*-?\s*([a-z_]+):|RED-FLAG\([a-z-]+\)/gm)].map(
            (m) => m[0].trim(),
          );
        assert.deepEqual(keys(page), keys(en), page);
      }
    });
  }
});
