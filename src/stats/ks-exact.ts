/**
 * Exact null distribution of the two-sample Kolmogorov–Smirnov statistic: the share of
 * lattice paths from (0, 0) to (m, n) that leave the band |x/m − y/n| < h / lcm(m, n).
 *
 * Hodges, "The Significance Probability of the Smirnov Two-Sample Test", Arkiv för Matematik
 * 3(43), 1958, with the recursion for 1 − p of Viehmann, "Numerically more stable computation
 * of the p-values for the two-sample Kolmogorov-Smirnov test", arXiv:2102.08037 — the same
 * method scipy's `ks_2samp(method='exact')` uses, so the numbers agree.
 */

/** P(D ≥ h/n) for two samples of equal size n (alternating sum in Horner form). */
export function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}

/**
 * P(D ≥ h / lcm(m, n)) for sample sizes m and n with greatest common divisor g: the
 * proportion of paths that do not stay strictly inside the band.
 */
export function probOutsideBand(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  // One column of the path-count matrix, as a sliding window [minj, maxj).
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const a = new Float64Array(Math.min(2 * maxj + 2, n + 1)).fill(1);
  a.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (a[jj + minj - lastminj]! * i + val * j) / (i + j);
      a[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) a.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return a[maxj - minj - 1]!;
}
