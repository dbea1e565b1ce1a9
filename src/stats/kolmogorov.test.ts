import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { kolmogorovCdfDurbin, kolmogorovCdfPelzGood, kolmogorovSf, smirnovSf } from './kolmogorov.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('kolmogorovSf', () => {
  // Reference values from scipy 1.17.1 `stats.kstwo.sf(x, n)`, one per branch of the method selection.
  it.each([
    [10, 0.3, 0.27053557479999946],
    [100, 0.1, 0.2526927570063874],
    [100, 0.2, 0.0005551927327988775],
    [1000, 0.04, 0.07933956059000224],
    [1000, 0.05, 0.013012074781090332],
    [5000, 0.02, 0.03613941395325637],
    [200, 0.05, 0.6802625495871704],
    [200, 0.12, 0.005745760601982814],
    [20, 0.6, 2.0483011649719853e-7],
    [50000, 0.005, 0.16353363492434803],
    [500000, 0.002, 0.036582179671620585],
  ])('n = %d, x = %d agrees with scipy to 1e-9', (n, x, want) => {
    expect(rel(kolmogorovSf(n, x), want)).toBeLessThan(1e-9);
  });

  it('is 1 at and below 1/(2n), 0 at 1, and decreasing in between', () => {
    expect(kolmogorovSf(50, 0.01)).toBe(1);
    expect(kolmogorovSf(50, 1)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), (n, x, dx) => {
        const p = kolmogorovSf(n, x);
        return p >= 0 && p <= 1 && kolmogorovSf(n, Math.min(1, x + dx)) <= p + 1e-9;
      }),
    );
  });

  it('rejects a sample size that is not a positive whole number', () => {
    expect(kolmogorovSf(0, 0.1)).toBeNaN();
    expect(kolmogorovSf(2.5, 0.1)).toBeNaN();
  });
});

describe('the two Kolmogorov CDF algorithms', () => {
  it('Durbin matrix and Pelz–Good agree where both apply', () => {
    for (const [n, x] of [[1000, 0.03], [2000, 0.02], [400, 0.05]] as const) {
      expect(Math.abs(kolmogorovCdfDurbin(n, x) - kolmogorovCdfPelzGood(n, x))).toBeLessThan(1e-6);
    }
  });
});

describe('smirnovSf', () => {
  it('agrees with scipy special.smirnov', () => {
    expect(rel(smirnovSf(10, 0.3), 0.1354635556)).toBeLessThan(1e-9);
    expect(rel(smirnovSf(100, 0.1), 0.1265906584562817)).toBeLessThan(1e-9);
    expect(smirnovSf(10, 0)).toBe(1);
    expect(smirnovSf(10, 1)).toBe(0);
  });
});
