import { describe, it, expect } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { chiSquareGoodnessOfFit, chiSquareHomogeneity } from './chi-square.js';
import { describe as describeSample, quantile } from './describe.js';
import { fillZeroShares, jensenShannonDistance, klDivergence, psiScore } from './divergence.js';
import { histogram, quantileEdges, sturgesEdges } from './histogram.js';
import { psi } from './psi.js';
import { normedWassersteinDistance, wassersteinDistance } from './wasserstein.js';
import { twoProportionZTest } from './z-test.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const throwsStats = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isAisecError(e, 'ERR_STATS_INPUT');
  }
  return false;
};

describe('wassersteinDistance', () => {
  it('agrees with scipy wasserstein_distance', () => {
    expect(wassersteinDistance([0, 1, 3], [5, 6, 8])).toBeCloseTo(5, 14);
    expect(wassersteinDistance([3.4, 3.9, 7.5, 7.8], [4.5, 1.4])).toBeCloseTo(2.7, 14);
    expect(wassersteinDistance([1, 2], [1, 2])).toBe(0);
  });

  it('normed by the reference std, with a floor of 0.001 for a constant reference', () => {
    expect(normedWassersteinDistance([0, 2], [1, 3])).toBeCloseTo(1, 14);
    expect(normedWassersteinDistance([5, 5, 5], [5, 5, 6])).toBeCloseTo(1 / 3 / 0.001, 9);
    expect(throwsStats(() => wassersteinDistance([], [1]))).toBe(true);
  });
});

describe('histogram edges and counts (numpy semantics)', () => {
  it('Sturges edges match numpy.histogram_bin_edges', () => {
    // numpy: [1, 2.9, 4.8, 6.7, 8.6, 10.5], computed as i * step + start with the last edge set to stop.
    expect(Array.from(sturgesEdges([1, 2, 3, 4, 5, 6, 7, 8, 9, 10.5]))).toEqual([0, 1, 2, 3, 4].map((i) => i * 1.9 + 1).concat(10.5));
    expect(Array.from(sturgesEdges([3, 3, 3]))).toEqual([2.5, 3.5]);
  });

  it('counts left-closed bins, the last one closed on both sides, and ignores values outside', () => {
    expect(Array.from(histogram([1, 2, 3, 4, 5, 6, 7, 8, 9, 10.5], sturgesEdges([1, 2, 3, 4, 5, 6, 7, 8, 9, 10.5])))).toEqual([2, 2, 2, 2, 2]);
    expect(Array.from(histogram([0, 1, 1.5, 2, 3, 3.5], [1, 2, 3]))).toEqual([2, 2]);
    expect(Array.from(histogram([Number.NaN], [0, 1]))).toEqual([0]);
  });

  it('quantile edges are open at both ends and merge repeated cut points', () => {
    const edges = quantileEdges([1, 1, 1, 1, 2, 3, 4, 5, 6, 7], 5);
    expect(edges[0]).toBe(-Infinity);
    expect(edges[edges.length - 1]).toBe(Infinity);
    expect(new Set(edges).size).toBe(edges.length);
    expect(Array.from(histogram([-100, 100], edges)).reduce((a, b) => a + b)).toBe(2);
  });
});

describe('PSI, KL and Jensen–Shannon', () => {
  it('Jensen–Shannon agrees with scipy in natural log and base 2', () => {
    expect(jensenShannonDistance([1, 0], [0, 1], 2)).toBeCloseTo(1, 15);
    expect(rel(jensenShannonDistance([0.2, 0.3, 0.5], [0.1, 0.6, 0.3]), 0.215901330055803)).toBeLessThan(1e-12);
    expect(rel(jensenShannonDistance([0.2, 0.3, 0.5], [0.1, 0.6, 0.3], 2), 0.25932392561682444)).toBeLessThan(1e-12);
  });

  it('KL divergence agrees with scipy entropy (normalising its inputs)', () => {
    expect(rel(klDivergence([0.2, 0.3, 0.5], [0.1, 0.6, 0.3]), 0.18609809382700082)).toBeLessThan(1e-12);
    expect(rel(klDivergence([1, 2, 3], [3, 2, 1]), 0.3662040962227033)).toBeLessThan(1e-12);
    expect(klDivergence([1, 0], [0, 1])).toBe(Infinity);
  });

  it('PSI is Σ (r − c) ln(r/c), and zero shares are filled as Evidently does', () => {
    expect(psiScore([0.5, 0.5], [0.6, 0.4])).toBeCloseTo(0.1 * Math.log(0.5 / 0.4) - 0.1 * Math.log(0.5 / 0.6), 15);
    expect(Array.from(fillZeroShares([0.5, 0, 0.5]))).toEqual([0.5, 0.0001, 0.5]);
    expect(Array.from(fillZeroShares([0.99995, 0, 0.00005]))).toEqual([0.99995, 0.00005 / 1e6, 0.00005]);
    expect(Array.from(fillZeroShares([0, 0]))).toEqual([0, 0]);
  });

  it('psi with quantile bins is near zero for the same sample and large for a shifted one', () => {
    const ref = Array.from({ length: 1000 }, (_, i) => i);
    expect(psi(ref, ref, { binning: 'quantile' })).toBe(0);
    expect(psi(ref, ref.map((v) => v + 500), { binning: 'quantile' })).toBeGreaterThan(1);
    expect(psi(ref, ref.map((v) => v + 500))).toBeGreaterThan(1);
    expect(throwsStats(() => psi([1, Number.NaN], [1]))).toBe(true);
  });

  it('refuses mismatched or negative shares', () => {
    expect(throwsStats(() => psiScore([1], [0.5, 0.5]))).toBe(true);
    expect(throwsStats(() => jensenShannonDistance([-1, 2], [0.5, 0.5]))).toBe(true);
  });
});

describe('chi-square tests', () => {
  it('goodness of fit agrees with scipy chisquare', () => {
    const r = chiSquareGoodnessOfFit([16, 18, 16, 14, 12, 12], [16, 16, 16, 16, 16, 8]);
    expect(r.statistic).toBeCloseTo(3.5, 12);
    expect(r.dof).toBe(5);
    expect(rel(r.pValue, 0.6233876277495822)).toBeLessThan(1e-12);
  });

  it('an unseen category (expected 0, observed > 0) gives p = 0', () => {
    expect(chiSquareGoodnessOfFit([5, 5], [10, 0])).toMatchObject({ statistic: Infinity, pValue: 0 });
    expect(chiSquareGoodnessOfFit([10], [10]).pValue).toBe(1);
  });

  it('homogeneity agrees with scipy chi2_contingency, with and without the Yates correction', () => {
    const r = chiSquareHomogeneity([
      [10, 20, 30],
      [6, 9, 17],
    ]);
    expect(r.dof).toBe(2);
    expect(rel(r.statistic, 0.27157465150403504)).toBeLessThan(1e-12);
    expect(rel(r.pValue, 0.873028283380073)).toBeLessThan(1e-12);
    const t = [
      [12, 5],
      [7, 9],
    ];
    expect(rel(chiSquareHomogeneity(t).pValue, 0.118989205532145)).toBeLessThan(1e-12);
    expect(rel(chiSquareHomogeneity(t, { yates: true }).pValue, 0.22756821457580642)).toBeLessThan(1e-12);
  });

  it('drops empty rows and columns and answers p = 1 when nothing can vary', () => {
    expect(chiSquareHomogeneity([[5, 0], [7, 0]]).pValue).toBe(1);
    expect(chiSquareHomogeneity([]).pValue).toBe(1);
    expect(throwsStats(() => chiSquareHomogeneity([[1, -1], [2, 2]]))).toBe(true);
  });
});

describe('twoProportionZTest', () => {
  it('computes Evidently’s pooled z and a two-sided p-value', () => {
    const r = twoProportionZTest(250, 500, 300, 500);
    const pooled = 0.55;
    const z = (0.5 - 0.6) / Math.sqrt(pooled * (1 - pooled) * (2 / 500));
    expect(r.statistic).toBeCloseTo(z, 12);
    expect(r.pValue).toBeGreaterThan(0.001);
    expect(r.pValue).toBeLessThan(0.005);
    expect(twoProportionZTest(0, 10, 0, 20)).toEqual({ statistic: 0, pValue: 1 });
    expect(throwsStats(() => twoProportionZTest(5, 4, 1, 2))).toBe(true);
  });
});

describe('describe', () => {
  it('summarises a sample and counts missing and infinite values apart', () => {
    const d = describeSample([4, 1, 3, 2, Number.NaN, Infinity]);
    expect(d).toMatchObject({ count: 5, missing: 1, infinite: 1, mean: 2.5, min: 1, max: 4, median: 2.5, p25: 1.75, p75: 3.25, distinct: 4 });
    expect(d.std).toBeCloseTo(Math.sqrt(1.25), 14);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it('gives NaN moments for a sample without finite values', () => {
    const d = describeSample([Number.NaN, Number.NaN]);
    expect(d.count).toBe(0);
    expect(d.mean).toBeNaN();
    expect(d.median).toBeNaN();
    expect(describeSample([]).distinct).toBe(0);
  });
});
