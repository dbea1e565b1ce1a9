/**
 * Distances between two discrete distributions given as shares per bin: PSI, Kullback–Leibler
 * and Jensen–Shannon, with the exact conventions of the libraries people compare against.
 */
import { AisecError } from '../core/errors.js';

function checkPair(p: ArrayLike<number>, q: ArrayLike<number>, who: string): void {
  if (p.length !== q.length) throw new AisecError('ERR_STATS_INPUT', `${who} needs two distributions over the same bins (got ${p.length} and ${q.length}).`);
  for (let i = 0; i < p.length; i++) {
    if (!(p[i]! >= 0 && q[i]! >= 0 && Number.isFinite(p[i]) && Number.isFinite(q[i]))) {
      throw new AisecError('ERR_STATS_INPUT', `${who} needs finite, non-negative shares (bin ${i} has ${p[i]} and ${q[i]}).`);
    }
  }
}

/**
 * Replace zero shares as Evidently does before PSI and KL: by (smallest non-zero share)/10⁶
 * when that share is at most 0.0001, else by 0.0001. Each array is filled on its own.
 */
export function fillZeroShares(shares: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(shares);
  let min = Infinity;
  for (const v of out) if (v !== 0 && v < min) min = v;
  if (min === Infinity) return out; // nothing to scale by: every share is zero
  const fill = min <= 0.0001 ? min / 10 ** 6 : 0.0001;
  for (let i = 0; i < out.length; i++) if (out[i] === 0) out[i] = fill;
  return out;
}

/**
 * Population stability index Σ (r − c) ln(r / c) over bins. Zero shares must be filled first
 * ({@link fillZeroShares}); a zero left in makes the index infinite.
 *
 * @example
 * psiScore([0.5, 0.5], [0.6, 0.4]); // 0.0405...
 */
export function psiScore(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  checkPair(reference, current, 'psiScore');
  let sum = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i]!;
    const c = current[i]!;
    if (r === c) continue;
    sum += (r - c) * Math.log(r / c);
  }
  return sum;
}

function normalised(p: ArrayLike<number>): Float64Array {
  let total = 0;
  for (let i = 0; i < p.length; i++) total += p[i]!;
  const out = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) out[i] = total > 0 ? p[i]! / total : 0;
  return out;
}

/** x ln(x / y) with the conventions 0 ln(0/y) = 0 and x ln(x/0) = ∞ (scipy `rel_entr`). */
function relEntr(x: number, y: number): number {
  if (x === 0) return 0;
  if (y === 0) return Infinity;
  return x * Math.log(x / y);
}

/**
 * Kullback–Leibler divergence D(p ‖ q) in nats after normalising both to sum 1
 * (scipy `stats.entropy(p, q)`).
 */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkPair(p, q, 'klDivergence');
  const pn = normalised(p);
  const qn = normalised(q);
  let sum = 0;
  for (let i = 0; i < pn.length; i++) sum += relEntr(pn[i]!, qn[i]!);
  return sum;
}

/**
 * Jensen–Shannon distance (the square root of the divergence) after normalising both to
 * sum 1 (scipy `spatial.distance.jensenshannon`). With the default natural logarithm it lies
 * in [0, √ln 2 ≈ 0.833] — Evidently's convention, which its 0.1 threshold assumes; with
 * `base` 2 it lies in [0, 1] (NannyML's convention).
 *
 * @example
 * jensenShannonDistance([1, 0], [0, 1], 2); // 1
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>, base = Math.E): number {
  checkPair(p, q, 'jensenShannonDistance');
  const pn = normalised(p);
  const qn = normalised(q);
  let sum = 0;
  for (let i = 0; i < pn.length; i++) {
    const m = (pn[i]! + qn[i]!) / 2;
    sum += relEntr(pn[i]!, m) + relEntr(qn[i]!, m);
  }
  let js = sum / 2;
  if (base !== Math.E) js /= Math.log(base);
  // Rounding can leave a tiny negative value for identical inputs.
  return Math.sqrt(Math.max(js, 0));
}
