/**
 * Split `whole` (bytes or text) at the given offsets (taken modulo its length + 1, duplicates
 * dropped), leaving out empty pieces.
 */
export function splitAt<T extends Buffer | string>(whole: T, cuts: readonly number[]): T[] {
  const piece = (from: number, to?: number): T => (typeof whole === 'string' ? whole.slice(from, to) : whole.subarray(from, to)) as T;
  const points = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
  const out: T[] = [];
  let at = 0;
  for (const p of points) {
    out.push(piece(at, p));
    at = p;
  }
  out.push(piece(at));
  return out.filter((b) => b.length > 0);
}
