import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { normalQuantile } from './normal-quantile.js';
import { shapiroWilk } from './shapiro-wilk.js';

// Reference values: Shapiro & Wilk (1965), section 4 (weights of 11 men, W = 0.79), and
// scipy.stats.shapiro 1.17.1 (the same algorithm, AS R94) printed with repr() for the others.
const normal50 = [0.00123, 0.298746, -0.274138, -0.890592, -0.454671, -0.991647, 0.060144, 1.340215, -0.492207, -0.620475, 0.489842, 0.356887, 0.105414, -0.930468, -0.029252, 0.695303, -1.344215, -0.457616, -1.901223, -1.289538, -1.841735, -0.235091, -1.267446, 0.271264, 0.156751, -0.186931, -2.51676, -0.538693, -0.048501, 0.113309, -1.530136, -0.477753, -0.978519, -0.808837, 1.060899, -0.807535, -0.032522, 0.88439, -0.5836, -0.111702, 0.110464, 0.063782, -1.225056, 0.07614, 1.358823, -1.547145, 0.859383, 0.119354, -0.64147, 2.000417];

describe('normalQuantile', () => {
  it.each([
    [0.975, 1.959963984540054],
    [0.5, 0],
    [0.3, -0.5244005127080409],
    [0.02, -2.053748910631823],
    [1e-4, -3.7190164854556804],
    [1e-10, -6.361340902404056],
    [1 - 1e-12, 7.0344869100478356],
  ])('Φ⁻¹(%s) = %s', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 12);
  });

  it('is infinite at 0 and 1 and NaN outside', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });
});

describe('shapiroWilk', () => {
  it('gives Shapiro and Wilk\'s published W for their weights example', () => {
    const r = shapiroWilk([148, 154, 158, 160, 161, 162, 166, 170, 182, 195, 236]);
    expect(r.w).toBeCloseTo(0.79, 2);
    expect(r.w).toBeCloseTo(0.7888146948631716, 8);
    expect(r.pValue).toBeCloseTo(0.006703814061898823, 8);
  });

  it.each([
    ['n = 3 (exact)', [1, 2, 4], 0.9642857142857142, 0.6368868450289689],
    ['n = 4', [1, 2, 3, 10], 0.8068856643251408, 0.11515298127551521],
    ['n = 5', [2.1, 3.4, 1.9, 5.6, 4.4], 0.9320849391953863, 0.6106559022604845],
    ['n = 8', [0.3, 1.1, -0.4, 2.2, 0.9, -1.3, 0.5, 0.7], 0.9729621033536784, 0.9201843855870993],
    ['a normal sample, n = 50', normal50, 0.9897305848047111, 0.939687537356034],
  ])('matches SciPy on %s', (_name, x, w, p) => {
    const r = shapiroWilk(x);
    expect(r.w).toBeCloseTo(w, 8);
    expect(r.pValue).toBeCloseTo(p, 8);
  });

  it('matches SciPy on large deterministic samples (uniform grid, exponential and normal quantiles)', () => {
    const grid = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(shapiroWilk(grid).w).toBeCloseTo(0.9548090258354325, 8);
    const exp = Array.from({ length: 500 }, (_, i) => -Math.log(1 - (i + 0.5) / 500));
    const r = shapiroWilk(exp);
    expect(r.w).toBeCloseTo(0.8197052057011075, 8);
    expect(r.pValue).toBeLessThan(1e-20);
    const normalQ = Array.from({ length: 5000 }, (_, i) => normalQuantile((i + 0.5) / 5000));
    expect(shapiroWilk(normalQ).w).toBeCloseTo(0.9999889253590275, 8);
  });

  it('refuses too few or too many values, non-finite values and constant samples', () => {
    for (const bad of [[1, 2], Array.from({ length: 5001 }, (_, i) => i), [1, Number.NaN, 3], [1, Infinity, 3], [2, 2, 2, 2]]) {
      let caught: unknown;
      try {
        shapiroWilk(bad);
      } catch (error) {
        caught = error;
      }
      expect(isAisecError(caught) && caught.code === 'ERR_STATS_INPUT').toBe(true);
    }
  });

  it('is in (0, 1], ignores order, and does not change under a positive affine map', () => {
    const sample = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 3, maxLength: 80 }).filter((x) => Math.max(...x) - Math.min(...x) > 1e-3);
    fc.assert(
      fc.property(sample, fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true }), (x, scale, shift) => {
        const r = shapiroWilk(x);
        const moved = shapiroWilk([...x].reverse().map((v) => v * scale + shift));
        return r.w > 0 && r.w <= 1 + 1e-12 && Math.abs(r.w - moved.w) < 1e-6 && r.pValue >= 0 && r.pValue <= 1;
      }),
    );
  });
});
