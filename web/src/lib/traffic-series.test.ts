import { describe, expect, it } from 'vitest';
import { addReading, keepSeconds, maxReadings, ratesOf, type TrafficReading } from './traffic-series.js';

const r = (at: number, requests: number, refusals = 0): TrafficReading => ({ at, requests, refusals });

describe('traffic series', () => {
  it('turns readings into per-second rates, with a gap where a counter went down (a restart)', () => {
    const history = [r(0, 0), r(5, 10, 1), r(10, 30, 1), r(15, 2, 0), r(20, 12, 5)];
    expect(ratesOf(history)).toEqual({
      requests: [[5, 2], [10, 4], [15, null], [20, 2]],
      refusals: [[5, 0.2], [10, 0], [15, null], [20, 1]],
    });
    expect(ratesOf([r(0, 5)])).toEqual({ requests: [], refusals: [] });
  });

  it('keeps the last minutes only, at most maxReadings, and ignores readings not newer than the last', () => {
    let history: TrafficReading[] = [];
    for (let t = 0; t <= 2 * keepSeconds; t += 5) history = addReading(history, r(t, t));
    expect(history[0]!.at).toBe(2 * keepSeconds - keepSeconds);
    expect(history.length).toBeLessThanOrEqual(maxReadings);
    expect(addReading(history, r(history.at(-1)!.at, 1))).toEqual(history);
    expect(addReading(history, r(Number.NaN, 1))).toEqual(history);
    let dense: TrafficReading[] = [];
    for (let t = 0; t < 1000; t++) dense = addReading(dense, r(t, t));
    expect(dense).toHaveLength(maxReadings);
    expect(dense.at(-1)!.at).toBe(999);
  });
});
