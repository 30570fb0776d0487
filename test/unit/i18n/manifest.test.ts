import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../../..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as unknown;
const nls = read('package.nls.json') as Record<string, string>;
const LANGS = ['fr', 'es', 'de'] as const;

/** Every `%key%` placeholder anywhere in the manifest, with the JSON path where it sits. */
function placeholders(value: unknown, at = ''): { key: string; at: string }[] {
  if (typeof value === 'string') {
    const match = /^%([^%\s]+)%$/.exec(value);
    return match ? [{ key: match[1]!, at }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, `${at}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => placeholders(v, at ? `${at}.${k}` : k));
  return [];
}

// Strings that must read differently in every other language: an English copy there is a forgotten translation.
const MUST_DIFFER = [
  'description',
  'view.project.name',
  'viewsWelcome.noProject',
  'command.refresh.title',
  'command.draftStatusUpdate.title',
  'command.prepareForClientCall.title',
  'config.status.language.description',
  'color.uncoveredLineBackground.description',
  'walkthrough.gettingStarted.title',
  'walkthrough.redFlag.title',
];

describe('the manifest translations (package.nls)', () => {
  it('defines in package.nls.json every %key% that package.json uses', () => {
    const used = placeholders(read('package.json'));
    assert.ok(used.length > 20, 'package.json should take its user-facing strings from package.nls.json');
    assert.deepEqual(
      used.filter(({ key }) => !(key in nls)).map(({ key, at }) => `${key} (at ${at})`),
      [],
    );
  });

  it('leaves no command title, setting description, welcome text or walkthrough text written inline in package.json', () => {
    type Walkthrough = { title: string; description: string; steps: { title: string; description: string }[] };
    const manifest = read('package.json') as {
      contributes: {
        commands: { title: string }[];
        viewsWelcome: { contents: string }[];
        walkthroughs?: Walkthrough[];
        configuration: { properties: Record<string, { markdownDescription: string }> };
      };
    };
    const inline = [
      ...manifest.contributes.commands.map((c) => c.title),
      ...manifest.contributes.viewsWelcome.map((w) => w.contents),
      ...(manifest.contributes.walkthroughs ?? []).flatMap((w) => [
        w.title,
        w.description,
        ...w.steps.flatMap((s) => [s.title, s.description]),
      ]),
      ...Object.values(manifest.contributes.configuration.properties).map((p) => p.markdownDescription),
    ].filter((s) => !/^%[^%]+%$/.test(s));
    assert.deepEqual(inline, []);
  });

  for (const lang of LANGS) {
    describe(`package.nls.${lang}.json`, () => {
      const translated = read(`package.nls.${lang}.json`) as Record<string, string>;

      it('has exactly the keys of package.nls.json', () => {
        assert.deepEqual(
          Object.keys(nls).filter((k) => !(k in translated)),
          [],
          'missing',
        );
        assert.deepEqual(
          Object.keys(translated).filter((k) => !(k in nls)),
          [],
          'not in package.nls.json',
        );
      });

      it('has no empty value', () => {
        assert.deepEqual(
          Object.entries(translated)
            .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
            .map(([k]) => k),
          [],
        );
      });

      it('translates the strings that cannot read the same as in English', () => {
        assert.deepEqual(
          MUST_DIFFER.filter((k) => translated[k] === nls[k]),
          [],
        );
      });

      it('keeps the command links of the welcome views and the walkthrough', () => {
        for (const key of Object.keys(nls).filter(
          (k) => k.startsWith('viewsWelcome.') || k.startsWith('walkthrough.'),
        )) {
          const links = (s: string) => [...s.matchAll(/\]\((command:[^)]+)\)/g)].map((m) => m[1]);
          assert.deepEqual(links(translated[key] ?? ''), links(nls[key]!), key);
        }
      });
    });
  }
});
