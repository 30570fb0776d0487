import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../../..');
const LANGS = ['fr', 'es', 'de'] as const;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

const files = [...sources(path.join(root, 'src/vscode')), path.join(root, 'src/extension.ts')];
const calls = files.flatMap((file) => {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/l10n\.t\(\s*([^\s)])/g)].map((m) => ({
    file: path.relative(root, file),
    at: m.index,
    first: m[1]!,
    text,
  }));
});
/** The message of each `l10n.t('…')` call, read from the source as the string literal it is. */
const messages = new Set(
  calls.flatMap(({ at, text }) => {
    const match = /l10n\.t\(\s*'((?:[^'\\\n]|\\.)*)'/y.exec(text.slice(at));
    return match ? [JSON.parse(`"${match[1]!.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string] : [];
  }),
);
const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

// Words that no translation keeps as in English: an English copy of these is a forgotten translation.
const MUST_DIFFER = [
  'Copy',
  'Open',
  'Last 7 days',
  'Since the last update',
  'No solution proposed yet',
  'This repository has no tags.',
];

describe('the VS Code message bundles (l10n)', () => {
  it('points package.json at the l10n folder', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { l10n?: string };
    assert.equal(manifest.l10n, './l10n');
  });

  it('finds the messages in src/vscode, each one a plain string literal the bundles can key on', () => {
    assert.ok(messages.size > 40, `only ${messages.size} messages found`);
    assert.deepEqual(
      calls.filter((c) => c.first !== "'").map((c) => `${c.file}: l10n.t(${c.first}…`),
      [],
      'l10n.t must take a literal in single quotes',
    );
  });

  for (const lang of LANGS) {
    describe(`l10n/bundle.l10n.${lang}.json`, () => {
      const bundle = JSON.parse(fs.readFileSync(path.join(root, `l10n/bundle.l10n.${lang}.json`), 'utf8')) as Record<
        string,
        string
      >;

      it('translates every l10n.t message of src/vscode', () => {
        assert.deepEqual(
          [...messages].filter((m) => !(m in bundle)),
          [],
        );
      });

      it('has no message that the code no longer uses', () => {
        assert.deepEqual(
          Object.keys(bundle).filter((k) => !messages.has(k)),
          [],
        );
      });

      it('has no empty value and keeps the placeholders of each message', () => {
        for (const [key, value] of Object.entries(bundle)) {
          assert.ok(value.trim(), `${key}: empty`);
          assert.deepEqual(placeholders(value), placeholders(key), key);
        }
      });

      it('translates the strings that cannot read the same as in English', () => {
        assert.deepEqual(
          MUST_DIFFER.filter((k) => bundle[k] === k),
          [],
        );
      });
    });
  }
});
