/**
 * Near-duplicate pairs among numeric rows: every pair within a Euclidean radius that agrees on
 * its group key. Rows are hashed to a grid over a few random projections with cells as wide
 * as the radius; two rows within the radius differ by at most the radius along any unit
 * direction, so they sit in the same or adjacent cells — the search misses no pair, and only
 * rows close along every projection are compared in full.
 */
import { createRng, normal } from '../../../stats/index.js';
import type { ComparisonBudget } from './budget.js';
import { squaredDistance, type RowSpace } from './row-space.js';

/** A pair of rows and how similar they are (1 = identical). */
export interface NearPair {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

const projections = 3;

function unitDirections(dims: number, count: number, seed: number): Float64Array[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => {
    const v = Float64Array.from({ length: dims }, () => normal(rng));
    let sum = 0;
    for (const x of v) sum += x * x;
    const norm = Math.sqrt(sum) || 1;
    return v.map((x) => x / norm);
  });
}

function offsets(k: number): number[][] {
  let out: number[][] = [[]];
  for (let i = 0; i < k; i++) out = out.flatMap((o) => [-1, 0, 1].map((d) => [...o, d]));
  return out;
}

/**
 * All pairs of `rows` (indices into the space) within `radius` of each other and with equal
 * group keys; `accept` filters pairs (e.g. only train–eval pairs). Similarity is 1 − d/radius.
 */
export function numericNearPairs(space: RowSpace, rows: readonly number[], radius: number, budget: ComparisonBudget, options: { seed: number; accept?: (a: number, b: number) => boolean }): NearPair[] {
  if (space.dims === 0 || !(radius > 0) || rows.length < 2) return [];
  const k = Math.min(projections, space.dims);
  const dirs = unitDirections(space.dims, k, options.seed);
  const cellOf = (r: number): number[] =>
    dirs.map((dir) => {
      let p = 0;
      for (let d = 0; d < space.dims; d++) p += dir[d]! * space.vectors[r * space.dims + d]!;
      return Math.floor(p / radius);
    });
  const grid = new Map<string, number[]>();
  const cells = new Map<number, number[]>();
  for (const r of rows) {
    const cell = cellOf(r);
    cells.set(r, cell);
    const key = `${space.groupKeys[r]}\u001e${cell.join(',')}`;
    const bucket = grid.get(key);
    if (bucket) bucket.push(r);
    else grid.set(key, [r]);
  }
  const r2 = radius * radius;
  const pairs: NearPair[] = [];
  const around = offsets(k);
  for (const a of rows) {
    const cell = cells.get(a)!;
    for (const off of around) {
      const bucket = grid.get(`${space.groupKeys[a]}\u001e${cell.map((c, i) => c + off[i]!).join(',')}`);
      if (!bucket) continue;
      for (const b of bucket) {
        if (b <= a || (options.accept && !options.accept(a, b))) continue;
        if (!budget.take()) return pairs;
        const d2 = squaredDistance(space, a, b);
        if (d2 <= r2) pairs.push({ a, b, similarity: 1 - Math.sqrt(d2) / radius });
      }
    }
  }
  return pairs;
}

/**
 * The median distance from a row to its nearest other row with the same group key (the scale
 * cleanlab's near-duplicate threshold is relative to): over every row when that takes at most
 * `fullScanPairs` distance computations (default 20 million), else over a seeded sample of
 * 500 rows (the median of 500 is within a few per cent of the full one, and the radius is a
 * rough scale anyway). Undefined when no row has another row in its group.
 */
export function medianNearestDistance(space: RowSpace, rows: readonly number[], options: { seed: number; sample?: number; maxScan?: number; fullScanPairs?: number }): number | undefined {
  if (space.dims === 0) return undefined;
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    const g = groups.get(space.groupKeys[r]!);
    if (g) g.push(r);
    else groups.set(space.groupKeys[r]!, [r]);
  }
  const rng = createRng(options.seed);
  const candidates = rows.filter((r) => groups.get(space.groupKeys[r]!)!.length > 1);
  const maxScan = options.maxScan ?? 20_000;
  // Every row when that is affordable: the radius then does not depend on the seed.
  let cost = 0;
  for (const r of candidates) cost += Math.min(groups.get(space.groupKeys[r]!)!.length, maxScan);
  const want = cost <= (options.fullScanPairs ?? 20_000_000) ? candidates.length : Math.min(options.sample ?? 500, candidates.length);
  const picks: number[] = [];
  if (want === candidates.length) picks.push(...candidates);
  else {
    const step = candidates.length / Math.max(want, 1);
    for (let i = 0; i < want; i++) picks.push(candidates[Math.min(candidates.length - 1, Math.floor(i * step + rng() * step))]!);
  }
  const nearest: number[] = [];
  for (const a of picks) {
    const group = groups.get(space.groupKeys[a]!)!;
    // In a very large group, scan a strided subset: the estimate only needs to be rough.
    const stride = Math.max(1, Math.ceil(group.length / maxScan));
    let best = Infinity;
    for (let i = Math.floor(rng() * stride); i < group.length; i += stride) {
      const b = group[i]!;
      if (b === a) continue;
      const d2 = squaredDistance(space, a, b);
      if (d2 < best) best = d2;
    }
    if (best < Infinity) nearest.push(Math.sqrt(best));
  }
  if (nearest.length === 0) return undefined;
  nearest.sort((x, y) => x - y);
  const mid = nearest.length >> 1;
  return nearest.length % 2 ? nearest[mid]! : (nearest[mid - 1]! + nearest[mid]!) / 2;
}
