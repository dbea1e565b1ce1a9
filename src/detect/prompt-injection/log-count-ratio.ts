/**
 * NBSVM-style feature scaling (Wang & Manning, "Baselines and Bigrams", 2012): each bucket's
 * log-count ratio r = log((p / ‖p‖₁) / (q / ‖q‖₁)), where p and q are the smoothed, row-weighted
 * sums of the bucket's values over injection and benign rows. A logistic regression trained on
 * x·|r|^power and read back as weights w·|r|^power puts its L2 budget on the buckets that tell the
 * labels apart by counting alone; the result is still one linear model over the same features.
 */

/** Options of {@link logCountRatioScale}. */
export interface LogCountRatioOptions {
  /** Smoothing added to every bucket's sum. Default 1. */
  readonly alpha?: number;
  /** Exponent of |r|. Default 1. */
  readonly power?: number;
  /** |r| is capped at this before the exponent, so a bucket seen a few times in one label does not dominate. Default 4. */
  readonly cap?: number;
}

/**
 * Per-bucket scale |r|^power over `size` buckets, divided by its mean over the buckets the rows
 * use (so the penalty's overall strength stays comparable); a bucket no row uses gets 1.
 */
export function logCountRatioScale(
  vectors: readonly { readonly indices: Int32Array; readonly values: Float32Array }[],
  labels: ArrayLike<number>,
  sampleWeights: ArrayLike<number>,
  size: number,
  options: LogCountRatioOptions = {},
): Float32Array {
  const alpha = options.alpha ?? 1;
  const power = options.power ?? 1;
  const cap = options.cap ?? 4;
  const p = new Float64Array(size);
  const q = new Float64Array(size);
  const used = new Uint8Array(size);
  vectors.forEach((v, i) => {
    const target = labels[i] === 1 ? p : q;
    const w = sampleWeights[i]!;
    for (let k = 0; k < v.indices.length; k++) {
      const j = v.indices[k]!;
      target[j]! += w * Math.abs(v.values[k]!);
      used[j] = 1;
    }
  });
  let pSum = 0;
  let qSum = 0;
  for (let j = 0; j < size; j++) {
    if (used[j] === 0) continue;
    pSum += p[j]! + alpha;
    qSum += q[j]! + alpha;
  }
  const scale = new Float32Array(size).fill(1);
  let total = 0;
  let count = 0;
  for (let j = 0; j < size; j++) {
    if (used[j] === 0) continue;
    const r = Math.log((p[j]! + alpha) / pSum) - Math.log((q[j]! + alpha) / qSum);
    const s = Math.min(Math.abs(r), cap) ** power;
    scale[j] = s;
    total += s;
    count++;
  }
  const mean = count > 0 ? total / count : 1;
  if (mean > 0) for (let j = 0; j < size; j++) if (used[j] === 1) scale[j] = scale[j]! / mean;
  return scale;
}
