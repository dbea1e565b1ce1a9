/** Drawing from authored lists with the run's seeded random numbers. */

/** The index of one of `count` items, drawn with `random` (clamped, so a bad number still gives a valid index). */
export function pickIndex(random: () => number, count: number): number {
  const r = random();
  const u = Number.isFinite(r) ? Math.min(Math.max(r, 0), 0.999999999) : 0;
  return Math.floor(u * count);
}

/** One item of a non-empty list and its index. */
export function pick<T>(random: () => number, items: readonly T[]): { readonly item: T; readonly index: number } {
  const index = pickIndex(random, items.length);
  return { item: items[index]!, index };
}
