import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../stats/index.js';
import { keyboardNeighbours, perturbationKinds, perturbWord } from './char-perturbations.js';
import { countInvisible, normaliseText } from './normalise-text.js';

const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);

describe('perturbWord', () => {
  it('never returns the word unchanged, and accounts for what it did', () => {
    fc.assert(
      fc.property(word, fc.constantFrom(...perturbationKinds), fc.nat(), (w, kind, seed) => {
        const e = perturbWord(w, kind, createRng(seed));
        if (!e) return;
        expect(e.text).not.toBe(w);
        expect(e.kind).toBe(kind);
        expect(e.invisibleChars).toBe(countInvisible(e.text));
        if (kind === 'zero-width') expect([e.visibleEdits, e.invisibleChars, e.charsChanged]).toEqual([0, 1, 1]);
        if (kind === 'homoglyph') expect([e.visibleEdits, e.homoglyphs, e.charsChanged]).toEqual([1, 1, 1]);
        if (kind === 'swap') expect([e.visibleEdits, e.charsChanged]).toEqual([1, 2]);
        if (kind === 'delete') expect(Array.from(e.text)).toHaveLength(w.length - 1);
        if (kind === 'insert' || kind === 'space') expect(Array.from(e.text)).toHaveLength(w.length + 1);
        if (kind === 'space') expect(e.text.replace(' ', '')).toBe(w);
        if (kind === 'homoglyph' || kind === 'zero-width') expect(normaliseText(e.text)).toBe(w);
        else expect(e.visibleEdits).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('says when a kind cannot apply', () => {
    const rng = createRng(1);
    expect(perturbWord('a', 'delete', rng)).toBeUndefined();
    expect(perturbWord('a', 'space', rng)).toBeUndefined();
    expect(perturbWord('a', 'zero-width', rng)).toBeUndefined();
    expect(perturbWord('aa', 'swap', rng)).toBeUndefined();
    expect(perturbWord('123', 'homoglyph', rng)).toBeUndefined();
    expect(perturbWord('123', 'keyboard', rng)).toBeUndefined();
  });

  it('uses keyboard neighbours and keeps the letter case', () => {
    expect([...keyboardNeighbours.f!].sort().join('')).toBe('cdgrtv');
    expect([...keyboardNeighbours.q!].sort().join('')).toBe('aw');
    for (let seed = 0; seed < 50; seed++) {
      const e = perturbWord('F', 'keyboard', createRng(seed))!;
      expect('CDGRTV').toContain(e.text);
    }
  });
});
