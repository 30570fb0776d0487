import assert from 'node:assert/strict';
import { findMarkers } from '../../../src/core/markers';
import { hostileMarkerTexts } from '../../fixtures/hostile/markerTexts';

describe('finding markers in hostile files', () => {
  const corpus = hostileMarkerTexts();

  it('has at least 20 texts, each under 1 MB', () => {
    assert.ok(corpus.length >= 20);
    for (const { name, text } of corpus) assert.ok(Buffer.byteLength(text) < 1_000_000, name);
  });

  for (const { name, text, markers } of corpus) {
    it(`finds ${markers} markers in ${name}`, () => {
      assert.equal(findMarkers(text).length, markers);
    });
  }
});
