/** Ranked suspicious rows, the common currency of the data signals. */

/** A row a signal finds suspicious: `row` is the 0-based data row (header excluded). */
export interface Suspect {
  readonly row: number;
  /** Higher is more suspicious; comparable within one signal. */
  readonly score: number;
  /** Names of the signals that flagged the row, e.g. `exact-duplicate`. */
  readonly signals: readonly string[];
}

/** How many suspects a finding carries by default. */
export const defaultSuspectLimit = 50;

/**
 * Merge suspects of the same row (highest score, union of signals) and sort by score,
 * highest first; ties by row so the order does not depend on insertion.
 */
export function rankSuspects(suspects: Iterable<Suspect>, limit = Infinity): Suspect[] {
  const byRow = new Map<number, { score: number; signals: Set<string> }>();
  for (const s of suspects) {
    const seen = byRow.get(s.row);
    if (!seen) byRow.set(s.row, { score: s.score, signals: new Set(s.signals) });
    else {
      seen.score = Math.max(seen.score, s.score);
      for (const name of s.signals) seen.signals.add(name);
    }
  }
  return [...byRow]
    .map(([row, v]) => ({ row, score: v.score, signals: [...v.signals].sort() }))
    .sort((a, b) => b.score - a.score || a.row - b.row)
    .slice(0, limit);
}
