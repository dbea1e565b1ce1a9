import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, hangingWrap, visibleLength, wrap, wrapSpans } from './text.js';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controls = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe('cleanText', () => {
  it('turns ANSI escapes and bidi overrides into visible escapes', () => {
    expect(cleanText('a\u001b[2Jb')).toBe('a\\u{1b}[2Jb');
    expect(cleanText('evil\u202etxt.exe')).toBe('evil\\u{202e}txt.exe');
    expect(cleanText('one\ntwo\tthree\r')).toBe('one two three ');
  });

  it('never lets a control or bidi character through', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => !controls.test(cleanText(s))));
  });
});

describe('wrap', () => {
  it('breaks at spaces and keeps every word', () => {
    expect(wrap('the quick brown fox jumps over the lazy dog', 10)).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
  });

  it('breaks words longer than a line instead of overflowing', () => {
    expect(wrap('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('keeps no-break spaces together', () => {
    expect(wrap('aaaa\u00a0bbbb cc', 10)).toEqual(['aaaa\u00a0bbbb', 'cc']);
  });

  it('never exceeds the width and never loses text', () => {
    const word = fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/[\s]/gu, 'x'));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.integer({ min: 1, max: 120 }), (words, width) => {
        const lines = wrap(words.join(' '), width);
        expect(lines.every((l) => visibleLength(l) <= width)).toBe(true);
        expect(lines.join('').replaceAll(' ', '')).toBe(words.join(''));
      }),
    );
  });
});

describe('wrapSpans', () => {
  it('paints after wrapping so escape codes do not count towards the width', () => {
    const red = (t: string): string => `<${t}>`;
    expect(wrapSpans([{ text: 'aa bb', paint: red }, { text: 'cc dd' }], 8)).toEqual(['<aa bb> cc', 'dd']);
  });

  it('starts the first line with the lead and indents the rest', () => {
    expect(hangingWrap('one two three four', 12, '- ', 2, 4)).toEqual(['- one two', '    three', '    four']);
  });

  it('keeps indented lines within the width', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 10, max: 100 }), fc.integer({ min: 0, max: 8 }), (text, width, indent) => {
        const lines = hangingWrap(cleanText(text), width, ' '.repeat(indent), indent, indent);
        expect(lines.every((l) => visibleLength(l) <= width)).toBe(true);
      }),
    );
  });
});
