import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { fitChunkedDrift } from '../chunked/index.js';
import { createRng, normal } from '../random.js';
import type { DataColumns } from './encode.js';
import { fitPca } from './pca.js';
import { fitReconstructionDrift } from './reconstruction.js';
import { symmetricEigen } from '../symmetric-eigen.js';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isAisecError(e) ? e.code : 'not an AisecError';
  }
  return 'no error';
};

/** Four standard-normal features; a and b correlated by `rho`, c and d independent. */
function correlated(seed: number, n: number, rho: number): { a: number[]; b: number[]; c: number[]; d: number[] } {
  const rng = createRng(seed);
  const out = { a: [] as number[], b: [] as number[], c: [] as number[], d: [] as number[] };
  const k = Math.sqrt(1 - rho * rho);
  for (let i = 0; i < n; i++) {
    const x = normal(rng);
    out.a.push(x);
    out.b.push(rho * x + k * normal(rng));
    out.c.push(normal(rng));
    out.d.push(normal(rng));
  }
  return out;
}

describe('symmetricEigen', () => {
  it('decomposes a symmetric matrix: A v = λ v, descending, orthonormal', () => {
    const a = [
      [4, 1, 2],
      [1, 3, 0.5],
      [2, 0.5, 5],
    ];
    const { values, vectors } = symmetricEigen(a);
    expect(values[0]).toBeGreaterThanOrEqual(values[1]!);
    expect(values[1]).toBeGreaterThanOrEqual(values[2]!);
    expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(12, 12);
    vectors.forEach((v, k) => {
      for (let i = 0; i < 3; i++) expect(a[i]!.reduce((s, x, j) => s + x * v[j]!, 0)).toBeCloseTo(values[k]! * v[i]!, 12);
      vectors.forEach((w, l) => expect(v.reduce((s, x, j) => s + x * w[j]!, 0)).toBeCloseTo(k === l ? 1 : 0, 12));
    });
    expect([...symmetricEigen([[2, 1], [1, 2]]).values].map((v) => +v.toFixed(12))).toEqual([3, 1]);
  });
  it('rejects non-square, asymmetric and non-finite input', () => {
    expect(code(() => symmetricEigen([[1, 2]]))).toBe('ERR_STATS_INPUT');
    expect(code(() => symmetricEigen([[1, 2], [3, 4]]))).toBe('ERR_STATS_INPUT');
    expect(code(() => symmetricEigen([[Number.NaN]]))).toBe('ERR_STATS_INPUT');
  });
});

describe('fitPca', () => {
  it('keeps the fewest components explaining more than the share (scikit-learn rule)', () => {
    const t = correlated(1, 2000, 0.9);
    const rows = t.a.map((_, i) => Float64Array.of(t.a[i]!, t.b[i]!, t.c[i]!, t.d[i]!));
    // Variances ≈ 1.9, 1, 1, 0.1 of 4: one component ≈ 47%, two ≈ 72%.
    expect(fitPca(rows, 0.65).components).toHaveLength(2);
    expect(fitPca(rows, 0.4).components).toHaveLength(1);
    expect(fitPca(rows, 4).components).toHaveLength(4);
    expect(code(() => fitPca(rows, 5))).toBe('ERR_STATS_INPUT');
    expect(code(() => fitPca(rows, 0))).toBe('ERR_STATS_INPUT');
  });
});

describe('fitReconstructionDrift', () => {
  it('matches a numpy reimplementation of NannyML (impute, frequency-encode, scale, PCA 65%, chunk means)', () => {
    // Reference values from numpy 2.4.6 (eigh of the covariance) on the same deterministic table; see the comments in the data below.
    const table = (from: number, to: number, flip: boolean) => {
      const t: { x1: (number | null)[]; x2: number[]; x3: number[]; cat: (string | null)[] } = { x1: [], x2: [], x3: [], cat: [] };
      for (let i = from; i < to; i++) {
        const x1 = Math.sin(i * 0.7) * 2;
        t.x1.push(x1);
        t.x2.push((flip ? -1 : 1) * x1 * 0.8 + Math.cos(i * 1.3));
        t.x3.push(((i * 37) % 11) / 3);
        t.cat.push(['a', 'b', 'c', 'b'][(i * 7) % 4]!);
      }
      return t;
    };
    const ref = table(0, 40, false);
    ref.x1[5] = null; // imputed with the mean
    ref.cat[9] = null; // imputed with the most frequent category
    const drift = fitReconstructionDrift(ref, { chunker: { kind: 'size', size: 10 } });
    expect(drift.components).toBe(2);
    expect(drift.explainedVariance).toBeCloseTo(0.7290464517688506, 10);
    const expectedRef = [0.9300567303599256, 0.9270678217900326, 1.0623927974168252, 0.7280743761788652];
    drift.reference.forEach((c, i) => expect(c.value).toBeCloseTo(expectedRef[i]!, 10));
    expect(drift.reference[0]!.samplingError).toBeCloseTo(0.16399248886353207, 10);
    expect(drift.band.upper).toBeCloseTo(1.2700169917191104, 10);
    expect(drift.band.lower).toBeCloseTo(0.5537788711537139, 10);
    const cur = drift.calculate(table(40, 70, true));
    const expectedCur = [1.661491461594903, 1.5635373325874267, 1.6240360814508652];
    cur.forEach((c, i) => expect(c.value).toBeCloseTo(expectedCur[i]!, 10));
    expect(cur.every((c) => c.alert)).toBe(true);
  });

  it('no alert without drift (seeded, 10 analysis chunks)', () => {
    const drift = fitReconstructionDrift(correlated(2, 5000, 0.8));
    const chunks = drift.calculate(correlated(3, 5000, 0.8));
    expect(chunks).toHaveLength(10);
    expect(chunks.filter((c) => c.alert)).toEqual([]);
    expect(drift.reference.filter((c) => c.alert)).toEqual([]);
  });

  it('catches a broken correlation that leaves every marginal unchanged, which univariate drift misses', () => {
    const ref = correlated(4, 5000, 0.8);
    const cur = correlated(5, 5000, -0.8); // a, b, c, d are still N(0, 1) each
    const chunks = fitReconstructionDrift(ref).calculate(cur);
    expect(chunks.every((c) => c.alert)).toBe(true);
    for (const column of ['a', 'b', 'c', 'd'] as const) {
      const univariate = fitChunkedDrift(ref[column], { method: 'kolmogorov_smirnov', columnType: 'numerical' });
      const alerts = univariate.calculateChunks(cur[column]).filter((c) => c.alert).length;
      expect(alerts, column).toBeLessThanOrEqual(1);
    }
  });

  it('encodes categorical columns by frequency (NannyML) or one-hot', () => {
    const rng = createRng(6);
    const colours = ['red', 'green', 'blue'];
    const make = (n: number, follow: boolean) => {
      const x: number[] = [];
      const c: string[] = [];
      for (let i = 0; i < n; i++) {
        const k = Math.floor(rng() * 3);
        x.push(k + 0.3 * normal(rng));
        c.push(colours[follow ? k : Math.floor(rng() * 3)]!);
      }
      return { x, colour: c };
    };
    const ref = make(3000, true);
    const oneHot = fitReconstructionDrift(ref, { encoding: 'one-hot' });
    expect(oneHot.features).toEqual(expect.arrayContaining(['x', 'colour=red', 'colour=green', 'colour=blue', 'colour=<other>']));
    expect(oneHot.calculate(make(3000, true)).some((c) => c.alert)).toBe(false);
    expect(oneHot.calculate(make(3000, false)).every((c) => c.alert)).toBe(true);
    const frequency = fitReconstructionDrift(ref);
    expect(frequency.features).toEqual(['x', 'colour']);
    expect(frequency.calculate(make(3000, true)).some((c) => c.alert)).toBe(false);
  });

  it('hostile input: missing or ragged columns, empty columns, wrong types', () => {
    const ref = correlated(7, 100, 0.5);
    expect(code(() => fitReconstructionDrift({ a: [1, 2, 3], b: [1, 2] }))).toBe('ERR_STATS_INPUT');
    expect(code(() => fitReconstructionDrift({ a: [null, null, null] }))).toBe('ERR_STATS_INPUT');
    expect(code(() => fitReconstructionDrift({}))).toBe('ERR_STATS_INPUT');
    expect(code(() => fitReconstructionDrift({ a: [1] }))).toBe('ERR_STATS_INPUT');
    expect(code(() => fitReconstructionDrift(ref, { encoding: 'hash' as never }))).toBe('ERR_STATS_INPUT');
    expect(code(() => fitReconstructionDrift({ a: [1, 2, Infinity, 4, 5, 6, 7, 8, 9, 10] }))).toBe('ERR_STATS_INPUT');
    const drift = fitReconstructionDrift(ref);
    expect(code(() => drift.calculate({ a: ref.a, b: ref.b, c: ref.c }))).toBe('ERR_STATS_INPUT');
    expect(code(() => drift.calculate({ ...ref, a: ref.a.map(String) } as unknown as DataColumns))).toBe('ERR_STATS_INPUT');
    expect(code(() => drift.calculate({ ...ref, toString: 'x' } as unknown as DataColumns))).toBe('no error');
  });
});
