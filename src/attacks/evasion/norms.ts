/** The two perturbation norms of the evasion attacks, and projections onto their balls. */
import type { Box } from './box.js';
import { clipToBox } from './box.js';

/** How the size of a perturbation is measured: the largest change (L∞) or the Euclidean length (L2). */
export type EvasionNorm = 'linf' | 'l2';

/** Relative slack on ε for rounding: `x0 + ε − x0` may come out one ulp above ε. */
const ROUNDING = 1e-9;

/** The size of `x − x0` in `norm`. */
export function perturbationNorm(x: ArrayLike<number>, x0: ArrayLike<number>, norm: EvasionNorm): number {
  let out = 0;
  if (norm === 'linf') {
    for (let j = 0; j < x0.length; j++) {
      const a = Math.abs(x[j]! - x0[j]!);
      if (a > out) out = a;
    }
    return out;
  }
  for (let j = 0; j < x0.length; j++) {
    const a = x[j]! - x0[j]!;
    out += a * a;
  }
  return Math.sqrt(out);
}

/** Whether a perturbation of size `size` is within `epsilon` (allowing for the rounding of `x0 ± ε`). */
export function withinEpsilon(size: number, epsilon: number): boolean {
  return size <= epsilon * (1 + ROUNDING);
}

/**
 * Move `x` into the ε-ball around `x0` and then into the box, in place: clip each feature to
 * `x0 ± ε` (L∞) or scale `x − x0` down to length ε (L2). `x0` is inside the box, so clipping
 * to the box afterwards never leaves the ball.
 */
export function projectInto(x: Float64Array, x0: ArrayLike<number>, epsilon: number, norm: EvasionNorm, box: Box): Float64Array {
  if (norm === 'linf') {
    for (let j = 0; j < x.length; j++) {
      const lo = x0[j]! - epsilon;
      const hi = x0[j]! + epsilon;
      if (x[j]! < lo) x[j] = lo;
      else if (x[j]! > hi) x[j] = hi;
    }
  } else {
    const length = perturbationNorm(x, x0, 'l2');
    if (length > epsilon) {
      const scale = epsilon / length;
      for (let j = 0; j < x.length; j++) x[j] = x0[j]! + (x[j]! - x0[j]!) * scale;
    }
  }
  return clipToBox(x, box);
}
