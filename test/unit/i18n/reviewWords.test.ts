import assert from 'node:assert/strict';
import { LANGUAGES } from '../../../src/core/model/vocabulary';
import { reviewPhrasesFor } from '../../../src/core/draft/reviewPhrases';
import { catalogLeaves, NOT_TEXT } from './catalogLeaves';

// Counts by key and argument position; every other argument is a marked name «argN».
const COUNTS: Record<string, number[]> = { where: [1], 'explain.title': [0] };
const sample = (at: string, i: number): unknown => (COUNTS[at]?.includes(i) ? 7 + i : `«arg${i}»`);
const leaves = (language: (typeof LANGUAGES)[number]) => catalogLeaves(reviewPhrasesFor(language), sample);
// A file name, and a word French shares with English.
const MAY_MATCH = new Set(['explain.sources.mailmap', 'explain.sources.secret']);

describe('the review words (the tech lead’s side of a draft)', () => {
  const english = leaves('en');
  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`has every ${language} text, keeping the arguments English keeps, written in ${language}`, () => {
      const other = leaves(language);
      assert.deepEqual([...other.keys()], [...english.keys()]);
      for (const [at, text] of other) {
        assert.ok(!text.startsWith(NOT_TEXT) && text.trim() !== '', `${language} ${at}`);
        for (const arg of english.get(at)!.match(/«arg\d»|\b\d+\b/g) ?? [])
          assert.ok(text.includes(arg), `${language} ${at} keeps ${arg}: ${text}`);
        if (!MAY_MATCH.has(at)) assert.notEqual(text, english.get(at), `${language} ${at} reads as in English`);
      }
    });
  }
});
