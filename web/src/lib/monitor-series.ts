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

/** The drift of one column in one window, as the server's windows route answers it. */
export interface WindowDrift {
  readonly score: number | null;
  readonly threshold: number | null;
  readonly method: string | null;
  readonly scoreKind: string | null;
  readonly drifted: boolean;
}

/** What the windows route adds for charts (absent from older answers). */
export interface WindowRates {
  readonly errorRate?: number | null;
  readonly guardHitRate?: number | null;
  readonly latencyP95Ms?: number | null;
  readonly meanConfidence?: number | null;
  readonly drift?: Readonly<Record<string, WindowDrift>>;
}

/** A chart of one model's column drift: the score per window and the test's threshold. */
export interface DriftChart {
  readonly model: string;
  readonly column: string;
  readonly method: string | null;
  /** A p-value drifts below its threshold; a distance above it. */
  readonly below: boolean;
  readonly threshold: number | null;
  readonly series: readonly (SeriesInput & { readonly label: string })[];
}

const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const timeOf = (w: MonitorWindow): number => Date.parse(w.endAt) / 1000;

function byModel(windows: readonly (MonitorWindow & WindowRates)[]): Map<string, (MonitorWindow & WindowRates)[]> {
  const out = new Map<string, (MonitorWindow & WindowRates)[]>();
  for (const w of windows) {
    if (typeof w.model !== 'string' || Number.isNaN(Date.parse(w.endAt))) continue;
    const list = out.get(w.model) ?? [];
    list.push(w);
    out.set(w.model, list);
  }
  return out;
}

/** Per model: error and guard-hit rates (0–1) and latency p95 (ms) per window. */
export function rateCharts(windows: readonly (MonitorWindow & WindowRates)[]): { model: string; rates: ModelChart['series']; latency: ModelChart['series'] }[] {
  const models = byModel(windows);
  return [...models.keys()].sort().map((model) => {
    const list = models.get(model)!;
    return {
      model,
      rates: [
        { label: 'error rate', points: list.map((w) => [timeOf(w), finite(w.errorRate)] as const) },
        { label: 'guard-hit rate', points: list.map((w) => [timeOf(w), finite(w.guardHitRate)] as const) },
      ],
      latency: [{ label: 'latency p95 (ms)', points: list.map((w) => [timeOf(w), finite(w.latencyP95Ms)] as const) }],
    };
  });
}

/** One chart per model and column with a drift score, sorted; the threshold is the newest window's. */
export function driftCharts(windows: readonly (MonitorWindow & WindowRates)[]): DriftChart[] {
  const models = byModel(windows);
  const charts: DriftChart[] = [];
  for (const model of [...models.keys()].sort()) {
    const list = models.get(model)!;
    const columns = new Set<string>();
    for (const w of list) if (w.drift && typeof w.drift === 'object') for (const c of Object.keys(w.drift)) columns.add(c);
    for (const column of [...columns].sort()) {
      const last = [...list].reverse().find((w) => w.drift?.[column] !== undefined)?.drift?.[column];
      charts.push({
        model,
        column,
        method: typeof last?.method === 'string' ? last.method : null,
        below: last?.scoreKind === 'p-value',
        threshold: finite(last?.threshold),
        series: [{ label: `${column} drift score`, points: list.map((w) => [timeOf(w), finite(w.drift?.[column]?.score)] as const) }],
      });
    }
  }
  return charts;
}
