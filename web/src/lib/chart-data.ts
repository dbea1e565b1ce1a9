/** Monitoring series → uPlot's column data (pure, tested). */

/** A series as the server sends it: (unix seconds, value or null) points. */
export interface SeriesInput {
  readonly points: readonly (readonly [number, number | null])[];
}

/** Most points drawn per chart; longer series keep every n-th point (and the last). */
export const maxPoints = 5_000;

/**
 * The x column (sorted, finite, de-duplicated times) and one y column per series aligned to it,
 * null where a series has no point. Non-finite values become null (a gap).
 */
export function alignSeries(series: readonly SeriesInput[]): [number[], ...(number | null)[][]] {
  const xs = new Set<number>();
  for (const s of series) for (const [t] of s.points) if (Number.isFinite(t)) xs.add(t);
  let x = [...xs].sort((a, b) => a - b);
  if (x.length > maxPoints) {
    const step = Math.ceil(x.length / maxPoints);
    const last = x[x.length - 1]!;
    x = x.filter((_, i) => i % step === 0);
    if (x[x.length - 1] !== last) x.push(last);
  }
  const index = new Map(x.map((t, i) => [t, i]));
  const ys = series.map((s) => {
    const col: (number | null)[] = new Array<number | null>(x.length).fill(null);
    for (const [t, v] of s.points) {
      const i = index.get(t);
      if (i !== undefined) col[i] = v !== null && Number.isFinite(v) ? v : null;
    }
    return col;
  });
  return [x, ...ys];
}
