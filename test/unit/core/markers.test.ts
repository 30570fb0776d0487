import assert from 'node:assert/strict';
import { findMarkers, MARKER_TOKEN, markersInLine } from '../../../src/core/markers';

// Built from the token so that Candor, searching this repository, does not take these strings for markers.
const T = MARKER_TOKEN;

describe('markersInLine', () => {
  const syntaxes: [string, string][] = [
    ['C-style line comment', `  // ${T}pay): retries are fragile`],
    ['hash comment', `# ${T}pay): retries are fragile`],
    ['SQL/Lua comment', `-- ${T}pay): retries are fragile`],
    ['block comment', `/* ${T}pay): retries are fragile */`],
    ['HTML comment', `<!-- ${T}pay): retries are fragile -->`],
    ['Lisp/INI comment', `; ${T}pay): retries are fragile`],
    ['comment after code', `retry(); // ${T}pay): retries are fragile`],
    ['block comment continuation', ` * ${T}pay): retries are fragile`],
    ['doubled semicolons', `;; ${T}pay): retries are fragile`],
  ];
  for (const [name, line] of syntaxes) {
    it(`finds a marker in a ${name}`, () => {
      assert.deepEqual(markersInLine(line, 7), [
        { id: 'pay', note: 'retries are fragile', line: 7, column: line.indexOf(T) + 1 },
      ]);
    });
  }

  it('ignores the token outside a comment', () => {
    assert.deepEqual(markersInLine(`const s = "${T}pay): x";`, 1), []);
  });

  it('accepts a marker without a note', () => {
    assert.deepEqual(markersInLine(`// ${T}pay)`, 1), [{ id: 'pay', note: '', line: 1, column: 4 }]);
  });

  it('accepts spaces inside the parentheses and no colon', () => {
    assert.deepEqual(markersInLine(`# ${T} pay ) note`, 1)[0]?.id, 'pay');
  });

  it('ignores a token with no id', () => {
    assert.deepEqual(markersInLine(`// ${T}): x`, 1), []);
    assert.deepEqual(markersInLine(`// ${T}`, 1), []);
  });

  it('finds two markers on one line', () => {
    const found = markersInLine(`// ${T}a): one ${T}b): two`, 3);
    assert.deepEqual(
      found.map((m) => [m.id, m.note]),
      [
        ['a', 'one'],
        ['b', 'two'],
      ],
    );
  });

  it('counts columns in UTF-16 units, as editors do', () => {
    assert.equal(markersInLine(`// é€😀 ${T}pay): x`, 1)[0]?.column, 9);
  });

  it('keeps ids the schema would reject so they can be reported', () => {
    assert.equal(markersInLine(`// ${T}Pay.v2_x-y): x`, 1)[0]?.id, 'Pay.v2_x-y');
  });

  it('caps very long notes', () => {
    assert.equal(markersInLine(`// ${T}a): ${'x'.repeat(10_000)}`, 1)[0]?.note.length, 500);
  });
});

describe('findMarkers', () => {
  it('numbers lines across \\n, \\r\\n and \\r line ends', () => {
    const text = `a\n// ${T}one): 1\r\nb\rc\n# ${T}two): 2\n`;
    assert.deepEqual(
      findMarkers(text).map((m) => [m.id, m.line, m.column]),
      [
        ['one', 2, 4],
        ['two', 5, 3],
      ],
    );
  });

  it('finds nothing in a text without the token', () => {
    assert.deepEqual(findMarkers('nothing here\n'.repeat(100)), []);
  });

  it('finds a marker on the last line without a line end', () => {
    assert.deepEqual(
      findMarkers(`x\n-- ${T}end): done`).map((m) => m.line),
      [2],
    );
  });

  it('finds markers on consecutive lines', () => {
    assert.deepEqual(
      findMarkers(`// ${T}a): 1\n// ${T}b): 2\n// ${T}c): 3`).map((m) => m.line),
      [1, 2, 3],
    );
  });
});
