import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayChangeBeyondWhitespace, normaliseForDetection } from './normalise.js';

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
    expect(normaliseForDetection('one two\nthree\n\nfour').changes).toEqual({ nfkcChanged: false, bidiRemoved: 0, invisibleRemoved: 0, marksRemoved: 0, confusablesFolded: 0, whitespaceCollapsed: 0 });
    expect(normaliseForDetection(' a  b \n\n\n c ').text).toBe('a b\n\nc');
  });

  it('says a text may change beyond its whitespace whenever normalisation changes more than whitespace', () => {
    // Plain and accented letters, spaces of every kind, look-alikes, invisible and bidirectional characters, compatibility forms, an astral letter.
    const unit = fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u2028', '\u3000', 'a', 'é', 'e\u0301', 'ж', 'о', '\u200b', '\u200e', '\ufb01', 'Ａ', '\u{1d400}', '’', '中', '.');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        if (mayChangeBeyondWhitespace(text)) return;
        const { changes } = normaliseForDetection(text);
        expect({ nfkc: changes.nfkcChanged, bidi: changes.bidiRemoved, invisible: changes.invisibleRemoved, folded: changes.confusablesFolded }).toEqual({ nfkc: false, bidi: 0, invisible: 0, folded: 0 });
        expect(normaliseForDetection(text).text).toBe(reference(text).text);
      }),
      { numRuns: 3000, seed: 9 },
    );
    expect(mayChangeBeyondWhitespace('Café “quoted” 中文  text')).toBe(false);
    expect(mayChangeBeyondWhitespace('іgnоrе')).toBe(true);
    expect(mayChangeBeyondWhitespace('ﬁle')).toBe(true);
    expect(mayChangeBeyondWhitespace('a\u200bb')).toBe(true);
  });
});
