/**
 * Where HopSkipJump starts: a point near the decision boundary that the model misclassifies.
 *
 * - From noise (the reference code): a uniform random input in the box that the model
 *   misclassifies, blended towards x0 by binary search, then HopSkipJump's own binary search.
 * - From natural inputs (the attacker's own data, {@link StartingPool}): for each of the nearest
 *   rows of another class, the ray from x0 towards it, x0 + t·u with u = sign(row − x0) for L∞
 *   (every feature moved by t, as in the sign rays of RayS, Chen & Gu, KDD 2020; a feature equal
 *   in both moves towards its farther bound) or u = (row − x0)/‖row − x0‖₂ for L2, clipped to
 *   the box. The first row is tried where its ray leaves the box (L∞) or at the row itself (L2);
 *   every later row only at the smallest size found so far (one query: a ray that is not
 *   adversarial there cannot do better), and a ray that is gets bisected down. The best ray is
 *   then bisected to HopSkipJump's threshold. Every query counts towards the example's budget.
 */
import { clipToBox } from './box.js';
import { binarySearch, bisect, decide, isDone, type HsjaExample } from './hsja-steps.js';
import { perturbationNorm } from './norms.js';
import { nearestOthers, type StartingPool } from './starting-points.js';

/** A start on the boundary: the adversarial end of the last bisection, and the size of the point it began from. */
export interface BoundaryStart {
  readonly point: Float64Array;
  readonly distance: number;
}

/** How closely a candidate ray is bisected before the next is compared with it: to this share of its size. */
const CANDIDATE_TOLERANCE = 0.01;

/** The reference start: a misclassified uniform random input (up to `tries` draws), blended towards x0, then binary search. */
export async function noiseStart(ex: HsjaExample, tries: number): Promise<BoundaryStart | null> {
  const { lo, hi } = ex.box;
  let noise: Float64Array | null = null;
  for (let t = 0; t < tries && noise === null; t++) {
    const candidate = Float64Array.from(lo, (l, f) => l + ex.rng() * (hi[f]! - l));
    if ((await decide(ex, [candidate]))[0]) noise = candidate;
  }
  if (noise === null) return null;
  let low = 0;
  let high = 1;
  const blend = (a: number): Float64Array => ex.x0.map((v, f) => (1 - a) * v + a * noise[f]!);
  while (high - low > 0.001) {
    const mid = (high + low) / 2;
    if ((await decide(ex, [blend(mid)]))[0]) high = mid;
    else low = mid;
  }
  return binarySearch(ex, blend(high));
}

/** A ray from x0: the point at size `t` (clipped to the box), and where the first try goes. */
interface Ray {
  at(t: number): Float64Array;
  readonly reach: number;
}

/**
 * The start from natural inputs: the best of the rays towards the `candidates` nearest rows of
 * another class (see the file comment), or null when none of them is misclassified. Stops trying
 * rows once the example is within `stopBelow`.
 */
export async function naturalStart(ex: HsjaExample, pool: StartingPool, candidates: number): Promise<BoundaryStart | null> {
  let best: { ray: Ray; low: number; high: number } | null = null;
  for (const row of nearestOthers(pool, ex.x0, ex.label, candidates)) {
    const ray = rayTowards(ex, pool.data.subarray(row * pool.cols, (row + 1) * pool.cols));
    const high = best === null ? ray.reach : best.high;
    if (!(await decide(ex, [ray.at(high)]))[0]) continue;
    const found = await bisect(ex, ray.at, 0, high, CANDIDATE_TOLERANCE * high, 1);
    best = { ray, ...found };
    if (isDone(ex)) break;
  }
  if (best === null) return null;
  // The winner to HopSkipJump's own threshold (L∞ γ/d² of its size, L2 γ/d^{3/2} of its length).
  const { ray, low, high } = best;
  if (isDone(ex)) return { point: ray.at(high), distance: perturbationNorm(ray.at(high), ex.x0, ex.norm) };
  const threshold = ex.norm === 'linf' ? Math.min(high * ex.theta, ex.theta) : ex.theta * ray.reach;
  const refined = await bisect(ex, ray.at, low, high, threshold, 1);
  return { point: ray.at(refined.high), distance: perturbationNorm(ray.at(high), ex.x0, ex.norm) };
}

function rayTowards(ex: HsjaExample, row: Float64Array): Ray {
  const { x0, box } = ex;
  const d = x0.length;
  const u = new Float64Array(d);
  let reach = 0;
  if (ex.norm === 'linf') {
    for (let j = 0; j < d; j++) {
      const towardsHigh = row[j]! > x0[j]! || (row[j] === x0[j] && box.hi[j]! - x0[j]! >= x0[j]! - box.lo[j]!);
      u[j] = towardsHigh ? 1 : -1;
      reach = Math.max(reach, towardsHigh ? box.hi[j]! - x0[j]! : x0[j]! - box.lo[j]!);
    }
  } else {
    reach = perturbationNorm(row, x0, 'l2');
    for (let j = 0; j < d; j++) u[j] = (row[j]! - x0[j]!) / reach;
  }
  return { at: (t) => clipToBox(x0.map((v, j) => v + t * u[j]!), box), reach };
}
