import type { Matrix } from '../../../ml/index.js';

/** What {@link confidentLearning} estimates from out-of-sample probabilities and given labels. */
export interface ConfidentLearningResult {
  /** Per class j: the mean predicted probability of j over the rows labelled j. */
  readonly thresholds: Float64Array;
  /**
   * The calibrated confident joint, `C × C` row-major: entry (i, j) estimates how many rows
   * are labelled i but truly j. Rows sum to the label counts.
   */
  readonly confidentJoint: Float64Array;
  /** 1 for rows flagged as label issues (`prune_by_noise_rate`), else 0. */
  readonly issues: Uint8Array;
  /** Probability of the given label (low = suspicious). */
  readonly selfConfidence: Float64Array;
  /** p(given) − max p(other), in [−1, 1] (low = suspicious). */
  readonly normalizedMargin: Float64Array;
}

// cleanlab compares probabilities with `p >= t - 1e-6`, so a row exactly at its threshold counts.
const THRESHOLD_SLACK = 1e-6;

/**
 * Confident learning (Northcutt, Jiang & Chuang, JAIR 2021) as cleanlab's
 * `find_label_issues(filter_by='prune_by_noise_rate')` does it with its defaults:
 *
 * 1. per-class thresholds t_j = mean p_j over rows labelled j;
 * 2. the confident joint counts each row under (given label, the class above its threshold;
 *    the most probable one when several are), at least 1 on the diagonal, then calibrated so
 *    row i sums to the count of label i and the whole to n, rounded preserving row totals;
 * 3. for every off-diagonal (i, j), flag the C[i][j] rows labelled i with the largest margin
 *    p_j − p_i (`min_examples_per_class = 1`, `frac_noise = 1`);
 * 4. unflag rows whose most probable class is their given label.
 *
 * `probs` must be out-of-sample (cross-validated) probabilities, one row per label.
 *
 * @see https://github.com/cleanlab/cleanlab/blob/master/cleanlab/filter.py
 */
export function confidentLearning(probs: Matrix, y: Int32Array): ConfidentLearningResult {
  const n = probs.rows;
  const C = probs.cols;
  if (y.length !== n) throw new RangeError(`${y.length} labels for ${n} rows of probabilities`);
  const counts = new Float64Array(C);
  const thresholds = new Float64Array(C);
  for (let i = 0; i < n; i++) {
    counts[y[i]!]!++;
    thresholds[y[i]!]! += probs.data[i * C + y[i]!]!;
  }
  for (let c = 0; c < C; c++) thresholds[c] = counts[c]! > 0 ? thresholds[c]! / counts[c]! : 1;

  const joint = new Float64Array(C * C);
  for (let i = 0; i < n; i++) {
    const guess = confidentClass(probs.data, i * C, C, thresholds);
    if (guess >= 0) joint[y[i]! * C + guess]!++;
  }
  for (let c = 0; c < C; c++) joint[c * C + c] = Math.max(1, joint[c * C + c]!);
  const calibrated = calibrate(joint, counts, C);

  const selfConfidence = new Float64Array(n);
  const normalizedMargin = new Float64Array(n);
  const predicted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const row = probs.data.subarray(i * C, (i + 1) * C);
    const given = row[y[i]!]!;
    let other = -Infinity;
    let best = 0;
    for (let c = 0; c < C; c++) {
      if (c !== y[i] && row[c]! > other) other = row[c]!;
      if (row[c]! > row[best]!) best = c;
    }
    selfConfidence[i] = given;
    normalizedMargin[i] = C > 1 ? given - other : 1;
    predicted[i] = best;
  }
  const issues = pruneByNoiseRate(probs, y, calibrated, counts);
  for (let i = 0; i < n; i++) if (predicted[i] === y[i]) issues[i] = 0;
  return { thresholds, confidentJoint: calibrated, issues, selfConfidence, normalizedMargin };
}

/** The class a row confidently belongs to: the one above its threshold (the likeliest if several), or −1. */
function confidentClass(p: Float64Array, o: number, C: number, thresholds: Float64Array): number {
  let above = 0;
  let first = -1;
  let argmax = 0;
  for (let c = 0; c < C; c++) {
    if (p[o + c]! >= thresholds[c]! - THRESHOLD_SLACK) {
      above++;
      if (first < 0) first = c;
    }
    if (p[o + c]! > p[o + argmax]!) argmax = c;
  }
  return above === 0 ? -1 : above > 1 ? argmax : first;
}

/** Scale row i to the count of label i, the whole to n, and round preserving row totals. */
function calibrate(joint: Float64Array, counts: Float64Array, C: number): Float64Array {
  const out = new Float64Array(C * C);
  let total = 0;
  for (let i = 0; i < C; i++) {
    let rowSum = 0;
    for (let j = 0; j < C; j++) rowSum += joint[i * C + j]!;
    for (let j = 0; j < C; j++) {
      out[i * C + j] = (joint[i * C + j]! / Math.max(rowSum, 1e-16)) * counts[i]!;
      total += out[i * C + j]!;
    }
  }
  const n = counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < out.length; k++) out[k] = (out[k]! / Math.max(total, 1e-16)) * n;
  for (let i = 0; i < C; i++) roundPreservingSum(out.subarray(i * C, (i + 1) * C));
  return out;
}

/** Round in place so the rounded values sum to the rounded sum (largest remainders first). */
export function roundPreservingSum(values: Float64Array): void {
  const target = Math.round(values.reduce((a, b) => a + b, 0));
  const floors = Array.from(values, Math.floor);
  let missing = target - floors.reduce((a, b) => a + b, 0);
  const order = [...values.keys()].sort((a, b) => values[b]! - floors[b]! - (values[a]! - floors[a]!) || a - b);
  for (const k of order) {
    if (missing <= 0) break;
    floors[k]!++;
    missing--;
  }
  values.set(floors);
}

/**
 * cleanlab's `_prune_by_count` over every class, keeping at least one row per class
 * (`_keep_at_least_n_per_class` with n = 1, `frac_noise` = 1).
 */
function pruneByNoiseRate(probs: Matrix, y: Int32Array, joint: Float64Array, counts: Float64Array): Uint8Array {
  const C = probs.cols;
  const prune = keepOnePerClass(joint, C);
  const issues = new Uint8Array(probs.rows);
  const byLabel: number[][] = Array.from({ length: C }, () => []);
  for (let i = 0; i < probs.rows; i++) byLabel[y[i]!]!.push(i);
  for (let k = 0; k < C; k++) {
    const rows = byLabel[k]!;
    if (counts[k]! <= 1) continue;
    for (let j = 0; j < C; j++) {
      const take = prune[k * C + j]!;
      if (j === k || take <= 0) continue;
      // The rows labelled k that most look like j: largest p_j − p_k (stable on ties).
      const ranked = rows
        .map((row) => [row, probs.data[row * C + j]! - probs.data[row * C + k]!] as const)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      for (const [row] of ranked.slice(0, take)) issues[row] = 1;
    }
  }
  return issues;
}

/**
 * How many rows labelled k to prune towards each j: `prune[k*C + j]` = joint(k, j), after
 * making sure each true class keeps at least one row (cleanlab works on the transpose; the
 * counts are the same).
 */
function keepOnePerClass(joint: Float64Array, C: number): Float64Array {
  // Work on M = joint transposed: column k of M is row k of the joint (label k).
  const m = new Float64Array(C * C);
  for (let i = 0; i < C; i++) for (let j = 0; j < C; j++) m[j * C + i] = joint[i * C + j]!;
  const out = new Float64Array(C * C);
  for (let col = 0; col < C; col++) {
    const diag = m[col * C + col]!;
    const raised = Math.max(diag, 1);
    const increase = raised - diag;
    let nonZero = 0;
    for (let r = 0; r < C; r++) if (m[r * C + col]! !== 0) nonZero++;
    const spread = increase / Math.max(nonZero - 1, 1);
    for (let r = 0; r < C; r++) out[r * C + col] = r === col ? raised : Math.max(0, m[r * C + col]! - spread);
  }
  // cleanlab truncates to integers here (`astype(int)` in `_reduce_prune_counts`); read back by label.
  const prune = new Float64Array(C * C);
  for (let r = 0; r < C; r++) for (let col = 0; col < C; col++) prune[col * C + r] = Math.floor(out[r * C + col]!);
  return prune;
}
