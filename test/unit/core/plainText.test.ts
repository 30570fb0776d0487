import assert from 'node:assert/strict';
import { markdownToPlainText } from '../../../src/core/draft/plainText';

describe('a Markdown draft as plain text for email', () => {
  it('underlines headings and drops emphasis, code marks and escapes', () => {
    const md =
      '# Acme: status update\n\n## Delivered\n\n- **checkout**: one-click `pay` for _returning_ customers\n* Export \\#2 fixed\n';
    assert.equal(
      markdownToPlainText(md),
      'Acme: status update\n===================\n\nDelivered\n=========\n\n- checkout: one-click pay for returning customers\n- Export #2 fixed\n',
    );
  });

  it('writes links as their text followed by the address', () => {
    assert.equal(
      markdownToPlainText('See [the demo](https://acme.example/demo) or <x>'),
      'See the demo (https://acme.example/demo) or <x>',
    );
    assert.equal(markdownToPlainText('[https://a.example](https://a.example)'), 'https://a.example');
  });

  it('keeps words with underscores and asterisks inside them', () => {
    assert.equal(markdownToPlainText('snake_case_name and 2*3*4'), 'snake_case_name and 2*3*4');
  });
});
