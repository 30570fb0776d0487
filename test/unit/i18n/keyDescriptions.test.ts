import assert from 'node:assert/strict';
import { DESCRIPTIONS } from '../../../src/core/lang/descriptions';
import { schemaAt } from '../../../src/core/model/schemaPath';

// What a translation keeps as written: `code`, paths and globs (src/payments/**), the marker RED-FLAG(id).
const CODE = /`[^`]+`|\S+\/\S+|RED-FLAG\(id\)/g;

describe('the descriptions of the keys of project.yaml, in every language', () => {
  const english = DESCRIPTIONS.en;

  it('names keys of the format only', () => {
    for (const path of Object.keys(english)) assert.ok(schemaAt(path.split('.')), `${path} is not a key`);
  });

  for (const lang of ['fr', 'es', 'de'] as const) {
    it(`${lang}: describes exactly the English keys, each in ${lang}, keeping the code as written`, () => {
      const catalog = DESCRIPTIONS[lang];
      assert.deepEqual(Object.keys(catalog).sort(), Object.keys(english).sort());
      for (const [key, text] of Object.entries(catalog)) {
        const source = english[key as keyof typeof english];
        assert.ok(text.trim() !== '', `${lang} ${key} is empty`);
        // No description is a proper noun or code alone: each one is a sentence to translate.
        assert.notEqual(text, source, `${lang} ${key} is still English`);
        for (const code of source.match(CODE) ?? []) assert.ok(text.includes(code), `${lang} ${key} lost ${code}`);
      }
    });
  }
});
