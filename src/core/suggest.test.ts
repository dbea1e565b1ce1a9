import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { didYouMean, editDistance } from './suggest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'abd', 1],
    ['sarfi', 'sarif', 1],
    ['trian', 'train', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
      expect(editDistance(a, b) === 0).toBe(a === b);
    }));
  });
});

describe('didYouMean', () => {
  it('suggests a close name', () => {
    expect(didYouMean('modles', ['models', 'datasets'])).toBe('models');
    expect(didYouMean('sarfi', ['terminal', 'json', 'sarif'])).toBe('sarif');
  });

  it('suggests nothing for a name far from every candidate', () => {
    expect(didYouMean('zzzzzz', ['models', 'datasets'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });
});
