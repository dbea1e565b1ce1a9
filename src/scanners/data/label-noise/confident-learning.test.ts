import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixFromRows } from '../../../ml/index.js';
import { confidentLearning, roundPreservingSum } from './confident-learning.js';

describe('confidentLearning', () => {
  it('computes thresholds, the calibrated joint and the flagged rows as cleanlab does', () => {
    // Six rows labelled 0, four labelled 1. Row 2 is labelled 0 but looks like 1.
    const probs = matrixFromRows([
      [0.9, 0.1],
      [0.8, 0.2],
      [0.1, 0.9],
      [0.7, 0.3],
      [0.95, 0.05],
      [0.85, 0.15],
      [0.2, 0.8],
      [0.3, 0.7],
      [0.1, 0.9],
      [0.4, 0.6],
    ]);
    const y = Int32Array.of(0, 0, 0, 0, 0, 0, 1, 1, 1, 1);
    const result = confidentLearning(probs, y);
    expect(result.thresholds[0]).toBeCloseTo((0.9 + 0.8 + 0.1 + 0.7 + 0.95 + 0.85) / 6, 12);
    expect(result.thresholds[1]).toBeCloseTo((0.8 + 0.7 + 0.9 + 0.6) / 4, 12);
    // Label 0: rows 0,1,4,5 are confidently 0 (≥ 0.717); row 2 confidently 1 (0.9 ≥ 0.75).
    // Label 1: rows 6 and 8 are confidently 1; none confidently 0. Calibrated rows sum to 6 and 4.
    expect(Array.from(result.confidentJoint)).toEqual([5, 1, 0, 4]);
    expect(Array.from(result.issues)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(result.selfConfidence[2]).toBeCloseTo(0.1, 12);
    expect(result.normalizedMargin[2]).toBeCloseTo(-0.8, 12);
  });

  it('flags nothing when every row agrees with its label', () => {
    const probs = matrixFromRows(Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? [0.9, 0.05, 0.05] : i % 3 === 1 ? [0.1, 0.8, 0.1] : [0.05, 0.15, 0.8])));
    const y = Int32Array.from({ length: 30 }, (_, i) => i % 3);
    const result = confidentLearning(probs, y);
    expect(result.issues.every((v) => v === 0)).toBe(true);
    expect(result.confidentJoint[0 * 3 + 1]).toBe(0);
  });

  it('never flags a row whose likeliest class is its label', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.integer({ min: 0, max: 2 })), { minLength: 3, maxLength: 60 }),
        (rows) => {
          const probs = matrixFromRows(rows.map(([a, b, c]) => [a / (a + b + c), b / (a + b + c), c / (a + b + c)]));
          const y = Int32Array.from(rows, (r) => r[3]);
          const result = confidentLearning(probs, y);
          rows.forEach((r, i) => {
            const p = [r[0], r[1], r[2]];
            if (p.indexOf(Math.max(...p)) === y[i]) expect(result.issues[i]).toBe(0);
          });
          // The calibrated joint keeps each label's count.
          for (let c = 0; c < 3; c++) {
            const count = y.filter((v) => v === c).length;
            if (count > 0) expect(result.confidentJoint.subarray(c * 3, c * 3 + 3).reduce((a, b) => a + b, 0)).toBe(count);
          }
        },
      ),
    );
  });

  it('refuses labels that do not match the probabilities', () => {
    expect(() => confidentLearning(matrixFromRows([[0.5, 0.5]]), Int32Array.of(0, 1))).toThrow(/2 labels for 1 rows/);
  });
});

describe('roundPreservingSum', () => {
  it('rounds to integers whose sum is the rounded sum, each within one of its value', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 20 }), (values) => {
        const out = Float64Array.from(values);
        roundPreservingSum(out);
        expect(out.reduce((a, b) => a + b, 0)).toBe(Math.round(values.reduce((a, b) => a + b, 0)));
        out.forEach((v, i) => {
          expect(Number.isInteger(v)).toBe(true);
          expect(Math.abs(v - values[i]!)).toBeLessThan(1);
        });
      }),
    );
  });
});
