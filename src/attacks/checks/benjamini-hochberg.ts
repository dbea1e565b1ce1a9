/**
 * Benjamini–Hochberg adjusted p-values (q-values): reject every hypothesis with q ≤ α to keep
 * the expected share of false discoveries at or below α, however many slices are tested.
 */

/**
 * The BH-adjusted p-value of each input p-value, in the input order:
 * q₍ᵢ₎ = minⱼ≥ᵢ (m · p₍ⱼ₎ / j), capped at 1.
 *
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03]) // [0.03, 0.04, 0.04]
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const [p, i] = order[rank - 1]!;
    running = Math.min(running, (p * m) / rank);
    out[i] = Math.min(1, running);
  }
  return out;
}
