/**
 * The LiRA test statistic (Carlini et al., "Membership Inference Attacks From First
 * Principles", S&P 2022). For each row, the φ its shadow models gave it when trained with it
 * (IN) and without it (OUT) are each summarised by a Gaussian; the target model's φ is then
 * scored by how much more likely it is under IN than under OUT (online), or by how far above
 * OUT it lies (offline, which needs no shadow trained on the row). Because every row is
 * compared with models that did not see it, rows that are easy for any model no longer pass
 * for members, which is what makes LiRA find members at low false-positive rates.
 */
import { attackInput } from './membership-data.js';
import type { ShadowSet } from './shadow-models.js';

/** Options of {@link liraScores}. */
export interface LiraScoreOptions {
  /**
   * One spread for all rows (pooled over rows) instead of one per row. The LiRA reference code
   * finds it better with few shadows; this module uses it by default below 64 shadows.
   */
  readonly fixedVariance: boolean;
  /** A shadow to leave out: the target itself, when each model is attacked with the others. */
  readonly exclude?: number;
  /** Every φ (target's and shadows') is limited to ±maxLogit (default {@link DEFAULT_MAX_LOGIT}; Infinity for none). */
  readonly maxLogit?: number;
}

/**
 * The default limit on |φ|: 16, i.e. probabilities within about 1e-7 of 0 or 1, the resolution
 * of a float32 output. An overfit model gives the rows it memorised φ values that keep growing
 * with training (over 100 on the Adult MLPs of benchmark B4) and are far from Gaussian; a few
 * such rows then dominate the shared spread and hide every other member. Limited, the memorised
 * rows sit at the limit under their IN models instead. Measured on B4 (16 shadows, leave-one-out,
 * two seeds): TPR at 0.1% FPR 0.1–0.2% without the limit, 1.7–2.0% with it.
 */
export const DEFAULT_MAX_LOGIT = 16;

/** Membership scores of each candidate (higher: more likely a member). */
export interface LiraScores {
  /** log N(φ; μ_in, σ_in²) − log N(φ; μ_out, σ_out²). */
  readonly online: Float64Array;
  /** (φ − μ_out) / σ_out: ranks rows as the one-sided test Pr[Z < φ], Z ~ N(μ_out, σ_out²), of the paper. */
  readonly offline: Float64Array;
}

/** Smallest spread used, so a model with constant answers gives finite scores. */
const MIN_SD = 1e-9;

/**
 * Score the target's φ of `candidates` (rows of the shadow pool) against the shadows. The
 * centre of each Gaussian is the median of the row's φ values, as in the reference code; the
 * fixed spread is the root mean square of every value's distance from its row's median. A row
 * with no IN (or no OUT) shadow, possible only when one is left out from very few, borrows the
 * average IN − OUT gap of the other rows.
 */
export function liraScores(shadows: ShadowSet, candidates: ArrayLike<number>, targetPhi: ArrayLike<number>, options: LiraScoreOptions): LiraScores {
  const where = 'LiRA scoring';
  const K = candidates.length;
  if (targetPhi.length !== K) throw attackInput(where, `${targetPhi.length} target scores for ${K} candidate rows.`);
  const { shadows: S, rows: n, inTraining, phi } = shadows;
  const exclude = options.exclude ?? -1;
  const limit = options.maxLogit ?? DEFAULT_MAX_LOGIT;
  if (!(limit > 0)) throw attackInput(where, `maxLogit must be a number > 0 (or Infinity), not ${String(limit)}.`);
  const clamp = (v: number): number => (v > limit ? limit : v < -limit ? -limit : v);
  const muIn = new Float64Array(K);
  const muOut = new Float64Array(K);
  const sdIn = new Float64Array(K);
  const sdOut = new Float64Array(K);
  const hasIn = new Uint8Array(K);
  const hasOut = new Uint8Array(K);
  let squaresIn = 0;
  let squaresOut = 0;
  let countIn = 0;
  let countOut = 0;
  let gap = 0;
  let gapRows = 0;
  const inValues: number[] = [];
  const outValues: number[] = [];
  for (let k = 0; k < K; k++) {
    const r = candidates[k]!;
    if (!Number.isInteger(r) || r < 0 || r >= n) throw attackInput(where, `candidate ${k} is row ${String(r)}, not a row of the ${n}-row shadow pool.`);
    if (!Number.isFinite(targetPhi[k]!)) throw attackInput(where, `the target's score of candidate ${k} is ${String(targetPhi[k])}, not a finite number.`);
    inValues.length = 0;
    outValues.length = 0;
    for (let s = 0; s < S; s++) {
      if (s === exclude) continue;
      (inTraining[s * n + r] ? inValues : outValues).push(clamp(phi[s * n + r]!));
    }
    if (inValues.length) {
      const { median, squares } = summarise(inValues);
      muIn[k] = median;
      sdIn[k] = Math.sqrt(squares / inValues.length);
      squaresIn += squares;
      countIn += inValues.length;
      hasIn[k] = 1;
    }
    if (outValues.length) {
      const { median, squares } = summarise(outValues);
      muOut[k] = median;
      sdOut[k] = Math.sqrt(squares / outValues.length);
      squaresOut += squares;
      countOut += outValues.length;
      hasOut[k] = 1;
    }
    if (hasIn[k] && hasOut[k]) {
      gap += muIn[k]! - muOut[k]!;
      gapRows++;
    }
  }
  if (countOut === 0) throw attackInput(where, 'no shadow model left out any candidate row; LiRA needs models that did not see each row.');
  const meanGap = gapRows ? gap / gapRows : 0;
  const globalIn = Math.max(MIN_SD, countIn ? Math.sqrt(squaresIn / countIn) : 0);
  const globalOut = Math.max(MIN_SD, Math.sqrt(squaresOut / countOut));
  const online = new Float64Array(K);
  const offline = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    const mIn = hasIn[k] ? muIn[k]! : muOut[k]! + meanGap;
    const mOut = hasOut[k] ? muOut[k]! : muIn[k]! - meanGap;
    const sIn = options.fixedVariance || !hasIn[k] ? globalIn : Math.max(MIN_SD, sdIn[k]!);
    const sOut = options.fixedVariance || !hasOut[k] ? globalOut : Math.max(MIN_SD, sdOut[k]!);
    const x = clamp(targetPhi[k]!);
    online[k] = logNormalPdf(x, mIn, sIn) - logNormalPdf(x, mOut, sOut);
    offline[k] = (x - mOut) / sOut;
  }
  return { online, offline };
}

/** The median of `values` (sorted in place) and the sum of squared distances from it. */
function summarise(values: number[]): { median: number; squares: number } {
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  const median = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  let squares = 0;
  for (const v of values) squares += (v - median) ** 2;
  return { median, squares };
}

/** log of the normal density, without the constant (it cancels in the ratio). */
function logNormalPdf(x: number, mean: number, sd: number): number {
  const z = (x - mean) / sd;
  return -0.5 * z * z - Math.log(sd);
}
