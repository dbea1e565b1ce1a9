import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, richText } from './escape.js';

/** Undo the five entities, to check escaping loses nothing. */
function unescape(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/gu, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

const hostile = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '"onerror=alert(1)',
  '</style><script>alert(1)</script>',
  '</title></head><body onload=alert(1)>',
  '<!-- --><svg/onload=alert(1)>',
  'gpj.\u202eexe.txt',
  '\u2066isolate\u2069 \u200fmark',
  'nul\u0000 bell\u0007 esc\u001b[31m',
  '&lt;already-escaped&gt;',
];

describe('escapeHtml', () => {
  it.each(hostile)('leaves no markup characters in %j', (payload) => {
    const out = escapeHtml(payload);
    expect(out).not.toMatch(/[<>"']/u);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069\u200e\u200f]/u); // eslint-disable-line no-control-regex
  });

  it('shows bidi overrides as visible escapes', () => {
    expect(escapeHtml('gpj.\u202eexe')).toBe('gpj.\\u{202e}exe');
  });

  it('escapes ampersands first, so existing entities stay visible as text', () => {
    expect(escapeHtml('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('stringifies non-strings', () => {
    expect(escapeHtml(42)).toBe('42');
    expect(escapeHtml(null)).toBe('null');
  });

  it('never emits markup characters and loses no printable text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/u);
        // eslint-disable-next-line no-control-regex -- the test is about control characters
        if (!/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.test(s)) expect(unescape(out)).toBe(s);
      }),
    );
  });
});

describe('richText', () => {
  it('turns backticked spans into code', () => {
    expect(richText('run `aisec approve data/train.csv` now')).toBe('run <code>aisec approve data/train.csv</code> now');
  });

  it('escapes before adding code tags', () => {
    expect(richText('`<script>`')).toBe('<code>&lt;script&gt;</code>');
    fc.assert(fc.property(fc.string({ maxLength: 100 }), (s) => !/<(?!\/?code>)/u.test(richText(s))));
  });
});
