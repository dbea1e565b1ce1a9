import { describe, expect, it } from 'vitest';
import { elementsOf, parseXml, textOf } from './xml.js';

describe('parseXml (test support)', () => {
  it('parses elements, attributes, text and references', () => {
    const root = parseXml('<svg a="1" b=\'x &amp; y\'><title>A &lt;b&gt; &#39;c&#x27;</title><g><path d="M0 0"/></g></svg>');
    expect(root.name).toBe('svg');
    expect(root.attributes.get('b')).toBe('x & y');
    expect([...elementsOf(root)].map((e) => e.name)).toEqual(['svg', 'title', 'g', 'path']);
    expect(textOf(root)).toBe("A <b> 'c'");
  });

  it.each([
    ['an unclosed element', '<svg><g></svg>'],
    ['a stray closing tag', '<svg></g></svg>'],
    ['a raw < in text', '<t>a < b</t>'],
    ['a bare ampersand', '<t>a & b</t>'],
    ['an unknown entity', '<t>&nbsp;</t>'],
    ['an unquoted attribute', '<t a=1/>'],
    ['a duplicate attribute', '<t a="1" a="2"/>'],
    ['a < inside an attribute', '<t a="<"/>'],
    ['attributes run together', '<t a="1"b="2"/>'],
    ['a control character', '<t>\u0001</t>'],
    ['a reference to a control character', '<t>&#1;</t>'],
    ['a lone surrogate', '<t>\uD800</t>'],
    ['two roots', '<a/><b/>'],
    ['nothing', ''],
  ])('rejects %s', (_name, text) => {
    expect(() => parseXml(text)).toThrow(/Malformed XML at offset \d+/u);
  });
});
