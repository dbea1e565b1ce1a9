import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './benjamini-hochberg.js';

describe('benjaminiHochberg', () => {
  it('gives the step-up values of a worked example', () => {
    // Sorted: 0.005, 0.01, 0.03, 0.04, 0.5 → m·p/rank = 0.025, 0.025, 0.05, 0.05, 0.5 (already monotone).
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.5]);
    const expected = [0.025, 0.05, 0.05, 0.025, 0.5];
    q.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
  });

  it('gives q ≥ p, at most 1, in the same order as p', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 50 }), (p) => {
        const q = benjaminiHochberg(p);
        expect(q).toHaveLength(p.length);
        p.forEach((v, i) => {
          expect(q[i]!).toBeGreaterThanOrEqual(v - 1e-15);
          expect(q[i]!).toBeLessThanOrEqual(1);
          p.forEach((w, j) => {
            if (v < w) expect(q[i]!).toBeLessThanOrEqual(q[j]! + 1e-15);
          });
        });
      }),
    );
  });
});
