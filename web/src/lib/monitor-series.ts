/** Monitor windows → one chart per model of what each window counted (pure, tested). */
import type { SeriesInput } from './chart-data.js';

/** A closed monitor window as the server lists it (the store's MonitorWindowRecord). */
export interface MonitorWindow {
  readonly model: string;
  readonly endAt: string;
  readonly events: number;
  readonly errors: number;
  readonly guardHits: number;
  readonly alarms: number;
}

/** The counts charted, with their labels. */
export const windowCounts = [
  ['events', 'requests'],
  ['errors', 'errors'],
  ['guardHits', 'guard hits'],
  ['alarms', 'alarms'],
] as const;

export interface ModelChart {
  readonly model: string;
  readonly series: readonly (SeriesInput & { readonly label: string })[];
}

/** One chart per model (sorted by name), a series per count; windows with an unreadable end time are left out. */
export function windowCharts(windows: readonly MonitorWindow[]): ModelChart[] {
  const byModel = new Map<string, MonitorWindow[]>();
  for (const w of windows) {
    if (typeof w.model !== 'string' || Number.isNaN(Date.parse(w.endAt))) continue;
    const list = byModel.get(w.model) ?? [];
    list.push(w);
    byModel.set(w.model, list);
  }
  return [...byModel.keys()].sort().map((model) => {
    const list = byModel.get(model)!;
    return {
      model,
      series: windowCounts.map(([key, label]) => ({
        label,
        points: list.map((w) => [Date.parse(w.endAt) / 1000, typeof w[key] === 'number' ? w[key] : null] as const),
      })),
    };
  });
}
