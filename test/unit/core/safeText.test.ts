import assert from 'node:assert/strict';
import { escapeControls, oneLine, stripControls } from '../../../src/core/safeText';

describe('safe text for documents and terminals', () => {
  const hostile = 'Acme\u001b]0;pwned\u0007 Portal\u009b31m\u007f\u202eevil\u2066\r\n# Heading\tend\u0000';

  it('removes C0 but line feed and tab, DEL, C1 and bidi overrides from text that keeps its lines', () => {
    assert.equal(stripControls(hostile), 'Acme]0;pwned Portal31mevil\n# Heading\tend');
  });

  it('flattens a value to one line: line breaks and tabs become one space, the rest goes', () => {
    assert.equal(oneLine(hostile), 'Acme]0;pwned Portal31mevil # Heading end');
    assert.equal(oneLine('Beta\u2028\u0085launch  \n\n'), 'Beta launch');
  });

  it('escapes the same characters visibly for messages that quote a bad value', () => {
    assert.equal(escapeControls('a\u001bb\u009bc\u202ed\n'), 'a\\x1bb\\x9bc\\u202ed\\x0a');
  });
});
