import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { createRng, normal } from '../random.js';
import { ksStatistic } from '../ks.js';
import { wassersteinDistance } from '../wasserstein.js';
import { chunkRanges, splitChunks } from './chunker.js';
import { doaneEdges } from './doane-edges.js';
import { outsideBand, thresholdBand } from './thresholds.js';
import { fitChunkedDrift } from './univariate.js';

const sample = (seed: number, n: number, shift = 0) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => normal(rng) + shift);
};
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isAisecError(e) ? e.code : 'not an AisecError';
  }
  return 'no error';
};

describe('chunkRanges', () => {
  it('splits like NannyML: 10 chunks of ⌊n/10⌋, the remainder kept as an 11th', () => {
    expect(chunkRanges(300).map((c) => c.end - c.start + 1)).toEqual(Array(10).fill(30));
    const r = chunkRanges(105);
    expect(r).toHaveLength(11);
    expect(r[10]).toEqual({ index: 10, start: 100, end: 104 });
  });
  it('sizes, counts, and what happens to the remainder', () => {
    expect(chunkRanges(25, { kind: 'size', size: 10 }).map((c) => [c.start, c.end])).toEqual([[0, 9], [10, 19], [20, 24]]);
    expect(chunkRanges(25, { kind: 'size', size: 10, incomplete: 'append' }).map((c) => [c.start, c.end])).toEqual([[0, 9], [10, 24]]);
    expect(chunkRanges(25, { kind: 'size', size: 10, incomplete: 'drop' })).toHaveLength(2);
    expect(chunkRanges(7, { kind: 'size', size: 10, incomplete: 'append' })).toEqual([{ index: 0, start: 0, end: 6 }]);
    expect(chunkRanges(20, { kind: 'count', count: 4 }).map((c) => c.start)).toEqual([0, 5, 10, 15]);
    expect(splitChunks([1, 2, 3, 4, 5], { kind: 'size', size: 2 })).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunkRanges(0)).toEqual([]);
  });
  it('refuses settings that cannot split', () => {
    expect(code(() => chunkRanges(5))).toBe('ERR_STATS_INPUT'); // fewer rows than 10 chunks
    expect(code(() => chunkRanges(10, { kind: 'size', size: 0 }))).toBe('ERR_STATS_INPUT');
    expect(code(() => chunkRanges(10, { kind: 'count', count: 1.5 }))).toBe('ERR_STATS_INPUT');
    expect(code(() => chunkRanges(-1))).toBe('ERR_STATS_INPUT');
  });
});

describe('thresholdBand', () => {
  it('is mean ± k·std (ddof 0, NaN ignored), clipped at the limits', () => {
    const b = thresholdBand({ kind: 'std', lowerMultiplier: 3, upperMultiplier: 3 }, [0.1, 0.2, 0.3, Number.NaN], { lower: 0, upper: 0.4 });
    expect(b).toEqual({ lower: 0, upper: 0.4 });
    const open = thresholdBand({ kind: 'std', lowerMultiplier: null, upperMultiplier: 1 }, [1, 3]);
    expect(open).toEqual({ lower: null, upper: 3 });
    expect(thresholdBand({ kind: 'constant', lower: 0.45, upper: 0.65 }, [])).toEqual({ lower: 0.45, upper: 0.65 });
  });
  it('alerts strictly outside the band, never on NaN', () => {
    expect(outsideBand(3, { lower: null, upper: 3 })).toBe(false);
    expect(outsideBand(3.0001, { lower: null, upper: 3 })).toBe(true);
    expect(outsideBand(-1, { lower: 0, upper: null })).toBe(true);
    expect(outsideBand(Number.NaN, { lower: 0, upper: 1 })).toBe(false);
  });
  it('rejects a negative multiplier and an inverted constant band', () => {
    expect(code(() => thresholdBand({ kind: 'std', upperMultiplier: -1 }, [1]))).toBe('ERR_STATS_INPUT');
    expect(code(() => thresholdBand({ kind: 'constant', lower: 1, upper: 0 }, []))).toBe('ERR_STATS_INPUT');
  });
});

describe('doaneEdges', () => {
  it('matches numpy on small samples', () => {
    // numpy 2.4.6: numpy.histogram_bin_edges([1, 2, 3, 4, 10], "doane") gives 5 bins.
    expect([...doaneEdges([1, 2, 3, 4, 10])]).toEqual([1, 2.8, 4.6, 6.4, 8.2, 10]);
    expect([...doaneEdges([5, 5, 5])]).toEqual([4.5, 5.5]);
    expect([...doaneEdges([1, 2])]).toEqual([1, 2]);
  });
});

describe('fitChunkedDrift', () => {
  it('binned KS and Wasserstein (reference ≥ 10,000) stay close to the exact values', () => {
    const ref = sample(1, 20_000);
    for (const shift of [0, 0.3, 3]) {
      const cur = sample(2, 3_000, shift);
      const ks = fitChunkedDrift(ref, { method: 'kolmogorov_smirnov', columnType: 'numerical' }).calculate(cur).value;
      const exactKs = ksStatistic(Float64Array.from(ref).sort(), Float64Array.from(cur).sort());
      // Binning moves each ECDF by at most the share of one bin; a shift of 3 sends values past the reference max, which NannyML's estimate does not count.
      expect(Math.abs(ks - exactKs)).toBeLessThan(shift === 3 ? 0.1 : 0.005);
      const w = fitChunkedDrift(ref, { method: 'wasserstein', columnType: 'numerical' }).calculate(cur).value;
      expect(Math.abs(w - wassersteinDistance(ref, cur))).toBeLessThan(0.01 + 0.01 * shift);
    }
  });

  it('binned KS and Wasserstein reproduce NannyML\'s estimate term by term (numpy transcription, both tails hit)', () => {
    // Values from numpy 2.4.6 running NannyML's estimated-path code on the same deterministic data
    // (32 current values below the reference minimum, 327 above its maximum).
    const ref = Array.from({ length: 12_000 }, (_, i) => Math.sin(i * 0.37) * 3 + ((i * 7919) % 1000) / 500);
    const cur = Array.from({ length: 3_000 }, (_, i) => Math.sin(i * 0.11) * 3.6 + ((i * 104729) % 1000) / 400 + 0.3);
    const ks = fitChunkedDrift(ref, { method: 'kolmogorov_smirnov', columnType: 'numerical' }).calculate(cur).value;
    expect(ks).toBeCloseTo(0.16216666666660862, 9);
    const w = fitChunkedDrift(ref, { method: 'wasserstein', columnType: 'numerical' }).calculate(cur).value;
    expect(w).toBeCloseTo(0.5976425492744654, 9);
  });

  it('the estimate is used only when asked for or when the reference is large', () => {
    const ref = sample(3, 500);
    const cur = sample(4, 300, 0.5);
    const exact = fitChunkedDrift(ref, { method: 'wasserstein', columnType: 'numerical' }).calculate(cur).value;
    expect(exact).toBe(wassersteinDistance(ref, cur));
    const est = fitChunkedDrift(ref, { method: 'wasserstein', columnType: 'numerical', computation: { calculation: 'estimated', bins: 1000 } }).calculate(cur).value;
    expect(est).not.toBe(exact);
    expect(Math.abs(est - exact)).toBeLessThan(0.05);
  });

  it('catches a mean shift and lets the same distribution through', () => {
    const ref = sample(5, 5_000);
    for (const method of ['jensen_shannon', 'hellinger', 'kolmogorov_smirnov', 'wasserstein'] as const) {
      const fitted = fitChunkedDrift(ref, { method, columnType: 'numerical' });
      expect(fitted.calculate(sample(6, 500)).alert, method).toBe(false);
      expect(fitted.calculate(sample(7, 500, 1)).alert, method).toBe(true);
    }
  });

  it('categorical: unseen categories go to the leftover bin; chi2 alerts on its p-value', () => {
    const ref = Array.from({ length: 600 }, (_, i) => ['a', 'b', 'c'][i % 3]!);
    const cur = Array.from({ length: 300 }, (_, i) => ['a', 'b', 'd'][i % 3]!);
    const js = fitChunkedDrift(ref, { method: 'jensen_shannon', columnType: 'categorical' }).calculate(cur);
    expect(js.value).toBeGreaterThan(0.3);
    expect(js.alert).toBe(true);
    const linf = fitChunkedDrift(ref, { method: 'l_infinity', columnType: 'categorical' }).calculate(cur);
    expect(linf.value).toBeCloseTo(1 / 3, 12);
    const chi2 = fitChunkedDrift(ref, { method: 'chi2', columnType: 'categorical' });
    expect(chi2.band).toEqual({ lower: null, upper: null });
    expect(chi2.calculate(cur).alert).toBe(true);
    expect(chi2.calculate(ref.slice(0, 300)).alert).toBe(false);
    expect(chi2.calculate(ref.slice(0, 300)).pValue).toBeGreaterThan(0.05);
  });

  it('drops missing values and gives NaN (no alert) for a chunk with none', () => {
    const ref = [...sample(8, 200), Number.NaN, null, undefined];
    const fitted = fitChunkedDrift(ref, { method: 'kolmogorov_smirnov', columnType: 'numerical' });
    const r = fitted.calculate([null, Number.NaN]);
    expect(r.value).toBeNaN();
    expect(r.alert).toBe(false);
    expect(r.count).toBe(0);
    const chunks = fitted.calculateChunks(sample(9, 100), { kind: 'size', size: 25 });
    expect(chunks.map((c) => c.count)).toEqual([25, 25, 25, 25]);
  });

  it('hostile input: wrong types, unknown methods and types, empty references give ERR_STATS_INPUT', () => {
    const ref = sample(10, 100);
    expect(code(() => fitChunkedDrift([...ref, 'x'], { method: 'wasserstein', columnType: 'numerical' }))).toBe('ERR_STATS_INPUT');
    expect(code(() => fitChunkedDrift([...ref, Infinity], { method: 'wasserstein', columnType: 'numerical' }))).toBe('ERR_STATS_INPUT');
    expect(code(() => fitChunkedDrift(ref, { method: 'chi2', columnType: 'numerical' }))).toBe('ERR_STATS_INPUT');
    expect(code(() => fitChunkedDrift(ref, { method: 'toString' as never, columnType: 'numerical' }))).toBe('ERR_STATS_INPUT');
    expect(code(() => fitChunkedDrift(ref, { method: 'wasserstein', columnType: 'text' as never }))).toBe('ERR_STATS_INPUT');
    expect(code(() => fitChunkedDrift([null, null], { method: 'jensen_shannon', columnType: 'categorical' }))).toBe('ERR_STATS_INPUT');
    expect(code(() => fitChunkedDrift(ref, { method: 'kolmogorov_smirnov', columnType: 'numerical', computation: { bins: 1e12 } }))).toBe('ERR_STATS_INPUT');
    const fitted = fitChunkedDrift(ref, { method: 'wasserstein', columnType: 'numerical' });
    expect(code(() => fitted.calculate([1, {} as never]))).toBe('ERR_STATS_INPUT');
  });
});
