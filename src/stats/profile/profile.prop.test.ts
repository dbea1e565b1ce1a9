import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeProfiles, profileColumn, type ColumnProfile } from './column-profile.js';
import { kllRankError } from './kll.js';
import { profileToJson } from './profile-json.js';

// Values with many ties and a wide range; NaN and ±Infinity included to exercise the counters.
const value = fc.oneof(
  { weight: 20, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
  { weight: 5, arbitrary: fc.integer({ min: -5, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity) },
);
const column = fc.array(value, { maxLength: 3000 });
const cats = fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.integer({ min: 0, max: 3 }), fc.constant(null)), { maxLength: 500 });
const num = (xs: readonly number[]) => profileColumn(xs, { type: 'numerical', edges: [-Infinity, -10, 0, 10, Infinity] });
const close = (a: number, b: number, tol = 1e-9) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

function sameCountsAndMoments(m: ColumnProfile, whole: ColumnProfile): void {
  expect([m.count, m.missing, m.infinite, m.finite]).toEqual([whole.count, whole.missing, whole.infinite, whole.finite]);
  if (whole.finite === 0) return;
  expect([m.min, m.max]).toEqual([whole.min, whole.max]);
  expect(close(m.mean, whole.mean)).toBe(true);
  // Variance relative to the spread of the data (sums of squares of values up to 1e6 lose digits).
  expect(Math.abs(m.variance - whole.variance) <= 1e-9 * Math.max(1, whole.variance, whole.max ** 2, whole.min ** 2)).toBe(true);
  expect([...m.edgeCounts!.counts]).toEqual([...whole.edgeCounts!.counts]);
}

/** Every quantile of the merged sketch lies within the rank-error bound of the exact ranks. */
function quantilesWithinBound(m: ColumnProfile, finite: number[]): void {
  if (finite.length === 0) return;
  const sorted = [...finite].sort((a, b) => a - b);
  const eps = m.sketch.rankError;
  for (const q of [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
    const x = m.sketch.quantile(q);
    // Exact rank interval of x: [#values < x, #values ≤ x] / n must come within ε of q.
    let lt = 0;
    let le = 0;
    for (const v of sorted) {
      if (v < x) lt++;
      if (v <= x) le++;
    }
    const n = sorted.length;
    expect(lt / n - eps <= q + 1 / n && le / n + eps >= q - 1 / n, `q ${q}: x ${x}, ranks [${lt / n}, ${le / n}], ε ${eps}`).toBe(true);
  }
}

describe('profile merge properties', () => {
  it('merge(profile(a), profile(b)) = profile(a ++ b): counts, extremes, edges exact; moments to rounding; quantiles within ε', () => {
    fc.assert(
      fc.property(column, column, (a, b) => {
        const m = mergeProfiles(num(a), num(b));
        sameCountsAndMoments(m, num([...a, ...b]));
        quantilesWithinBound(
          m,
          [...a, ...b].filter((v) => Number.isFinite(v)),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('merge is associative and commutative within the bounds', () => {
    fc.assert(
      fc.property(column, column, column, (a, b, c) => {
        const [pa, pb, pc] = [num(a), num(b), num(c)];
        const left = mergeProfiles(mergeProfiles(pa, pb), pc);
        const right = mergeProfiles(pa, mergeProfiles(pb, pc));
        const swapped = mergeProfiles(pc, mergeProfiles(pb, pa));
        const finite = [...a, ...b, ...c].filter((v) => Number.isFinite(v));
        for (const m of [right, swapped]) sameCountsAndMoments(m, left);
        for (const m of [left, right, swapped]) quantilesWithinBound(m, finite);
      }),
      { numRuns: 40 },
    );
  });

  it('categorical merge is exact (and order-free) while categories fit', () => {
    fc.assert(
      fc.property(cats, cats, cats, (a, b, c) => {
        const p = (xs: typeof a) => profileColumn(xs, { type: 'categorical', maxCategories: 16 });
        const whole = profileToJson(p([...a, ...b, ...c]));
        expect(profileToJson(mergeProfiles(mergeProfiles(p(a), p(b)), p(c)))).toBe(whole);
        expect(profileToJson(mergeProfiles(p(c), mergeProfiles(p(b), p(a))))).toBe(whole);
      }),
    );
  });

  it('categorical merge past maxCategories keeps totals exact and folds the rest into other', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 400 }), fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 400 }), (a, b) => {
        const m = mergeProfiles(profileColumn(a, { type: 'categorical', maxCategories: 5 }), profileColumn(b, { type: 'categorical', maxCategories: 5 }));
        expect(m.categories.size).toBeLessThanOrEqual(5);
        expect([...m.categories.values()].reduce((s, v) => s + v, m.other)).toBe(a.length + b.length);
      }),
    );
  });

  it('memory is bounded: 1M values or 1,000 merged windows stay a few kilobytes', () => {
    const whole = profileColumn(
      Float64Array.from({ length: 1_000_000 }, (_, i) => Math.sin(i) * 1000 + i / 1000),
      { type: 'numerical' },
    );
    expect(whole.sketch.retained).toBeLessThan(700);
    expect(profileToJson(whole).length).toBeLessThan(20_000);
    let merged = profileColumn([], { type: 'numerical' });
    for (let w = 0; w < 1000; w++) merged = mergeProfiles(merged, profileColumn(Float64Array.from({ length: 300 }, (_, i) => Math.cos(w * 300 + i)), { type: 'numerical' }));
    expect(merged.finite).toBe(300_000);
    expect(merged.sketch.retained).toBeLessThan(700);
    expect(kllRankError(200)).toBeLessThan(0.014);
  });
});
