import assert from 'node:assert/strict';
import fc from 'fast-check';
import { removedWords } from '../../../src/core/draft/explain';
import { RULES } from '../../../src/core/lang';
import { dropDanglingConjunctions } from '../../../src/core/draft/redact';
import { dropLeftovers, tidyText } from '../../../src/core/draft/tidy';

// The draft's cleaning skips work where it cannot change the text; each fast path is checked here against the
// slow path it replaces, kept as the reference, on many generated strings made of the characters that matter.

const EMPTY_BRACKETS = /[[(]\s*[,;:/|-]*\s*[\])]/g;

// tidyText before its fast path: passes until one changes nothing.
function referenceTidyText(text: string): string {
  let out = text.replace(/\s+/g, ' ');
  let previous = '';
  while (previous !== out) {
    previous = out;
    const brackets = /[[()]/.test(out);
    out = (brackets ? out.replace(EMPTY_BRACKETS, emptyBrackets) : out).replace(/\s+/g, ' ').trim();
    out = out
      .replace(/^(?:[\s,;:/|–—-]|\.(?![\w/]))+/, '')
      .replace(/[\s,;:/|–—-]+$/, '')
      .replace(/\s+([,.])(?=\s|$)/g, '$1');
    if (brackets) out = out.replace(/\(\s+/g, '(').replace(/\s+\)/g, ')');
  }
  out = out.replace(/\.$/, '');
  return out.charAt(0).toLocaleUpperCase() + out.slice(1);
}

function emptyBrackets(found: string, at: number, whole: string): string {
  return (found === '()' || found === '[]') && /[\w$]/.test(whole.charAt(at - 1)) ? found : ' ';
}

// removedWords before its fast path on the case and a final dot: every word of `before` looked up in `after`.
function referenceRemovedWords(before: string, after: string): string[] {
  const key = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}#]+|[^\p{L}\p{N}]+$/gu, '');
  const left = new Map<string, number>();
  for (const word of after.split(/\s+/)) left.set(key(word), (left.get(key(word)) ?? 0) + 1);
  return before.split(/\s+/).filter((word) => {
    const k = key(word);
    if (k === '') return false;
    if ((left.get(k) ?? 0) === 0) return true;
    left.set(k, left.get(k)! - 1);
    return false;
  });
}

// Every character one of tidyText's patterns looks at, and a few it does not.
const piece = fc.constantFrom(
  ...[' ', '  ', '\t', '\n', '\u00a0', ',', ';', ':', '/', '|', '–', '—', '-', '.', '(', ')', '[', ']', '$'],
  ...['a', 'é', 'Z', '1', '_', 'fix', ' x ', 'ab.', '.env', './', ' .', ', ', '( ', ' )'],
);
const text = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));

describe('draft: the cleaning fast paths give the slow paths’ text', () => {
  it('tidyText stops after one pass without brackets, as the passes until nothing changes would', () => {
    fc.assert(
      fc.property(text, (s) => assert.equal(tidyText(s), referenceTidyText(s))),
      { numRuns: 20000, seed: 20261130 },
    );
  });

  it('removedWords takes its fast paths (the case, a final dot, words cut at the end) to the word count’s lists', () => {
    const letters = fc.constantFrom(
      ...['a', 'B', 'é', 'É', 'Σ', 'σ', 'ς', 'İ', 'ß', '#', '.', '-', '1', ' ', '\t', 'x.'],
    );
    const words = fc.array(letters, { maxLength: 10 }).map((pieces) => pieces.join(''));
    // Pairs that take a fast path (same text but the case, one dot more, words cut at the end) and pairs that do not.
    const pair = fc.oneof(
      fc
        .tuple(words, fc.boolean(), fc.boolean())
        .map(([w, upper, dot]): [string, string] => [
          `${w}${dot ? '.' : ''}`,
          upper ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1),
        ]),
      fc
        .tuple(words, words, fc.boolean())
        .map(([w, tail, upper]): [string, string] => [
          `${w}${tail}`,
          upper ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1),
        ]),
      fc.tuple(words, words),
    );
    fc.assert(
      fc.property(pair, ([before, after]) =>
        assert.deepEqual(
          removedWords(before, after, 'internal-id').map((r) => r.text),
          referenceRemovedWords(before, after),
        ),
      ),
      { numRuns: 20000, seed: 20261130 },
    );
  });

  it('removedWords counts words when lower-casing moved the positions (İ is two characters in lower case)', () => {
    for (const [before, after] of [
      ['İ a b', 'i\u0307 '],
      ['İx  y', 'i\u0307x'],
    ])
      assert.deepEqual(
        removedWords(before!, after!, 'internal-id').map((r) => r.text),
        referenceRemovedWords(before!, after!),
      );
  });

  it('covers the case that needs a second pass: a leading dot left alone at the end', () => {
    for (const s of ['./', '.env -', '. ./', '.x /', '( ) ./']) assert.equal(tidyText(s), referenceTidyText(s));
    assert.equal(tidyText('./'), '');
  });

  it('drops what removals left (pointer brackets, dangling words, a space before ;:!?) as the former patterns did', () => {
    const every = (list: 'pointers' | 'dangling') =>
      [...new Set(Object.values(RULES).flatMap((rules) => rules[list]))].join('|');
    // The patterns before they were made linear: three runs of separators in one, a run tried from each character,
    // a tail searched from each cut.
    const pointerBracket = new RegExp(
      String.raw`[([][\s\u0000,;:]*(?:${every('pointers')})?[\s\u0000,;:]*\u0000[\s\u0000,;:]*[)\]]`,
      'giu',
    );
    const dangling = new RegExp(
      String.raw`(?:(?:^|[\s,;:(\u0000]+)(?:${every('dangling')}))+(?=[\s\u0000.,;:!?)\]]*$)`,
      'giu',
    );
    const reference = (cut: string) => {
      let out = cut.replace(pointerBracket, '\u0000');
      if (/\u0000[\s\u0000.,;:!?)\]]*$/.test(out)) out = out.replace(dangling, '\u0000');
      return out.replace(/[\s\u0000]*\u0000[\s\u0000]*([;:!?])/g, '$1');
    };
    const token = fc.constantFrom(
      ...['\u0000', '\u0000', ' ', '  ', ',', ';', ':', '!', '?', '.', '(', ')', '[', ']', 'x', 'é', 'fix'],
      ...['refs', 'see', 'Refs', 'voir', 'siehe', 'for', 'for the', 'to', 'pour', 'für', 'and', 'in', '( refs'],
      ...['\t', 'FOR', 'forx', 'x.for', 'for.', 'según', 'und', ' (', 'ſee'],
    );
    const cut = fc.array(token, { maxLength: 14 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(cut, (s) => assert.equal(dropLeftovers(s), reference(s))),
      { numRuns: 20000, seed: 20261130 },
    );
  });
});

describe('draft: dangling conjunctions read from the end give the former pattern’s text', () => {
  // The pattern before it was made linear: tried from every conjunction of a run.
  const former =
    /(?:(?:[ \t]*[,;])?[ \t]*(?<![\p{L}\p{N}])(?:and|or|et|ou|y|o|und|oder)(?![\p{L}\p{N}]))+(?=[ \t]*(?:[,.;:)]|$))/gimu;
  it('on generated lines of conjunctions, separators, stops and words', () => {
    const token = fc.constantFrom(
      ...[' ', ' ', '\t', ',', ';', '.', ':', ')', '\n', 'and', 'AND', 'or', 'y', 'o', 'und', 'oder', 'et', 'ou'],
      ...['x', 'band', 'andy', '1', 'é', '𝐀', 'o1', '_', 'Ünd', '-'],
    );
    const line = fc.array(token, { maxLength: 16 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(line, (s) => assert.equal(dropDanglingConjunctions(s), s.replace(former, ''))),
      { numRuns: 20000, seed: 20261130 },
    );
  });
});
