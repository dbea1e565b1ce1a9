import { describe, expect, it } from 'vitest';
import { alignSeries } from './chart-data.js';
import { driftCharts, rateCharts, windowCharts, type MonitorWindow, type WindowRates } from './monitor-series.js';

const w = (model: string, endAt: string, events: number, extra: Partial<MonitorWindow & WindowRates> = {}): MonitorWindow & WindowRates => ({ model, endAt, events, errors: 0, guardHits: 0, alarms: 0, ...extra });

describe('windowCharts', () => {
  it('makes one chart per model with a series per count, in seconds', () => {
    const charts = windowCharts([w('b', '2026-05-04T10:10:00Z', 5), w('a', '2026-05-04T10:05:00Z', 3, { alarms: 1 }), w('a', '2026-05-04T10:00:00Z', 2)]);
    expect(charts.map((c) => c.model)).toEqual(['a', 'b']);
    expect(charts[0]!.series.map((s) => s.label)).toEqual(['requests', 'errors', 'guard hits', 'alarms']);
    const [x, events, , , alarms] = alignSeries(charts[0]!.series);
    expect(x).toEqual([Date.parse('2026-05-04T10:00:00Z') / 1000, Date.parse('2026-05-04T10:05:00Z') / 1000]);
    expect(events).toEqual([2, 3]);
    expect(alarms).toEqual([0, 1]);
  });

  it('leaves out windows with an unreadable time and shows a wrong-typed count as a gap', () => {
    const charts = windowCharts([w('a', 'soon', 1), w('a', '2026-05-04T10:00:00Z', 'x' as unknown as number)]);
    expect(charts[0]!.series[0]!.points).toEqual([[Date.parse('2026-05-04T10:00:00Z') / 1000, null]]);
    expect(windowCharts([])).toEqual([]);
  });
});

describe('driftCharts and rateCharts', () => {
  const d = (score: number | null, threshold = 0.1, scoreKind = 'distance') => ({ score, threshold, method: 'wasserstein', scoreKind, drifted: score !== null && score >= threshold });
  it('makes a chart per model and column with the newest threshold, and rate and latency series', () => {
    const windows = [w('a', '2026-05-04T10:00:00Z', 10, { drift: { age: d(0.02), income: d(0.5, 0.2) }, errorRate: 0.1, guardHitRate: 0, latencyP95Ms: 30 }), w('a', '2026-05-04T11:00:00Z', 10, { drift: { income: d(0.9, 0.1) }, errorRate: null })] as Parameters<typeof driftCharts>[0];
    const charts = driftCharts(windows);
    expect(charts.map((c) => [c.model, c.column, c.threshold, c.below])).toEqual([['a', 'age', 0.1, false], ['a', 'income', 0.1, false]]);
    expect(charts[0]!.series[0]!.points).toEqual([[Date.parse('2026-05-04T10:00:00Z') / 1000, 0.02], [Date.parse('2026-05-04T11:00:00Z') / 1000, null]]);
    expect(driftCharts([w('a', '2026-05-04T10:00:00Z', 1, { drift: { k: d(0.01, 0.05, 'p-value') } })] as Parameters<typeof driftCharts>[0])[0]!.below).toBe(true);
    const [rates] = rateCharts(windows);
    expect(rates!.rates.map((s) => s.points.map((p) => p[1]))).toEqual([[0.1, null], [0, null]]);
    expect(rates!.latency[0]!.points.map((p) => p[1])).toEqual([30, null]);
  });

  it('ignores windows without drift, with wrong types, or an unreadable time', () => {
    expect(driftCharts([w('a', 'soon', 1, { drift: { x: d(1) } }), w('a', '2026-05-04T10:00:00Z', 1)] as Parameters<typeof driftCharts>[0])).toEqual([]);
    expect(driftCharts([w('a', '2026-05-04T10:00:00Z', 1, { drift: { x: { score: 'high', threshold: null } } } as unknown as Partial<WindowRates>)] as unknown as Parameters<typeof driftCharts>[0])[0]!.series[0]!.points[0]![1]).toBeNull();
  });
});
