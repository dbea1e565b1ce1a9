import { describe, expect, it } from 'vitest';
import { alignSeries } from './chart-data.js';
import { windowCharts, type MonitorWindow } from './monitor-series.js';

const w = (model: string, endAt: string, events: number, extra: Partial<MonitorWindow> = {}): MonitorWindow => ({ model, endAt, events, errors: 0, guardHits: 0, alarms: 0, ...extra });

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
