import { describe, it, expect } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { createRng, normal } from './random.js';
import { ksStatistic, ksTwoSample } from './ks.js';
import { probOutsideBand, probOutsideSquare } from './ks-exact.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('ksTwoSample', () => {
  // Reference values from scipy 1.17.1 `stats.ks_2samp` (method auto = exact here).
  it.each([
    ['equal sizes', [1, 2, 3, 4], [3, 4, 5, 6], 0.5, 0.7714285714285716],
    ['unequal sizes', [0.1, 0.2, 0.3], [0.25, 0.5, 0.6, 0.7, 0.8], 0.8, 0.14285714285714288],
    ['shifted ranges', Array.from({ length: 50 }, (_, i) => i), Array.from({ length: 50 }, (_, i) => i + 10), 0.2, 0.2719135601522248],
  ])('%s: statistic and exact p-value agree with scipy', (_name, a, b, d, p) => {
    const r = ksTwoSample(a, b);
    expect(r.method).toBe('exact');
    expect(r.statistic).toBeCloseTo(d, 12);
    expect(rel(r.pValue, p)).toBeLessThan(1e-12);
  });

  it('gives p = 1 and D = 0 for identical samples', () => {
    const a = [3, 1, 2, 2, 5];
    expect(ksTwoSample(a, [...a])).toMatchObject({ statistic: 0, pValue: 1 });
  });

  it('switches to the asymptotic p-value above 10,000 values, and honours an explicit method', () => {
    const rng = createRng(3);
    const a = Array.from({ length: 10_001 }, () => normal(rng));
    const b = Array.from({ length: 300 }, () => normal(rng, 0.1));
    const auto = ksTwoSample(a, b);
    expect(auto.method).toBe('asymp');
    const exact = ksTwoSample(a, b, { method: 'exact' });
    expect(exact.method).toBe('exact');
    // Both approximate the same probability.
    expect(Math.abs(auto.pValue - exact.pValue)).toBeLessThan(0.01);
    expect(ksTwoSample([1, 2, 3], [4, 5, 6], { method: 'asymp' }).method).toBe('asymp');
  });

  it('refuses empty samples and non-finite values with ERR_STATS_INPUT', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isAisecError(e, 'ERR_STATS_INPUT');
      }
      return false;
    };
    expect(code(() => ksTwoSample([], [1]))).toBe(true);
    expect(code(() => ksTwoSample([1, Number.NaN], [1]))).toBe(true);
    expect(code(() => ksTwoSample([1, Infinity], [1]))).toBe(true);
  });
});

describe('ksStatistic', () => {
  it('handles ties across samples', () => {
    expect(ksStatistic(Float64Array.from([1, 1, 2]), Float64Array.from([1, 2, 2]))).toBeCloseTo(1 / 3, 15);
  });
});

describe('exact KS path counting', () => {
  it('probOutsideSquare and probOutsideBand agree for equal sizes', () => {
    for (const [n, h] of [[5, 2], [20, 7], [100, 15]] as const) {
      expect(Math.abs(probOutsideSquare(n, h) - probOutsideBand(n, n, n, h))).toBeLessThan(1e-12);
    }
  });
});
