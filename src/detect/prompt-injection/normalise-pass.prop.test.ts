/**
 * normaliseForDetection works in one pass over the code units. These tests hold it to the
 * definition it follows, written as separate steps (NFKC, bidirectional controls removed, other
 * invisible characters removed, diacritical marks after a letter, digit or mark removed, look-alikes folded in words that hold a Latin letter, whitespace
 * runs collapsed, the ends trimmed), with the same counts of what changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookAlikeToLatin } from './confusables.js';
import { normaliseForDetection } from './normalise.js';

const BIDI = /\p{Bidi_Control}/gu;
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** A diacritical mark of combining-marks.ts that follows a word character (a removed mark is one too). */
const MARK_IN_WORD = /(?<=[\p{L}\p{M}\p{N}])(?:[\u0300-\u036F]|[\u0483-\u0489]|[\u1AB0-\u1AFF]|[\u1DC0-\u1DFF]|[\uFE20-\uFE2F])/gu;

function reference(text: string): ReturnType<typeof normaliseForDetection> {
  const nfkc = text.normalize('NFKC');
  const bidiRemoved = [...nfkc.matchAll(BIDI)].length;
  const noBidi = nfkc.replace(BIDI, '');
  const invisibleRemoved = [...noBidi.matchAll(INVISIBLE)].length;
  const withMarks = noBidi.replace(INVISIBLE, '');
  const marksRemoved = [...withMarks.matchAll(MARK_IN_WORD)].length;
  const visible = withMarks.replace(MARK_IN_WORD, '');
  let confusablesFolded = 0;
  const folded = visible.replace(WORD, (word) => {
    if (!/\p{Script=Latin}/u.test(word)) return word;
    let out = '';
    for (const ch of word) {
      const latin = lookAlikeToLatin.get(ch);
      if (latin !== undefined) confusablesFolded++;
      out += latin ?? ch;
    }
    return out;
  });
  let whitespaceCollapsed = 0;
  const collapsed = folded.replace(/\s+/g, (run) => {
    const breaks = run.split('\n').length - 1;
    const out = breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n';
    if (run !== out) whitespaceCollapsed++;
    return out;
  });
  const trimmed = collapsed.trim();
  if (trimmed.length !== collapsed.length) whitespaceCollapsed++;
  return { text: trimmed, changes: { nfkcChanged: nfkc !== text, bidiRemoved, invisibleRemoved, marksRemoved, confusablesFolded, whitespaceCollapsed } };
}

describe('normaliseForDetection, one pass', () => {
  it('gives the text and the counts of the step-by-step definition', () => {
    const unit = fc.constantFrom(
      'a', 'B', 'x', '1', ' ', '  ', '\n', '\t', '\r', '\u00a0', '\u3000', '\ufeff', '\u200b', '\u200d', '\u00ad', '\u202e', '\u200e', '\u2066',
      '\u0430', '\u0435', '\u043e', '\u0456', '\u0441', '\u03bf', '\u0391', '\u0261', 'б', 'ж', 'é', 'e\u0301', '\uff49', 'ﬁ', '𝐚', '\u{E0041}', '\u{1D173}',
      '\u{10780}', '😀', '.', '-', '_', '中', 'ا', '\u064b',
      // Diacritical marks: composing (acute, ogonek), never composing (overlays, double breve, Cyrillic
      // millions sign, Extended and Supplement blocks, half marks), and marks outside the set (keycap, Devanagari sign).
      '\u0301', '\u0328', '\u0336', '\u0361', '\u0489', '\u1AB0', '\u1DC4', '\uFE20', '\u20E3', '\u0902', '\u034F',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(normaliseForDetection(text)).toEqual(reference(text));
      }),
      { numRuns: 5000, seed: 21 },
    );
  });

  it('returns the input itself when nothing changes', () => {
    const text = 'Plain text, one line.\nAnd a second.\n\nA paragraph: ünïcödé, 中文, русский.';
    expect(normaliseForDetection(text).text).toBe(text);
  });
});
