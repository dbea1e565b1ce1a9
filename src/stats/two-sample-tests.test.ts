import { describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { andersonKSample } from './anderson-ksamp.js';
import { betaInc, studentTSf } from './beta.js';
import { besselK } from './bessel.js';
import { cramerVonMises2Sample } from './cramer-von-mises.js';
import { energyDistanceSorted } from './energy-distance.js';
import { eppsSingleton2Sample } from './epps-singleton.js';
import { fisherExact } from './fisher-exact.js';
import { gTest } from './g-test.js';
import { mannWhitneyU } from './mann-whitney.js';
import { empiricalMmdTest, mmdKernelSigma, MMD_MAX_VALUES } from './mmd.js';
import { tTestIndependent } from './t-test.js';
import { totalVariationDistance, tvdPermutationTest } from './tvd.js';

// Reference values from scipy 1.17.1 (numpy 2.4.6), computed on the inputs below.
const sorted = (v: readonly number[]) => Float64Array.from(v).sort();
const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);
const x2 = [0.3, 0.8, 0.3, -1.3, 0.9, 0.4, -0.5, 0.6, 0.4, 0.3, 0, 0.5, -0.7, -0.2, -0.5, 0.6, 0, -0.3, -0.8, -0.3, 0, -0.3, 1.3, 1, -2.7, -1.9, -0.2, -0.4, 0.2, 0.2];
const y2 = [0.7, -0, 0.1, -1.9, 2.3, 1.6, 0.2, 1.3, 0.8, -0.1, 1.5, 0.2, 0.2, -0.3, 1, 0.4, 1, -0.1, 0.6, -0.4, 1.3, 0.7, 0.8, 0.9, -0.5];
const refuses = (f: () => unknown, pattern: RegExp): boolean => {
  try {
    f();
  } catch (e) {
    return isAisecError(e, 'ERR_STATS_INPUT') && pattern.test((e as Error).message);
  }
  return false;
};

describe('special functions', () => {
  it('incomplete beta, Student t and Bessel K agree with scipy', () => {
    expect(rel(betaInc(2.5, 0.5, 0.3), 0.018927124071945658)).toBeLessThan(1e-12);
    expect(rel(betaInc(50, 60, 0.55), 0.9776189780906666)).toBeLessThan(1e-12);
    expect(rel(studentTSf(2.5, 7), 0.020496109292876444)).toBeLessThan(1e-12);
    expect(rel(studentTSf(40, 3), 1.7190340394579253e-5)).toBeLessThan(1e-10);
    expect(rel(studentTSf(-1.2, 12.5), 0.8738053962438751)).toBeLessThan(1e-12);
    expect(rel(besselK(0.25, 0.1), 2.6851568718760555)).toBeLessThan(1e-14);
    expect(rel(besselK(0.25, 200), 1.2258730312403501e-88)).toBeLessThan(1e-14);
  });
});

describe('two-sample tests against scipy', () => {
  it('Mann–Whitney: exact without ties, asymptotic with tie and continuity corrections', () => {
    const x = sorted([1.1, 2.3, 0.4, 5.6, 3.3]);
    const y = sorted([2.2, 6.1, 7.4, 4.5, 8.8, 9.1, 3.9]);
    expect(mannWhitneyU(x, y).method).toBe('exact');
    expect(rel(mannWhitneyU(x, y).pValue, 0.04797979797979798)).toBeLessThan(1e-12);
    expect(rel(mannWhitneyU(x, y, { alternative: 'less' }).pValue, 0.02398989898989899)).toBeLessThan(1e-12);
    expect(rel(mannWhitneyU(x, y, { alternative: 'greater' }).pValue, 0.9848484848484849)).toBeLessThan(1e-12);
    const tied = mannWhitneyU(sorted(x2), sorted(y2), { alternative: 'less' });
    expect(tied.method).toBe('asymptotic');
    expect(rel(tied.pValue, 0.008120631834683917)).toBeLessThan(1e-12);
    expect(rel(mannWhitneyU(sorted(x2), sorted(y2)).pValue, 0.016241263669367834)).toBeLessThan(1e-12);
  });

  it("t-test: Student's by default, Welch's on request", () => {
    expect(rel(tTestIndependent(x2, y2).pValue, 0.015834695921706263)).toBeLessThan(1e-12);
    expect(rel(tTestIndependent(x2, y2, { equalVariances: false }).pValue, 0.016087523063808683)).toBeLessThan(1e-12);
    expect(tTestIndependent([3, 3, 3], [3, 3]).pValue).toBe(1);
    expect(tTestIndependent([3, 3, 3], [4, 4]).pValue).toBe(0);
  });

  it("Fisher's exact test, two-sided", () => {
    expect(rel(fisherExact([[8, 2], [1, 5]]).pValue, 0.034965034965034975)).toBeLessThan(1e-12);
    expect(rel(fisherExact([[20, 30], [30, 20]]).pValue, 0.0713424034882103)).toBeLessThan(1e-12);
    expect(rel(fisherExact([[0, 10], [10, 0]]).pValue, 1.082508822446903e-5)).toBeLessThan(1e-12);
    expect(fisherExact([[3, 3], [3, 3]]).pValue).toBe(1);
    expect(fisherExact([[0, 0], [3, 3]]).pValue).toBe(1);
    expect(refuses(() => fisherExact([[1.5, 2], [3, 4]]), /whole counts/)).toBe(true);
  });

  it('Cramér–von Mises: exact for small samples, ties by midranks', () => {
    const r = cramerVonMises2Sample(sorted([1.1, 2.3, 0.4, 5.6, 3.3, 2.0]), sorted([2.2, 6.1, 7.4, 4.5, 8.8]));
    expect(r.method).toBe('exact');
    expect(rel(r.pValue, 0.06493506493506493)).toBeLessThan(1e-12);
    expect(rel(r.statistic, 0.45757575757575775)).toBeLessThan(1e-12);
    expect(rel(cramerVonMises2Sample(sorted([1, 2, 2, 3, 4]), sorted([2, 3, 3, 5, 6, 7])).pValue, 0.15584415584415584)).toBeLessThan(1e-12);
    expect(refuses(() => cramerVonMises2Sample(sorted([1]), sorted([1, 2])), /at least two values/)).toBe(true);
  });

  it('Anderson–Darling k-sample, energy distance, Epps–Singleton, G-test', () => {
    expect(rel(andersonKSample([sorted(x2), sorted(y2), sorted([0.1, 0.2, 0.9, 1.5, -0.3, 0.7])]).pValue, 0.05393037608404778)).toBeLessThan(1e-9);
    expect(rel(andersonKSample([sorted(x2), sorted(y2)]).pValue, 0.01534546952116839)).toBeLessThan(1e-9);
    expect(refuses(() => andersonKSample([sorted([2, 2, 2]), sorted([2, 2])]), /more than one distinct/)).toBe(true);
    expect(rel(energyDistanceSorted(sorted([0, 8]), sorted([0, 8, 3])), 0.6666666666666666)).toBeLessThan(1e-14);
    expect(rel(energyDistanceSorted(sorted(x2), sorted(y2)), 0.4635035658498816)).toBeLessThan(1e-12);
    expect(rel(eppsSingleton2Sample(Float64Array.from(x2), Float64Array.from(y2)).pValue, 0.10352667332786229)).toBeLessThan(1e-9);
    expect(rel(eppsSingleton2Sample(Float64Array.from(x2.slice(0, 10)), Float64Array.from(y2.slice(0, 12))).pValue, 0.3330987354583382)).toBeLessThan(1e-9);
    expect(refuses(() => eppsSingleton2Sample(Float64Array.from([1, 1, 1, 1, 1, 2]), Float64Array.from([1, 1, 1, 1, 1])), /interquartile range/)).toBe(true);
    expect(rel(gTest([10, 20, 30], [20, 20, 20]).pValue, 0.005340257332066883)).toBeLessThan(1e-12);
    expect(gTest([5, 5], [10, 0]).pValue).toBe(0);
    expect(refuses(() => gTest([5, 5], [5, 6]), /same total/)).toBe(true);
  });
});

describe('permutation tests', () => {
  it('MMD: the kernel width from the reference, seeded and repeatable, clear drift found, none for a shuffled copy', () => {
    expect(mmdKernelSigma([0, 0, 0])).toBeCloseTo(Math.sqrt(0.5), 15);
    // 4 values: 16 distances, 4 zeros then pairs; "nearest" median index round(7.5) = 8 → the 3rd smallest pair.
    expect(mmdKernelSigma([0, 1, 3, 7])).toBeCloseTo(Math.sqrt(0.5 * 3 * 3), 12);
    const a = Array.from({ length: 60 }, (_, i) => Math.sin(i) * 3);
    const shifted = a.map((v) => v + 4);
    expect(empiricalMmdTest(a, shifted).pValue).toBe(0);
    const same = empiricalMmdTest(a, [...a].reverse());
    expect(same.pValue).toBeGreaterThan(0.5);
    expect(empiricalMmdTest(a, [...a].reverse())).toEqual(same);
    expect(refuses(() => empiricalMmdTest(new Float64Array(MMD_MAX_VALUES), new Float64Array(2)), /at most/)).toBe(true);
    expect(refuses(() => empiricalMmdTest([1], [1, 2]), /at least two/)).toBe(true);
  });

  it('TVD: the distance of shares, p = 0 for disjoint categories, high for the same mix', () => {
    expect(totalVariationDistance(['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b'])).toBeCloseTo(0.25, 15);
    expect(tvdPermutationTest(Array(50).fill('a'), Array(50).fill('b')).pValue).toBe(0);
    const mix = Array.from({ length: 200 }, (_, i) => ['x', 'y', 'z'][i % 3]!);
    expect(tvdPermutationTest(mix, [...mix].reverse()).pValue).toBe(1);
  });
});
