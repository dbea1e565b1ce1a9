import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { maxTokensPerText, ngramsOf, tokenize } from './tokens.js';
import { fitCounts, predict, removalOf, type Doc } from './naive-bayes.js';

describe('tokenize', () => {
  it('folds case and width, trims punctuation, keeps symbol-only tokens', () => {
    expect(tokenize('  WIN a £100 Prize!! Call: 0800-123 now :-) ')).toEqual(['win', 'a', '£100', 'prize', 'call', '0800-123', 'now', ':-)']);
    expect(tokenize('Ｆｒｅｅ entry')).toEqual(['free', 'entry']);
    expect(tokenize('')).toEqual([]);
  });

  it('caps the tokens read from one text', () => {
    expect(tokenize('a '.repeat(maxTokensPerText * 3))).toHaveLength(maxTokensPerText);
  });

  it('n-grams are contiguous, distinct, and skip rare tokens', () => {
    expect([...ngramsOf(['a', 'b', 'a', 'b'], 2)].sort()).toEqual(['a', 'a b', 'b', 'b a']);
    expect([...ngramsOf(['a', 'rare', 'b'], 3, (t) => t !== 'rare')].sort()).toEqual(['a', 'b']);
    fc.assert(fc.property(fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 20 }), fc.integer({ min: 1, max: 4 }), (toks, n) => [...ngramsOf(toks, n)].every((g) => g.split(' ').length <= n && toks.join(' ').includes(g))));
  });
});

describe('naive Bayes with removable counts', () => {
  const doc = (label: number, ids: number[]): Doc => ({ label, ids: Int32Array.from(ids), counts: new Float64Array(ids.length).fill(1) });
  const docs = [doc(0, [0, 1]), doc(0, [0, 2]), doc(1, [3, 4]), doc(1, [3, 5]), doc(1, [3, 0])];
  const model = fitCounts(docs, 2, 6);

  it('predicts the class whose tokens a document shares', () => {
    expect(predict(model, doc(0, [0]), undefined)).toBe(0);
    expect(predict(model, doc(1, [3]), undefined)).toBe(1);
  });

  it('predicts as if removed documents were never seen, and can ignore tokens', () => {
    // Without documents 0 and 1, token 0 is only seen in class 1.
    expect(predict(model, doc(0, [0]), removalOf([docs[0]!, docs[1]!], 2))).toBe(1);
    expect(predict(model, doc(1, [3, 0]), undefined, new Set([3]))).toBe(0);
  });
});
