import assert from 'node:assert/strict';
import { applyEdits } from '../../../../src/core/edits/actions';
import { canMarkIn, markerEdit } from '../../../../src/core/edits/marker';
import { findMarkers } from '../../../../src/core/markers';

describe('marking a selection as a red flag in code', () => {
  const samples: Array<[string, string, string]> = [
    ['typescript', 'export function retry() {\n  return pay();\n}\n', '  // RED-FLAG(retries): no backoff\n'],
    ['python', 'def retry():\n    return pay()\n', '    # RED-FLAG(retries): no backoff\n'],
    ['sql', 'select 1;\n  select 2;\n', '  -- RED-FLAG(retries): no backoff\n'],
    ['html', '<div>\n  <form>\n', '  <!-- RED-FLAG(retries): no backoff -->\n'],
    ['css', 'a {\n  color: red;\n', '  /* RED-FLAG(retries): no backoff */\n'],
    ['clojure', '(defn a []\n  (pay))\n', '  ; RED-FLAG(retries): no backoff\n'],
  ];

  for (const [language, text, expected] of samples) {
    it(`writes a marker the finder reads, in ${language}'s comment syntax, above the line and at its indent`, () => {
      const edit = markerEdit(text, 1, language, 'retries', ' no\n backoff ');
      assert.ok(edit);
      const marked = applyEdits(text, [edit]);
      const firstLineEnd = text.indexOf('\n') + 1;
      assert.equal(marked, text.slice(0, firstLineEnd) + expected + text.slice(firstLineEnd));
      assert.deepEqual(
        findMarkers(marked).map((m) => [m.id, m.note, m.line]),
        [['retries', 'no backoff', 2]],
      );
    });
  }

  it('keeps CRLF line ends and marks the first line', () => {
    const marked = applyEdits('a = 1\r\nb = 2\r\n', [markerEdit('a = 1\r\nb = 2\r\n', 0, 'python', 'x', 'why')!]);
    assert.equal(marked, '# RED-FLAG(x): why\r\na = 1\r\nb = 2\r\n');
  });

  it('declines a language whose comment syntax it does not know, or a line past the end', () => {
    assert.equal(canMarkIn('json'), false);
    assert.equal(markerEdit('{}', 0, 'json', 'x', 'why'), undefined);
    assert.equal(markerEdit('a\n', 3, 'python', 'x', 'why'), undefined);
  });
});
