/**
 * The steps of HopSkipJump (Chen, Jordan & Wainwright 2020, and the reference code
 * Jianbo-Lab/HSJA): decisions that remember the smallest adversarial input seen, the binary
 * search towards the boundary, and the gradient-direction estimate from decisions alone.
 *
 * One change to the reference: a bisection whose bracket contains one of the attack's ε not yet
 * reached asks at that ε first (instead of the midpoint), so an input within ε is found by the
 * search that passes it rather than only once the boundary has moved below ε.
 */
import { normal, type Rng } from '../../stats/index.js';
import type { ExampleOracle } from './batched-queries.js';
import { clipToBox, type Box } from './box.js';
import { perturbationNorm, withinEpsilon, type EvasionNorm } from './norms.js';

/** The smallest adversarial input an example has found, and when each smaller one was found. */
export interface Track {
  best: Float64Array | null;
  bestNorm: number;
  bestLabel: number;
  /** Query counts at which a smaller adversarial input was found, with its size; sizes fall. */
  readonly history: { queries: number; norm: number }[];
}

/** What the steps of one example share. */
export interface HsjaExample {
  readonly x0: Float64Array;
  readonly label: number;
  readonly norm: EvasionNorm;
  readonly box: Box;
  readonly rng: Rng;
  readonly oracle: ExampleOracle;
  readonly track: Track;
  /** The binary-search threshold θ: γ/d^{3/2} (L2) or γ/d² (L∞). */
  readonly theta: number;
  /** The attack's ε, smallest first: sizes a bisection asks at before its midpoint (see {@link bisect}). */
  readonly epsilons: readonly number[];
  /** Size at or below which the example is done (the smallest ε with `stopAtEpsilon`, else -1). */
  readonly stopBelow: number;
}

/** Whether the example has found an adversarial input within its stopping size. */
export function isDone(ex: HsjaExample): boolean {
  return withinEpsilon(ex.track.bestNorm, ex.stopBelow);
}

/** A new, empty track. */
export function newTrack(): Track {
  return { best: null, bestNorm: Infinity, bestLabel: -1, history: [] };
}

/** Ask whether each point is adversarial (classified other than the true label), updating the track. */
export async function decide(ex: HsjaExample, points: readonly Float64Array[]): Promise<boolean[]> {
  const answer = await ex.oracle.ask(points);
  return points.map((point, j) => {
    const label = answer.labels[j]!;
    if (label === ex.label) return false;
    const size = perturbationNorm(point, ex.x0, ex.norm);
    if (size < ex.track.bestNorm) {
      ex.track.best = Float64Array.from(point);
      ex.track.bestNorm = size;
      ex.track.bestLabel = label;
      ex.track.history.push({ queries: ex.oracle.used, norm: size });
    }
    return true;
  });
}

/** The point at `alpha` between x0 and `point`: a blend (L2), or `point` clipped to x0 ± alpha (L∞). */
export function project(ex: HsjaExample, point: Float64Array, alpha: number): Float64Array {
  const out = new Float64Array(point.length);
  const { x0 } = ex;
  for (let j = 0; j < out.length; j++) {
    out[j] = ex.norm === 'l2' ? (1 - alpha) * x0[j]! + alpha * point[j]! : Math.min(x0[j]! + alpha, Math.max(x0[j]! - alpha, point[j]!));
  }
  return out;
}

/** Bisection steps a search takes at most, whatever the sizes. */
export const MAX_SEARCH_STEPS = 64;

/**
 * Bisection along a path from x0: `at(0)` is x0, `at(high)` is adversarial, `at(low)` is not (or
 * is x0), and the perturbation of `at(s)` is at most `s × sizePerUnit`. Narrows [low, high] until
 * it is below `threshold`, {@link MAX_SEARCH_STEPS} were asked or the example is done, and
 * returns the bracket. When
 * the bracket contains the position of an ε not yet reached, the largest such is asked first,
 * which costs at most one step per ε and decides at once whether the path crosses within it.
 */
export async function bisect(
  ex: HsjaExample,
  at: (s: number) => Float64Array,
  low: number,
  high: number,
  threshold: number,
  sizePerUnit: number,
): Promise<{ low: number; high: number }> {
  for (let step = 0; step < MAX_SEARCH_STEPS && threshold > 0 && (high - low) / threshold > 1 && !isDone(ex); step++) {
    let mid = (high + low) / 2;
    for (const epsilon of ex.epsilons) {
      const s = epsilon / sizePerUnit;
      if (s > low && s < high && epsilon < ex.track.bestNorm) mid = s;
    }
    if ((await decide(ex, [at(mid)]))[0]) high = mid;
    else low = mid;
  }
  return { low, high };
}

/**
 * Binary search from an adversarial `point` towards x0 until the bracket is below the paper's
 * threshold; returns the adversarial end of the bracket and the distance of `point`.
 */
export async function binarySearch(ex: HsjaExample, point: Float64Array): Promise<{ point: Float64Array; distance: number }> {
  const distance = perturbationNorm(point, ex.x0, ex.norm);
  const high = ex.norm === 'linf' ? distance : 1;
  const threshold = ex.norm === 'linf' ? Math.min(distance * ex.theta, ex.theta) : ex.theta;
  // L∞: clipping to x0 ± α gives a size of at most α; L2: the blend at α has size α × distance.
  const alpha = await bisect(ex, (a) => project(ex, point, a), 0, high, threshold, ex.norm === 'linf' ? 1 : distance);
  return { point: project(ex, point, alpha.high), distance };
}

/** Steps of {@link binarySearch} for a point at `distance`, one more per ε (what to keep back from a gradient estimate). */
export function searchSteps(ex: HsjaExample, distance: number): number {
  const range = ex.norm === 'linf' ? distance : 1;
  const threshold = ex.norm === 'linf' ? Math.min(distance * ex.theta, ex.theta) : ex.theta;
  return threshold > 0 && range > threshold ? Math.min(MAX_SEARCH_STEPS, Math.ceil(Math.log2(range / threshold)) + ex.epsilons.length) : 0;
}

/**
 * Estimate the direction in which the decision turns adversarial at `point` (on the boundary)
 * from `evals` random probes at radius `delta`, with the paper's baseline subtraction. Returns a
 * unit vector, or null when the probes carry no direction.
 */
export async function estimateGradient(ex: HsjaExample, point: Float64Array, evals: number, delta: number): Promise<Float64Array | null> {
  const d = point.length;
  const probes: Float64Array[] = [];
  const directions: Float64Array[] = [];
  for (let k = 0; k < evals; k++) {
    const u = new Float64Array(d);
    let length = 0;
    for (let j = 0; j < d; j++) {
      u[j] = ex.norm === 'l2' ? normal(ex.rng) : 2 * ex.rng() - 1;
      length += u[j]! * u[j]!;
    }
    length = Math.sqrt(length) || 1;
    const probe = new Float64Array(d);
    for (let j = 0; j < d; j++) probe[j] = point[j]! + (delta * u[j]!) / length;
    clipToBox(probe, ex.box);
    // The direction actually taken after clipping.
    for (let j = 0; j < d; j++) u[j] = (probe[j]! - point[j]!) / delta;
    probes.push(probe);
    directions.push(u);
  }
  const decisions = await decide(ex, probes);
  const values = decisions.map((a) => (a ? 1 : -1));
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  // All one way: the mean direction (or its opposite); otherwise subtract the mean as a baseline.
  const weights = mean === 1 || mean === -1 ? values : values.map((v) => v - mean);
  const gradient = new Float64Array(d);
  for (let k = 0; k < evals; k++) {
    const w = weights[k]! / evals;
    const u = directions[k]!;
    for (let j = 0; j < d; j++) gradient[j]! += w * u[j]!;
  }
  let length = 0;
  for (let j = 0; j < d; j++) length += gradient[j]! * gradient[j]!;
  length = Math.sqrt(length);
  if (!(length > 0) || !Number.isFinite(length)) return null;
  for (let j = 0; j < d; j++) gradient[j] = gradient[j]! / length;
  return gradient;
}
