import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { jensenShannonDistance, fillZeroShares, psiScore } from '../divergence.js';
import { histogram } from '../histogram.js';
import { ksStatistic } from '../ks.js';
import { createRng, normal } from '../random.js';
import { wassersteinDistance } from '../wasserstein.js';
import { mergeProfiles, profileColumn } from './column-profile.js';
import { KllSketch, kllRankError } from './kll.js';
import { profileJensenShannon, profileKs, profilePsi, profileQuantileEdges, profileWasserstein } from './profile-drift.js';
import { profileFromJson, profileToJson, profileToJsonValue } from './profile-json.js';

const sample = (seed: number, n: number, shift = 0, scale = 1) => {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => normal(rng) * scale + shift);
};
const fails = (f: () => unknown): { code: string; field?: unknown } => {
  try {
    f();
  } catch (e) {
    return isAisecError(e) ? { code: e.code, field: e.details?.field } : { code: `not an AisecError: ${String(e)}` };
  }
  return { code: 'no error' };
};

describe('KllSketch', () => {
  it('answers rank queries within its stated error on 1M values, in bounded memory', () => {
    const xs = sample(1, 1_000_000);
    const s = new KllSketch();
    for (const x of xs) s.update(x);
    const sorted = Float64Array.from(xs).sort();
    let worst = 0;
    for (let i = 1; i < 100; i++) {
      const idx = Math.floor((i / 100) * xs.length);
      worst = Math.max(worst, Math.abs(s.cdf(sorted[idx]!) - (idx + 1) / xs.length));
    }
    expect(worst).toBeLessThanOrEqual(kllRankError(200));
    expect(s.retained).toBeLessThan(1000);
    expect(s.min).toBe(sorted[0]);
    expect(s.max).toBe(sorted[sorted.length - 1]);
    expect(s.exact).toBe(false);
  });
  it('is exact until it first compacts', () => {
    const s = new KllSketch();
    [3, 1, 2].forEach((x) => s.update(x));
    expect(s.exact).toBe(true);
    expect(s.rankError).toBe(0);
    expect(s.quantile(0.5)).toBe(2);
    expect(s.cdf(2)).toBeCloseTo(2 / 3, 15);
  });
});

describe('ColumnProfile', () => {
  it('counts, moments, missing and infinite values', () => {
    const p = profileColumn([1, 2, 3, 4, Number.NaN, Infinity], { type: 'numerical' });
    expect([p.count, p.missing, p.infinite, p.finite]).toEqual([5, 1, 1, 4]);
    expect(p.mean).toBe(2.5);
    expect(p.variance).toBe(1.25);
    expect([p.min, p.max]).toEqual([1, 4]);
  });
  it('categorical: up to maxCategories, the rest counted in other', () => {
    const p = profileColumn(['a', 'b', 'a', 'c', null, 1, '1'], { type: 'categorical', maxCategories: 2 });
    expect([...p.categories]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect([p.count, p.missing, p.other]).toEqual([6, 1, 3]);
    const q = profileColumn([1, '1', true], { type: 'categorical' });
    expect(q.categories.size).toBe(3);
  });
  it('fixed edges count exactly like numpy.histogram, with below/above', () => {
    const xs = sample(2, 1000);
    const edges = [-1, 0, 0.5, 1];
    const p = profileColumn(xs, { type: 'numerical', edges });
    expect([...p.edgeCounts!.counts]).toEqual([...histogram(xs, edges)]);
    expect(p.edgeCounts!.below + p.edgeCounts!.above + p.edgeCounts!.counts.reduce((a, b) => a + b, 0)).toBe(1000);
  });
  it('refuses wrong types and mismatched merges', () => {
    expect(fails(() => profileColumn([1, 'x'], { type: 'numerical' })).code).toBe('ERR_STATS_INPUT');
    expect(fails(() => profileColumn([1], { type: 'numerical', edges: [1, 1] })).code).toBe('ERR_STATS_INPUT');
    expect(fails(() => profileColumn([1], { type: 'text' } as never)).code).toBe('ERR_STATS_INPUT');
    expect(fails(() => mergeProfiles(profileColumn([1], { type: 'numerical' }), profileColumn(['a'], { type: 'categorical' }))).code).toBe('ERR_STATS_INPUT');
    expect(fails(() => mergeProfiles(profileColumn([1], { type: 'numerical', edges: [0, 1] }), profileColumn([1], { type: 'numerical' }))).code).toBe('ERR_STATS_INPUT');
    expect(fails(() => mergeProfiles(profileColumn([1], { type: 'numerical', k: 100 }), profileColumn([1], { type: 'numerical' }))).code).toBe('ERR_STATS_INPUT');
  });
});

describe('profile JSON', () => {
  const numeric = profileColumn([...sample(3, 5000), Number.NaN, -Infinity], { type: 'numerical', edges: [-Infinity, -1, 0, 1, Infinity] });
  const categorical = profileColumn(['x', 'y', 'x', 2, true, null], { type: 'categorical' });

  it('round-trips canonically (same text back) with a version field', () => {
    for (const p of [numeric, categorical, profileColumn([], { type: 'numerical' })]) {
      const text = profileToJson(p);
      expect(JSON.parse(text)).toMatchObject({ format: 'aisec.column-profile', version: 1 });
      expect(profileToJson(profileFromJson(text))).toBe(text);
    }
    const back = profileFromJson(profileToJson(numeric));
    expect(back.sketch.quantile(0.3)).toBe(numeric.sketch.quantile(0.3));
    expect(back.mean).toBe(numeric.mean);
  });

  it('hostile JSON gives ERR_STATS_INPUT naming the field', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits the JSON value field by field
    const good = profileToJsonValue(numeric) as Record<string, any>;
    const cases: [unknown, string][] = [
      ['{"count": 1', '(text)'],
      ['[]', '(root)'],
      [{ ...good, count: -1 }, 'count'],
      [{ ...good, count: '3' }, 'count'],
      [{ ...good, version: 2 }, 'version'],
      [{ ...good, extra: 1 }, '(root)'],
      [{ ...good, missing: 1.5 }, 'missing'],
      [{ ...good, count: good.count + 1 }, 'count'],
      [{ ...good, sketch: { ...good.sketch, n: good.sketch.n + 1 } }, 'sketch.levels'],
      [{ ...good, sketch: { ...good.sketch, levels: Array(65).fill([]) } }, 'sketch.levels'],
      [{ ...good, sketch: { ...good.sketch, levels: [Array(200_000).fill(0)] } }, 'sketch.levels.0'],
      [{ ...good, histogram: { ...good.histogram, counts: [1, 2] } }, 'histogram.counts'],
      [{ ...good, histogram: { ...good.histogram, edges: [null, 1, 0, 2, null] } }, 'histogram.edges.2'],
      [{ ...good, mean: 1e9 }, 'mean'],
      ['x'.repeat(5 * 1024 * 1024), '(text)'],
      ['['.repeat(100_000) + ']'.repeat(100_000), '(root)'],
    ];
    for (const [input, field] of cases) {
      const r = fails(() => profileFromJson(input));
      expect(r.code, `${field}`).toBe('ERR_STATS_INPUT');
      expect(String(r.field).startsWith(field), `${String(r.field)} vs ${field}`).toBe(true);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
    const cat = profileToJsonValue(categorical) as Record<string, any>;
    expect(fails(() => profileFromJson({ ...cat, other: 5 })).field).toBe('count');
    expect(fails(() => profileFromJson({ ...cat, categories: [...cat.categories, cat.categories[0]] })).code).toBe('ERR_STATS_INPUT');
    expect(fails(() => profileFromJson({ ...cat, categories: [{ value: { a: 1 }, count: 1 }] })).field).toBe('categories.0.value');
  });
});

describe('drift from profiles vs the exact functions (seeded)', () => {
  const cases = [
    { name: 'same', cur: () => sample(11, 50_000) },
    { name: 'shift 0.2', cur: () => sample(12, 30_000, 0.2) },
    { name: 'scale 1.5', cur: () => sample(13, 20_000, 0, 1.5) },
  ];
  const ref = sample(10, 100_000);
  const pr = profileColumn(ref, { type: 'numerical' });

  it.each(cases)('$name: KS within ε_a + ε_b, Wasserstein within its bound', ({ cur }) => {
    const c = cur();
    const pc = profileColumn(c, { type: 'numerical' });
    const ks = profileKs(pr, pc);
    const exact = ksStatistic(Float64Array.from(ref).sort(), Float64Array.from(c).sort());
    expect(ks.errorBound).toBeCloseTo(2 * kllRankError(200), 12);
    expect(Math.abs(ks.value - exact)).toBeLessThanOrEqual(ks.errorBound);
    const w = profileWasserstein(pr, pc);
    expect(Math.abs(w.value - wassersteinDistance(ref, c))).toBeLessThanOrEqual(w.errorBound);
  });

  it.each(cases)('$name: PSI and JS on sketch quantile bins are close to the exact values on the same bins', ({ cur }) => {
    const c = cur();
    const pc = profileColumn(c, { type: 'numerical' });
    const edges = profileQuantileEdges(pr, 10);
    const r = histogram(ref, edges).map((v) => v / ref.length);
    const q = histogram(c, edges).map((v) => v / c.length);
    const psi = profilePsi(pr, pc);
    expect(psi.from).toBe('sketch');
    expect(Math.abs(psi.value - psiScore(fillZeroShares(r), fillZeroShares(q)))).toBeLessThan(0.01);
    const js = profileJensenShannon(pr, pc);
    expect(Math.abs(js.value - jensenShannonDistance(r, q))).toBeLessThan(0.02);
  });

  it('PSI and JS on shared fixed edges equal the exact functions', () => {
    const c = sample(14, 20_000, 0.3);
    const edges = profileQuantileEdges(pr, 10);
    const prE = profileColumn(ref, { type: 'numerical', edges: [...edges] });
    const pcE = profileColumn(c, { type: 'numerical', edges: [...edges] });
    const r = histogram(ref, edges).map((v) => v / ref.length);
    const q = histogram(c, edges).map((v) => v / c.length);
    const psi = profilePsi(prE, pcE);
    expect(psi.from).toBe('edges');
    expect(psi.errorBound).toBe(0);
    expect(psi.value).toBeCloseTo(psiScore(fillZeroShares(r), fillZeroShares(q)), 12);
    expect(profileJensenShannon(prE, pcE).value).toBeCloseTo(jensenShannonDistance(r, q), 12);
  });

  it('categorical PSI and JS from category counts; a shift is seen, the same mix is not', () => {
    const mk = (seed: number, n: number, pB: number) => {
      const rng = createRng(seed);
      return Array.from({ length: n }, () => (rng() < pB ? 'b' : rng() < 0.5 ? 'a' : 'c'));
    };
    const a = profileColumn(mk(1, 20_000, 0.3), { type: 'categorical' });
    expect(profilePsi(a, profileColumn(mk(2, 20_000, 0.3), { type: 'categorical' })).value).toBeLessThan(0.01);
    const shifted = profilePsi(a, profileColumn(mk(3, 20_000, 0.6), { type: 'categorical' }));
    expect(shifted.value).toBeGreaterThan(0.2);
    expect(shifted.from).toBe('categories');
    expect(fails(() => profileKs(a, a)).code).toBe('ERR_STATS_INPUT');
  });
});
