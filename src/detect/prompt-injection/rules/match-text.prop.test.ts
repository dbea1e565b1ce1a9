import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepsNfkcForm, normaliseForDetection } from '../normalise.js';
import { textForMatching } from './match-text.js';

/** The text rules read, as regex passes over the whole text (the definition the one-pass version follows). */
function reference(text: string): { lower: string; source: string } {
  let work = text.normalize('NFKC');
  if (/[^\S \n]| {2}|\n[^\S\n]|[^\S\n]\n|\n{3}/.test(work)) {
    if (/[^\S \n]| {2}/.test(work)) work = work.replace(/[^\S\n]+/g, ' ');
    if (/\n[^\S\n]|[^\S\n]\n|\n{3}/.test(work)) work = work.replace(/ ?\n(?:\s*\n)?[^\S\n]*/g, (run) => (run.split('\n').length > 2 ? '\n\n' : '\n'));
  }
  let lower = work.toLowerCase();
  if (/[\u2018\u2019\u201A\u201B\u2032\u00B4`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/.test(lower)) {
    lower = lower.replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
  }
  let aligned = lower.length === work.length;
  if (/[\u064B-\u065F\u0670]/.test(lower)) {
    lower = lower.replace(/[\u064B-\u065F\u0670]/g, '');
    aligned = false;
  }
  return { lower, source: aligned ? work : lower };
}

describe('textForMatching', () => {
  it('gives the forms the regex passes give', () => {
    const unit = fc.constantFrom(' ', '\n', '\t', '\r', '\u00a0', '\u2028', '\u3000', 'A', 'b', '.', '\u2019', '\u201C', '`', '\u00AB', '\u064B', '\u0670', 'İ', 'ﬁ', '\uFF21', 'ب');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(textForMatching(text)).toEqual(reference(text));
      }),
      { numRuns: 4000, seed: 3 },
    );
  });

  it('lower-cases with plain quotes as toLowerCase and a replace do (cased letters of many scripts)', () => {
    const unit = fc.constantFrom(' ', '\n', 'A', 'b', '.', 'İ', 'Σ', 'σ', 'ς', 'Α', 'Ω', 'Ā', 'ẞ', 'Ǆ', 'ǅ', 'Ꭰ', 'Ა', '\u212A', '\u212B', 'Ⅻ', 'Ⓐ', '\uD801\uDC00', '\uD801', 'Ё', 'Ꙁ', '\u2018', '\u2019', '\u201C', '\u201E', '\u2032', '\u00B4', '`', '\u00AB', '\u00BB', '\u201F', '\u064B', 'x');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(textForMatching(text)).toEqual(reference(text));
      }),
      { numRuns: 4000, seed: 9 },
    );
  });

  it('lower-cases every unit of the basic plane as toLowerCase does, Arabic marks dropped (but Σ, decided by its neighbours)', () => {
    const units: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const byContext = c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff);
      if (!byContext) units.push(c);
    }
    const text = String.fromCharCode(...units);
    const lower = text
      .toLowerCase()
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
      .replace(/[\u064B-\u065F\u0670]/g, '');
    // İ lower-cases to two units and the Arabic marks are dropped: the lower-case text no longer lines up with the text.
    expect(textForMatching(text, true, true)).toEqual({ lower, source: lower });
  });

  it('lower-cases every astral character of the first supplementary plane as toLowerCase does', () => {
    let text = '\u2019';
    for (let cp = 0x10000; cp < 0x20000; cp++) text += String.fromCodePoint(cp);
    expect(textForMatching(text, true, true).lower).toBe(text.toLowerCase().replace(/\u2019/g, "'"));
  });

  it('needs no whitespace collapsed in what the normaliser produced (the check the detector leaves out)', () => {
    // Whitespace of every kind, invisible and bidirectional characters (removed around combining
    // marks, which NFKC may then compose), look-alikes, compatibility forms.
    const unit = fc.constantFrom(' ', '  ', '\n', '\n\n\n', '\t', '\r\n', '\u00a0', '\u2028', '\u3000', '\u200b', '\u200e', '\u00ad', '\ufeff', '\u0301', '\u0308', 'e', 'A', '\u0435', '\u043e', '\u2019', '\u00AB', '\u064B', 'İ', 'ﬁ', '\uFF21', '\u1100', '\u1161', '\uD835\uDC00', 'x');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (raw) => {
        const { text, changes } = normaliseForDetection(raw);
        expect(textForMatching(text, true)).toEqual(textForMatching(text));
        // Nothing removed or folded after NFKC: the output is in NFKC form (the detector then skips NFKC).
        if (keepsNfkcForm(changes)) expect(text.normalize('NFKC')).toBe(text);
      }),
      { numRuns: 4000, seed: 5 },
    );
  });

  it('leaves collapsed lower-case text as it is', () => {
    const text = 'one two\nthree\n\nfour';
    expect(textForMatching(text)).toEqual({ lower: text, source: text });
  });
});
