import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAisecError } from '../core/errors.js';
import { wilsonInterval } from './wilson.js';

describe('wilsonInterval', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", table I, and
  // the closed form evaluated in double precision.
  it.each([
    [81, 263, 0.2552885198782742, 0.36620957698280004],
    [5, 10, 0.236593090512564, 0.7634069094874361],
    [1, 20, 0.008881448800795402, 0.23613119344674205],
  ])('%d of %d gives the published interval', (k, n, low, high) => {
    const [a, b] = wilsonInterval(k, n);
    expect(a).toBeCloseTo(low, 12);
    expect(b).toBeCloseTo(high, 12);
  });

  it('does not collapse at 0 or n successes, and stays inside [0, 1]', () => {
    expect(wilsonInterval(0, 10)).toEqual([0, expect.closeTo(0.2775327998628892, 12)]);
    const [low, high] = wilsonInterval(10, 10);
    expect(low).toBeCloseTo(0.7224672001371107, 12);
    expect(high).toBe(1);
  });

  it('knows nothing from no trials', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });

  it('narrows with a smaller z', () => {
    const [a95, b95] = wilsonInterval(3, 12);
    const [a80, b80] = wilsonInterval(3, 12, 1.2815515655446004);
    expect(a80).toBeGreaterThan(a95);
    expect(b80).toBeLessThan(b95);
  });

  it('refuses counts that are not counts', () => {
    for (const [k, n] of [[-1, 5], [6, 5], [1.5, 5], [1, Number.NaN]] as const) {
      let caught: unknown;
      try {
        wilsonInterval(k, n);
      } catch (error) {
        caught = error;
      }
      expect(isAisecError(caught, 'ERR_STATS_INPUT')).toBe(true);
    }
    expect(() => wilsonInterval(1, 5, 0)).toThrow(/z > 0/);
  });

  it('always holds the observed proportion inside an interval within [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.round(share * n);
        const [low, high] = wilsonInterval(k, n);
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(k / n + 1e-12);
        expect(high).toBeGreaterThanOrEqual(k / n - 1e-12);
      }),
    );
  });
});
