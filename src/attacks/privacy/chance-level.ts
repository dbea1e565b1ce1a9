/**
 * Whether an attack's hits at a low false-positive rate could be luck: the exact chance that a
 * score carrying no information would flag at least as many members.
 */
import { logGamma } from '../../stats/index.js';

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/**
 * P(K ≥ k) where K is the number of the `members` ranked above the (f + 1)-th of the
 * `nonMembers` in a uniformly random order of all of them: the chance that a useless score,
 * allowed `f` false positives, flags at least `k` members. K ≥ k exactly when the top k + f
 * rows hold at most f non-members, a hypergeometric sum.
 *
 * @example
 * chanceOfFlagging(7, 1000, 1000, 0); // ≈ 0.0078: seven members above every non-member
 */
export function chanceOfFlagging(k: number, members: number, nonMembers: number, f: number): number {
  if (k <= 0) return 1;
  if (k > members) return 0;
  const draws = k + f;
  const total = members + nonMembers;
  if (draws > total) return 1;
  const logDenominator = logChoose(total, draws);
  let sum = 0;
  for (let j = 0; j <= Math.min(f, nonMembers); j++) {
    const m = draws - j;
    if (m > members || m < 0) continue;
    sum += Math.exp(logChoose(nonMembers, j) + logChoose(members, m) - logDenominator);
  }
  return Math.min(1, sum);
}
