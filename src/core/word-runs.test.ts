import { describe, expect, it } from 'vitest';
import { wordRuns } from './word-runs.js';

describe('wordRuns', () => {
  it('lists every run of n words in order, repeats included', () => {
    expect(wordRuns(['a', 'b', 'a', 'b'], 2)).toEqual(['a b', 'b a', 'a b']);
    expect(wordRuns(['one', 'two', 'three'], 3)).toEqual(['one two three']);
  });

  it('gives no run for fewer words than n, or none at all', () => {
    expect(wordRuns(['a', 'b'], 3)).toEqual([]);
    expect(wordRuns([], 1)).toEqual([]);
  });
});
