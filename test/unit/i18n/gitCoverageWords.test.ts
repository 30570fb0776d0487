import assert from 'node:assert/strict';
import { COVERAGE, GIT } from '../../../src/core/lang';
import { catalogLeaves, NOT_TEXT } from './catalogLeaves';

// Counts where English takes a number (a size of 1.5 MB, written 1,5 elsewhere); names (marked «…») elsewhere.
const COUNT_ARGS = /refused\.(tooLong|days)|run\.(timeout|exitCode)|goTooManyLines|skipped|parserStopped/;
const sample = (at: string, i: number): unknown =>
  at === 'size' ? 1_572_864 : COUNT_ARGS.test(at) && i === 0 ? 12_345 : `«arg${i}»`;
const leaves = (value: unknown) => catalogLeaves(value, sample);

for (const [family, table] of [
  ['git', GIT],
  ['coverage', COVERAGE],
] as const) {
  describe(`the ${family} words of every language`, () => {
    const english = leaves(table.en);
    for (const lang of ['fr', 'es', 'de'] as const) {
      const words = leaves(table[lang]);
      it(`${lang}: every text is there, keeps its values, and is not the English one`, () => {
        assert.deepEqual([...words.keys()], [...english.keys()]);
        for (const [key, text] of words) {
          assert.ok(text.trim() !== '' && !text.startsWith(NOT_TEXT), `${lang} ${key}`);
          assert.notEqual(text, english.get(key), `${lang} ${key} is still English`);
          for (const value of english.get(key)!.match(/«arg\d»/g) ?? [])
            assert.ok(text.includes(value), `${lang} ${key}`);
        }
      });
    }
  });
}
