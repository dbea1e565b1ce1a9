import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isAisecError } from '../core/errors.js';
import { binomialSf, logBinomialSf } from './binomial.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('binomialSf', () => {
  // scipy 1.17.1: binom.sf(k - 1, n, p).
  it.each([
    [7, 9, 0.08, 6.530363555840003e-7],
    [14, 14, 0.01, 1.0000000000000003e-28],
    [50, 100, 0.5, 0.5397946186935889],
    [1, 10, 0.3, 0.9717524751],
    [300, 1000, 0.2, 3.811044687488596e-14],
  ])('P(X ≥ %d), n = %d, p = %d agrees with scipy to 1e-10', (k, n, p, want) => {
    expect(rel(binomialSf(k, n, p), want)).toBeLessThan(1e-10);
  });

  it('keeps tails far below the smallest double in log space', () => {
    expect(logBinomialSf(400, 400, 0.001)).toBeCloseTo(400 * Math.log(0.001), 8);
    expect(binomialSf(400, 400, 0.001)).toBe(0);
  });

  it('handles the edges and refuses nonsense', () => {
    expect(binomialSf(0, 5, 0.3)).toBe(1);
    expect(binomialSf(6, 5, 0.3)).toBe(0);
    expect(binomialSf(1, 5, 0)).toBe(0);
    expect(binomialSf(5, 5, 1)).toBe(1);
    expect(() => binomialSf(1.5, 5, 0.3)).toThrow();
    try {
      binomialSf(1, 5, 2);
    } catch (e) {
      expect(isAisecError(e, 'ERR_STATS_INPUT')).toBe(true);
    }
  });

  it('is a probability that falls as k rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, k0, p) => {
        const k = k0 % (n + 2);
        const a = binomialSf(k, n, p);
        return a >= 0 && a <= 1 && binomialSf(k + 1, n, p) <= a + 1e-12;
      }),
    );
  });
});
