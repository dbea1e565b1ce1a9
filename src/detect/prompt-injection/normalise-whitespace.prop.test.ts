import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseForDetection } from './normalise.js';

/** Whitespace collapsing as two regex passes (the definition the one-loop version follows). */
function reference(text: string): { text: string; whitespaceCollapsed: number } {
  let n = 0;
  const collapsed = text
    .normalize('NFKC')
    .replace(/[^\S\n]*\n\s*/g, (run) => {
      const out = /\n[^\S\n]*\n/.test(run) ? '\n\n' : '\n';
      if (run !== out) n++;
      return out;
    })
    .replace(/ [^\S\n]+|[^\S\n ][^\S\n]*/g, () => {
      n++;
      return ' ';
    });
  const trimmed = collapsed.trim();
  if (trimmed.length !== collapsed.length) n++;
  return { text: trimmed, whitespaceCollapsed: n };
}

describe('normaliseForDetection, whitespace', () => {
  it('collapses runs as the two-regex definition does, and counts the same changes', () => {
    const unit = fc.constantFrom(' ', '\n', '\t', '\r', '\v', '\f', '\u00a0', '\u2028', '\u2029', '\u3000', '\u1680', 'a', 'b', '.');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 50 }), (text) => {
        const got = normaliseForDetection(text);
        expect({ text: got.text, whitespaceCollapsed: got.changes.whitespaceCollapsed }).toEqual(reference(text));
      }),
      { numRuns: 3000, seed: 9 },
    );
  });

  it('leaves collapsed text alone and takes the ASCII path without changing anything else', () => {
    expect(normaliseForDetection('one two\nthree\n\nfour').changes).toEqual({ nfkcChanged: false, bidiRemoved: 0, invisibleRemoved: 0, confusablesFolded: 0, whitespaceCollapsed: 0 });
    expect(normaliseForDetection(' a  b \n\n\n c ').text).toBe('a b\n\nc');
  });
});
