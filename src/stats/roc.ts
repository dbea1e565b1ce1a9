/**
 * ROC curves of a score that should rank positives (e.g. members of a training set) above
 * negatives: the curve, its area, the true-positive rate at a fixed false-positive rate, and a
 * log-scale sample for plotting. Used by the membership-inference tests, where what matters is
 * the true-positive rate at a very low false-positive rate (Carlini et al. 2022).
 */
import { AisecError } from '../core/errors.js';

/** An ROC curve: one point per distinct score, from "flag nobody" to "flag everybody". */
export interface RocCurve {
  /** False-positive rate of each point, non-decreasing from 0 to 1. */
  readonly fpr: Float64Array;
  /** True-positive rate of each point, non-decreasing from 0 to 1. */
  readonly tpr: Float64Array;
  /**
   * The rule of each point is "flag every score ≥ threshold"; the first point flags nobody and
   * its threshold is +Infinity (scores are finite, so none reaches it).
   */
  readonly thresholds: Float64Array;
  readonly positives: number;
  readonly negatives: number;
  /** Area under the curve: the chance that a random positive outscores a random negative, ties counting one half. */
  readonly auc: number;
}

/** A few points of an ROC curve, for a chart with a logarithmic false-positive axis. */
export interface RocSample {
  readonly fpr: readonly number[];
  readonly tpr: readonly number[];
}

/**
 * The ROC curve of `positiveScores` against `negativeScores` (higher means "more likely
 * positive"). Tied scores form one point, so the area counts a tie as one half, as the
 * Mann–Whitney statistic does. Throws ERR_STATS_INPUT when either side is empty or a score is
 * not a finite number.
 *
 * @example
 * const curve = rocCurve([0.9, 0.8], [0.1, 0.85]);
 * curve.auc; // 0.75
 */
export function rocCurve(positiveScores: ArrayLike<number>, negativeScores: ArrayLike<number>): RocCurve {
  const pos = sortedDescending(positiveScores, 'positive');
  const neg = sortedDescending(negativeScores, 'negative');
  const P = pos.length;
  const N = neg.length;
  const fpr: number[] = [0];
  const tpr: number[] = [0];
  const thresholds: number[] = [Number.POSITIVE_INFINITY];
  let i = 0;
  let j = 0;
  let area = 0;
  while (i < P || j < N) {
    // The next threshold is the largest score not yet flagged; flag every score equal to it.
    const t = Math.max(i < P ? pos[i]! : Number.NEGATIVE_INFINITY, j < N ? neg[j]! : Number.NEGATIVE_INFINITY);
    const i0 = i;
    const j0 = j;
    while (i < P && pos[i] === t) i++;
    while (j < N && neg[j] === t) j++;
    // Trapezoid in counts (exact in integers up to 2^53): width (j − j0), heights i0 and i.
    area += (j - j0) * (i0 + i);
    fpr.push(j / N);
    tpr.push(i / P);
    thresholds.push(t);
  }
  return {
    fpr: Float64Array.from(fpr),
    tpr: Float64Array.from(tpr),
    thresholds: Float64Array.from(thresholds),
    positives: P,
    negatives: N,
    auc: area / (2 * P * N),
  };
}

/** Area under the ROC curve of `positiveScores` against `negativeScores` (ties count one half). */
export function rocAuc(positiveScores: ArrayLike<number>, negativeScores: ArrayLike<number>): number {
  return rocCurve(positiveScores, negativeScores).auc;
}

/**
 * The largest true-positive rate among the points whose false-positive rate is at most
 * `maxFpr`, with no interpolation between points (as in the LiRA paper). With N negatives, a
 * rate below 1/N can only be met by flagging no negative at all.
 */
export function tprAtFpr(curve: RocCurve, maxFpr: number): number {
  return curve.tpr[pointAtFpr(curve, maxFpr)]!;
}

/** The index of the point {@link tprAtFpr} reads: the last one with FPR ≤ `maxFpr`. */
export function pointAtFpr(curve: RocCurve, maxFpr: number): number {
  if (!(maxFpr >= 0 && maxFpr <= 1)) throw new AisecError('ERR_STATS_INPUT', `tprAtFpr needs a false-positive rate from 0 to 1, not ${String(maxFpr)}.`);
  // fpr is non-decreasing and tpr too, so the last point with fpr ≤ maxFpr has the largest tpr.
  let lo = 0;
  let hi = curve.fpr.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (curve.fpr[mid]! <= maxFpr) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The curve sampled at `points` false-positive rates spaced evenly on a log scale from
 * `minFpr` (default: 1 / negatives, the smallest rate the data can show, but at least 1e-6)
 * to 1, each with its {@link tprAtFpr}. Small enough to store in a report and plot.
 */
export function logRocSample(curve: RocCurve, options: { readonly points?: number; readonly minFpr?: number } = {}): RocSample {
  const points = options.points ?? 50;
  if (!Number.isInteger(points) || points < 2 || points > 10_000) throw new AisecError('ERR_STATS_INPUT', `logRocSample needs from 2 to 10,000 points, not ${String(points)}.`);
  const minFpr = options.minFpr ?? Math.max(1e-6, 1 / Math.max(curve.negatives, 1));
  if (!(minFpr > 0 && minFpr < 1)) throw new AisecError('ERR_STATS_INPUT', `logRocSample needs a smallest false-positive rate between 0 and 1, not ${String(minFpr)}.`);
  const fpr: number[] = [];
  const tpr: number[] = [];
  const step = -Math.log10(minFpr) / (points - 1);
  for (let k = 0; k < points; k++) {
    const f = k === points - 1 ? 1 : 10 ** (Math.log10(minFpr) + k * step);
    fpr.push(f);
    tpr.push(tprAtFpr(curve, f));
  }
  return { fpr, tpr };
}

function sortedDescending(values: ArrayLike<number>, side: string): Float64Array {
  const n = values?.length;
  if (typeof n !== 'number' || n < 1) throw new AisecError('ERR_STATS_INPUT', `An ROC curve needs at least one ${side} score.`);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new AisecError('ERR_STATS_INPUT', `An ROC curve got a ${side} score that is not a finite number (${String(v)} at index ${i}).`);
    }
    out[i] = v;
  }
  return out.sort().reverse();
}
