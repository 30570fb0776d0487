import assert from 'node:assert/strict';
import { decodeXml, scanXml, type XmlTag } from '../../../src/core/coverage/xml';

/** Every event of a scan, as strings, with the attributes asked for. */
function events(text: string, attrs: string[] = []): string[] {
  const out: string[] = [];
  scanXml(text, {
    open(tag: XmlTag) {
      const values = attrs.map((a) => tag.attr(a)).filter((v) => v !== undefined);
      out.push(`<${tag.name}${tag.selfClosing ? '/' : ''}${values.length ? ` ${values.join('|')}` : ''}>`);
    },
    close(name) {
      out.push(`</${name}>`);
    },
  });
  return out;
}

describe('the XML tag scanner', () => {
  it('reports start, self-closing and end tags in order, with the attributes asked for', () => {
    assert.deepEqual(events('<a x="1"><b y="2"/></a>', ['x', 'y']), ['<a 1>', '<b/ 2>', '</a>']);
  });

  it('reads single quotes, spaces around =, tabs and newlines between attributes', () => {
    assert.deepEqual(events('<line\n\tnumber = \'12\'\thits="3" />', ['number', 'hits']), ['<line/ 12|3>']);
  });

  it('does not end a tag at a > inside a quoted value', () => {
    assert.deepEqual(events('<a x="1>2" y=\'<3>\'/><b/>', ['x', 'y']), ['<a/ 1>2|<3>>', '<b/>']);
  });

  it('matches attribute names exactly, not by prefix or suffix', () => {
    assert.deepEqual(events('<line hitsx="9" xhits="8" hits="7"/>', ['hits']), ['<line/ 7>']);
  });

  it('skips comments, CDATA, processing instructions and the DOCTYPE with its internal subset', () => {
    const text =
      '<?xml version="1.0"?><!DOCTYPE r [ <!ENTITY e "x>y"> <!ELEMENT r ANY> ]><!-- <no/> --><r><![CDATA[<no/>]]></r>';
    assert.deepEqual(events(text), ['<r>', '</r>']);
    assert.equal(scanXml(text, { open() {}, close() {} }).entityDeclarations, true);
  });

  it('stops at an unterminated tag, value, comment or declaration and says where', () => {
    for (const [text, at] of [
      ['<a><b x="1', 3],
      ['<a><!-- x', 3],
      ['<a><!DOCTYPE [', 3],
      ['<a></a', 3],
      ['<a><?pi', 3],
    ] as const) {
      assert.equal(scanXml(text, { open() {}, close() {} }).truncatedAt, at, text);
    }
  });

  it('treats a stray < in text as text', () => {
    assert.deepEqual(events('<a>1 < 2</a>'), ['<a>', '</a>']);
  });

  it('handles 100,000 levels of nesting without recursion', () => {
    const text = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    assert.equal(scanXml(text, { open() {}, close() {} }).tags, 200_000);
  });

  it('decodes the predefined entities and character references and leaves any other entity as written', () => {
    assert.equal(decodeXml('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;'), 'a <b> & "c" \'d\'');
    assert.equal(decodeXml('&#233;&#xE9;'), 'éé');
    assert.equal(decodeXml('&xxe; &lol9; &#x110000; &#0;'), '&xxe; &lol9; &#x110000; &#0;');
  });

  it('parses numeric attributes in place and gives NaN for anything but digits', () => {
    const got: number[] = [];
    scanXml('<l a="42" b="-1" c="" d="1.5" e="007"/>', {
      open(tag) {
        for (const n of ['a', 'b', 'c', 'd', 'e', 'missing']) got.push(tag.number(n));
      },
      close() {},
    });
    assert.deepEqual(got, [42, NaN, NaN, NaN, 7, NaN]);
  });
});
