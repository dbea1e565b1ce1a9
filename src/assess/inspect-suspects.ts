/** Merging the ranked rows of several data signals into one list. */

/** A row some data signal finds suspicious; `row` is the 0-based data row (header excluded). */
export interface InspectSuspect {
  readonly row: number;
  /** In [0, 1]; higher is more suspicious. */
  readonly score: number;
  /** Every signal that flagged the row, sorted. */
  readonly signals: readonly string[];
}

/**
 * Merge suspects from several signals: one entry per row, its signals united, its score the
 * noisy-OR of the signals' scores, 1 − Π(1 − s), each clamped to [0, 1]. A row flagged by two
 * signals ranks above a row flagged by either alone; a row flagged once keeps its score.
 * Within one signal a row counts once, at its highest score. Sorted by score, then row.
 *
 * @example
 * mergeSuspects([[{ row: 3, score: 0.5, signals: ['outlier'] }], [{ row: 3, score: 0.5, signals: ['label-noise'] }]]);
 * // [{ row: 3, score: 0.75, signals: ['label-noise', 'outlier'] }]
 */
export function mergeSuspects(lists: readonly (readonly { row: number; score: number; signals: readonly string[] }[])[]): InspectSuspect[] {
  const byRow = new Map<number, { keep: number; signals: Set<string> }>();
  for (const list of lists) {
    const best = new Map<number, { score: number; signals: readonly string[] }>();
    for (const s of list) {
      const seen = best.get(s.row);
      best.set(s.row, { score: Math.max(seen?.score ?? 0, s.score), signals: [...(seen?.signals ?? []), ...s.signals] });
    }
    for (const [row, s] of best) {
      const entry = byRow.get(row) ?? { keep: 1, signals: new Set<string>() };
      entry.keep *= 1 - clamp(s.score);
      for (const name of s.signals) entry.signals.add(name);
      byRow.set(row, entry);
    }
  }
  return [...byRow]
    .map(([row, v]) => ({ row, score: Math.round((1 - v.keep) * 1e6) / 1e6, signals: [...v.signals].sort() }))
    .sort((a, b) => b.score - a.score || a.row - b.row);
}

function clamp(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
