/** Ranking metrics of the data benchmark: precision among the top k, and AUROC. */

/**
 * Precision among the `k` highest scores: the share of them that are positives. Ties are
 * broken by row order; the planted rows are placed at random, so this is a random tie-break.
 */
export function precisionAtK(scores: Float64Array, positive: ReadonlySet<number>, k: number): number {
  if (k <= 0) return 0;
  const order = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]! || a - b);
  return order.slice(0, k).filter((row) => positive.has(row)).length / k;
}

/**
 * Area under the ROC curve of `scores` for telling positives from the rest: the chance that a
 * random positive scores above a random negative, ties counting one half (Mann–Whitney with
 * average ranks).
 */
export function auroc(scores: Float64Array, positive: ReadonlySet<number>): number {
  const order = [...scores.keys()].sort((a, b) => scores[a]! - scores[b]!);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let t = i; t <= j; t++) {
      if (positive.has(order[t]!)) {
        rankSum += rank;
        positives++;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
