import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAisecError } from '../core/errors.js';
import { logRocSample, pointAtFpr, rocAuc, rocCurve, tprAtFpr } from './roc.js';

/** The chance a positive outscores a negative, ties one half, by counting every pair. */
function pairwiseAuc(pos: readonly number[], neg: readonly number[]): number {
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/** TPR at FPR ≤ target by trying every threshold ("flag score ≥ t", t a score or +∞). */
function bruteTprAtFpr(pos: readonly number[], neg: readonly number[], target: number): number {
  let best = 0;
  for (const t of [...pos, ...neg]) {
    const fpr = neg.filter((s) => s >= t).length / neg.length;
    if (fpr <= target) best = Math.max(best, pos.filter((s) => s >= t).length / pos.length);
  }
  return best;
}

const scores = fc.array(fc.integer({ min: -20, max: 20 }).map((v) => v / 4), { minLength: 1, maxLength: 40 });

describe('rocCurve', () => {
  it('gives the hand-computed points and area', () => {
    const curve = rocCurve([0.9, 0.8], [0.1, 0.85]);
    expect([...curve.fpr]).toEqual([0, 0, 0.5, 0.5, 1]);
    expect([...curve.tpr]).toEqual([0, 0.5, 0.5, 1, 1]);
    expect([...curve.thresholds]).toEqual([Infinity, 0.9, 0.85, 0.8, 0.1]);
    expect(curve.auc).toBe(0.75);
    expect(curve.positives).toBe(2);
    expect(curve.negatives).toBe(2);
  });

  it('puts tied scores in one point and counts a tie as one half', () => {
    const curve = rocCurve([1, 1], [1, 0]);
    expect([...curve.fpr]).toEqual([0, 0.5, 1]);
    expect([...curve.tpr]).toEqual([0, 1, 1]);
    expect(curve.auc).toBe(0.75);
    expect(rocAuc([3, 3, 3], [3, 3])).toBe(0.5);
  });

  it('is 1 for a perfect ranking, 0 for a reversed one, 0.5 for constant scores', () => {
    expect(rocAuc([5, 6, 7], [1, 2])).toBe(1);
    expect(rocAuc([1, 2], [5, 6, 7])).toBe(0);
    expect(rocAuc(new Float64Array(100).fill(0.3), new Float64Array(50).fill(0.3))).toBe(0.5);
  });

  it('agrees with counting every pair, whatever the ties', () => {
    fc.assert(fc.property(scores, scores, (pos, neg) => Math.abs(rocAuc(pos, neg) - pairwiseAuc(pos, neg)) < 1e-12));
  });

  it('is symmetric (swapping sides gives 1 − AUC) and unchanged by a strictly increasing transform', () => {
    fc.assert(
      fc.property(scores, scores, (pos, neg) => {
        const auc = rocAuc(pos, neg);
        const transformed = rocAuc(pos.map((v) => Math.exp(v) * 3 - 1), neg.map((v) => Math.exp(v) * 3 - 1));
        return Math.abs(rocAuc(neg, pos) - (1 - auc)) < 1e-12 && Math.abs(transformed - auc) < 1e-12;
      }),
    );
  });

  it('runs from (0, 0) to (1, 1) with both rates non-decreasing', () => {
    fc.assert(
      fc.property(scores, scores, (pos, neg) => {
        const { fpr, tpr } = rocCurve(pos, neg);
        for (let k = 1; k < fpr.length; k++) if (fpr[k]! < fpr[k - 1]! || tpr[k]! < tpr[k - 1]!) return false;
        return fpr[0] === 0 && tpr[0] === 0 && fpr.at(-1) === 1 && tpr.at(-1) === 1;
      }),
    );
  });

  it('refuses empty sides and scores that are not finite numbers, naming the side', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return isAisecError(error) ? `${error.code}: ${error.message}` : 'other';
      }
      return 'none';
    };
    expect(code(() => rocCurve([], [1]))).toMatch(/^ERR_STATS_INPUT: .*positive/);
    expect(code(() => rocCurve([1], []))).toMatch(/^ERR_STATS_INPUT: .*negative/);
    expect(code(() => rocCurve([1, NaN], [0]))).toMatch(/^ERR_STATS_INPUT: .*NaN at index 1/);
    expect(code(() => rocCurve([1], [Infinity]))).toMatch(/^ERR_STATS_INPUT/);
    expect(code(() => rocCurve([1, '2' as unknown as number], [0]))).toMatch(/^ERR_STATS_INPUT/);
    expect(code(() => rocCurve(null as unknown as number[], [0]))).toMatch(/^ERR_STATS_INPUT/);
  });

  it('handles 100,000 scores quickly', () => {
    const pos = Float64Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 1000);
    const neg = Float64Array.from({ length: 50_000 }, (_, i) => (i * 104729) % 997);
    const started = performance.now();
    const curve = rocCurve(pos, neg);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(curve.auc).toBeGreaterThan(0.45);
    expect(curve.auc).toBeLessThan(0.55);
  });
});

describe('tprAtFpr', () => {
  it('takes the largest TPR with FPR ≤ target, without interpolating', () => {
    const curve = rocCurve([0.9, 0.8], [0.1, 0.85]);
    expect(tprAtFpr(curve, 0)).toBe(0.5);
    expect(tprAtFpr(curve, 0.49)).toBe(0.5);
    expect(tprAtFpr(curve, 0.5)).toBe(1);
    expect(tprAtFpr(curve, 1)).toBe(1);
    expect(pointAtFpr(curve, 0.49)).toBe(1);
  });

  it('is 0 at FPR 0 when the top score is a negative', () => {
    expect(tprAtFpr(rocCurve([1, 2], [3, 0]), 0)).toBe(0);
  });

  it('with 1,000 negatives, 0.1% allows exactly one false positive', () => {
    const neg = Array.from({ length: 1000 }, (_, i) => i / 1000);
    const pos = [0.9995, 0.9985, 0.5];
    // No false positive: only 0.9995; one (0.999) lets 0.9985 in too; 0.5 needs 500 of them.
    expect(tprAtFpr(rocCurve(pos, neg), 0)).toBeCloseTo(1 / 3, 12);
    expect(tprAtFpr(rocCurve(pos, neg), 0.001)).toBeCloseTo(2 / 3, 12);
    expect(tprAtFpr(rocCurve(pos, neg), 0.0499)).toBeCloseTo(2 / 3, 12);
    expect(tprAtFpr(rocCurve(pos, neg), 0.5)).toBe(1);
  });

  it('matches trying every threshold, and never falls as the target rises', () => {
    fc.assert(
      fc.property(scores, scores, fc.double({ min: 0, max: 1, noNaN: true }), (pos, neg, target) => {
        const curve = rocCurve(pos, neg);
        const t = tprAtFpr(curve, target);
        return t === bruteTprAtFpr(pos, neg, target) && tprAtFpr(curve, Math.min(1, target + 0.1)) >= t;
      }),
    );
  });

  it('refuses a target outside [0, 1]', () => {
    const curve = rocCurve([1], [0]);
    for (const bad of [-0.1, 1.5, NaN]) expect(() => tprAtFpr(curve, bad)).toThrow(/false-positive rate from 0 to 1/);
  });
});

describe('logRocSample', () => {
  it('samples log-spaced rates from 1/negatives to 1, each with its TPR', () => {
    const neg = Array.from({ length: 1000 }, (_, i) => i);
    const pos = Array.from({ length: 100 }, (_, i) => 500 + i * 5);
    const curve = rocCurve(pos, neg);
    const sample = logRocSample(curve, { points: 4 });
    expect(sample.fpr).toHaveLength(4);
    expect(sample.fpr[0]).toBeCloseTo(0.001, 12);
    expect(sample.fpr[1]).toBeCloseTo(0.01, 12);
    expect(sample.fpr[2]).toBeCloseTo(0.1, 12);
    expect(sample.fpr[3]).toBe(1);
    sample.fpr.forEach((f, k) => expect(sample.tpr[k]).toBe(tprAtFpr(curve, f)));
    expect(sample.tpr[3]).toBe(1);
  });

  it('refuses silly sizes', () => {
    const curve = rocCurve([1], [0]);
    expect(() => logRocSample(curve, { points: 1 })).toThrow(/from 2 to 10,000 points/);
    expect(() => logRocSample(curve, { minFpr: 0 })).toThrow(/smallest false-positive rate/);
  });
});
