/**
 * The population stability index of two numeric samples, with a choice of binning:
 * Evidently's (Sturges bins over both samples) or the quantile bins of the reference that
 * credit-risk practice uses (each reference bin holds about the same share).
 */
import { AisecError } from '../core/errors.js';
import { evidentlyBinnedShares } from './drift-methods.js';
import { fillZeroShares, psiScore } from './divergence.js';
import { histogram, quantileEdges } from './histogram.js';

/** Options of {@link psi}. */
export interface PsiOptions {
  /** `evidently` (default): as Evidently's `psi` test; `quantile`: reference quantile bins. */
  readonly binning?: 'evidently' | 'quantile';
  /** Number of quantile bins (default 10). */
  readonly bins?: number;
}

/**
 * PSI of a current numeric sample against a reference, zero shares filled as Evidently does.
 * Values must be finite. Rule of thumb: < 0.1 stable, 0.1–0.25 some shift, > 0.25 a large shift.
 *
 * @example
 * psi(lastMonth, thisMonth, { binning: 'quantile', bins: 10 });
 */
export function psi(reference: ArrayLike<number>, current: ArrayLike<number>, options: PsiOptions = {}): number {
  const ref = Array.from(reference);
  const cur = Array.from(current);
  if (ref.length === 0 || cur.length === 0) throw new AisecError('ERR_STATS_INPUT', 'psi needs two non-empty samples.');
  if (![...ref, ...cur].every(Number.isFinite)) throw new AisecError('ERR_STATS_INPUT', 'psi got a value that is not a finite number: drop missing and infinite values first.');
  if ((options.binning ?? 'evidently') === 'evidently') {
    const s = evidentlyBinnedShares(ref, cur, 'numerical', true);
    return psiScore(s.reference, s.current);
  }
  const edges = quantileEdges(ref, options.bins ?? 10);
  const r = fillZeroShares(histogram(ref, edges).map((v) => v / ref.length));
  const c = fillZeroShares(histogram(cur, edges).map((v) => v / cur.length));
  return psiScore(r, c);
}
