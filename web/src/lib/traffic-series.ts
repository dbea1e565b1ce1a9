/**
 * The Gateway page's live series (pure, tested): counter readings kept in memory for the last
 * minutes, turned into per-second rates between consecutive readings. A counter that went down
 * (the gateway restarted) starts over: that interval is a gap, not a negative rate.
 */

/** One reading of the gateway's counters. */
export interface TrafficReading {
  /** Unix seconds. */
  readonly at: number;
  readonly requests: number;
  readonly refusals: number;
}

/** How long readings are kept, in seconds. */
export const keepSeconds = 15 * 60;
/** Most readings kept. */
export const maxReadings = 400;

/** `history` with `reading` appended, older than {@link keepSeconds} and over {@link maxReadings} dropped; a reading not newer than the last is ignored. */
export function addReading(history: readonly TrafficReading[], reading: TrafficReading): TrafficReading[] {
  const last = history.at(-1);
  if (!Number.isFinite(reading.at) || (last !== undefined && reading.at <= last.at)) return [...history];
  const kept = [...history, reading].filter((r) => r.at >= reading.at - keepSeconds);
  return kept.slice(Math.max(0, kept.length - maxReadings));
}

/** Requests and refusals (limits refusals plus guard hits) per second, at the end of each interval. */
export function ratesOf(history: readonly TrafficReading[]): { requests: [number, number | null][]; refusals: [number, number | null][] } {
  const requests: [number, number | null][] = [];
  const refusals: [number, number | null][] = [];
  for (let i = 1; i < history.length; i++) {
    const a = history[i - 1]!;
    const b = history[i]!;
    const dt = b.at - a.at;
    const rate = (x: number, y: number): number | null => (dt > 0 && y >= x ? (y - x) / dt : null);
    requests.push([b.at, rate(a.requests, b.requests)]);
    refusals.push([b.at, rate(a.refusals, b.refusals)]);
  }
  return { requests, refusals };
}
