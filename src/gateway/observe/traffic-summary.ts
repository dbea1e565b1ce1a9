/**
 * The gateway's traffic, limits and alarms, summed from the samples of its `/metrics`:
 * requests by route and status class with latency quantiles from the histogram, limits
 * refusals by reason and scope, guard decisions other than `pass` by guard and outcome, and
 * extraction alarms by model and signal. Reads of the gateway's own `/metrics`, `/healthz` and
 * `/readyz` (probes, and this summary's own reads) are counted apart, not as traffic. Label
 * values are copied as they are (route ids, guard ids, model names); the metrics carry no key
 * secrets.
 */
import type { MetricSample } from './parse-metrics.js';

/** The gateway's built-in GET endpoints, whose reads are probes rather than traffic. */
export const probeRoutes: ReadonlySet<string> = new Set(['metrics', 'healthz', 'readyz']);

/** Requests counted per status class (`2xx`, `4xx`, …). */
export type StatusClasses = Record<string, number>;

/** One route's traffic. */
export interface RouteTraffic {
  readonly route: string;
  readonly requests: number;
  readonly byStatusClass: StatusClasses;
  /** Quantiles in seconds, estimated from the histogram buckets; null when the route has no histogram. */
  readonly latency: { readonly p50: number; readonly p95: number; readonly p99: number } | null;
}

/** The summary. */
export interface TrafficSummary {
  readonly totals: {
    readonly requests: number;
    readonly byStatusClass: StatusClasses;
    readonly limitRefusals: number;
    readonly guardHits: number;
    readonly extractionAlarms: number;
    readonly upstreamErrors: number;
    /** Reads of /metrics, /healthz and /readyz (not in `requests`). */
    readonly probes: number;
  };
  readonly routes: readonly RouteTraffic[];
  readonly limits: readonly { readonly reason: string; readonly scope: string; readonly count: number }[];
  readonly guards: readonly { readonly guard: string; readonly outcome: string; readonly count: number }[];
  readonly extraction: readonly { readonly model: string; readonly signal: string; readonly count: number }[];
  readonly activeStreams: number | null;
  readonly configVersion: string | null;
  /** When the gateway started (ISO 8601), or null when it does not export it. */
  readonly startedAt: string | null;
}

const finite = (v: number): number => (Number.isFinite(v) && v >= 0 ? v : 0);

/** The `q` quantile of a cumulative histogram (`le` → count), interpolated within its bucket. */
export function histogramQuantile(buckets: readonly { le: number; count: number }[], q: number): number {
  const sorted = [...buckets].sort((a, b) => a.le - b.le);
  const total = sorted.at(-1)?.count ?? 0;
  if (total <= 0) return 0;
  const rank = q * total;
  let prevLe = 0;
  let prevCount = 0;
  for (const b of sorted) {
    if (b.count >= rank) {
      if (!Number.isFinite(b.le)) return prevLe;
      const inBucket = b.count - prevCount;
      return inBucket <= 0 ? b.le : prevLe + ((b.le - prevLe) * (rank - prevCount)) / inBucket;
    }
    prevLe = Number.isFinite(b.le) ? b.le : prevLe;
    prevCount = b.count;
  }
  return prevLe;
}

const add = (map: Map<string, number>, key: string, n: number): void => void map.set(key, (map.get(key) ?? 0) + n);

/** Sum the samples of a gateway's metrics into its traffic summary. */
export function summariseTraffic(samples: readonly MetricSample[]): TrafficSummary {
  const routes = new Map<string, { requests: number; byStatusClass: StatusClasses; buckets: { le: number; count: number }[] }>();
  const route = (id: string) => {
    let r = routes.get(id);
    if (r === undefined) routes.set(id, (r = { requests: 0, byStatusClass: {}, buckets: [] }));
    return r;
  };
  const byClass: StatusClasses = {};
  const limits = new Map<string, number>();
  const guards = new Map<string, number>();
  const extraction = new Map<string, number>();
  let requests = 0;
  let probes = 0;
  let upstreamErrors = 0;
  let activeStreams: number | null = null;
  let configVersion: string | null = null;
  let startedAt: string | null = null;
  for (const s of samples) {
    const l = s.labels;
    const v = finite(s.value);
    switch (s.name) {
      case 'aisec_gateway_requests_total': {
        if (probeRoutes.has(l.route ?? '')) {
          probes += v;
          break;
        }
        const status = l.status ?? '';
        const cls = /^[1-5]\d\d$/.test(status) ? `${status[0]}xx` : 'other';
        const r = route(l.route ?? '');
        r.requests += v;
        r.byStatusClass[cls] = (r.byStatusClass[cls] ?? 0) + v;
        byClass[cls] = (byClass[cls] ?? 0) + v;
        requests += v;
        break;
      }
      case 'aisec_gateway_request_duration_seconds_bucket': {
        const le = l.le === '+Inf' ? Infinity : Number(l.le);
        if (!Number.isNaN(le) && !probeRoutes.has(l.route ?? '')) route(l.route ?? '').buckets.push({ le, count: v });
        break;
      }
      case 'aisec_gateway_limits_refused_total':
        add(limits, `${l.reason ?? ''}\u0000${l.scope ?? ''}`, v);
        break;
      case 'aisec_guard_decisions_total':
        if (l.outcome !== 'pass') add(guards, `${l.guard ?? ''}\u0000${l.outcome ?? ''}`, v);
        break;
      case 'aisec_gateway_extraction_alarms_total':
        add(extraction, `${l.model ?? ''}\u0000${l.signal ?? ''}`, v);
        break;
      case 'aisec_gateway_upstream_errors_total':
        upstreamErrors += v;
        break;
      case 'aisec_gateway_active_streams':
        activeStreams = v;
        break;
      case 'aisec_gateway_start_time_seconds':
        startedAt = v > 0 && v < 1e11 ? new Date(v * 1000).toISOString() : null;
        break;
      case 'aisec_gateway_config_info':
        configVersion = l.version ?? null;
        break;
      default:
    }
  }
  const pairs = (map: Map<string, number>) => [...map].map(([k, count]) => ({ k: k.split('\u0000') as [string, string], count })).sort((a, b) => b.count - a.count || a.k.join().localeCompare(b.k.join()));
  const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  const guardList = pairs(guards).map(({ k: [guard, outcome], count }) => ({ guard, outcome, count }));
  return {
    totals: { requests, byStatusClass: byClass, limitRefusals: sum(limits), guardHits: guardList.filter((g) => g.outcome !== 'error').reduce((a, g) => a + g.count, 0), extractionAlarms: sum(extraction), upstreamErrors, probes },
    routes: [...routes]
      .filter(([, r]) => r.requests > 0 || r.buckets.length > 0)
      .map(([id, r]) => ({
        route: id,
        requests: r.requests,
        byStatusClass: r.byStatusClass,
        latency: r.buckets.length === 0 ? null : { p50: histogramQuantile(r.buckets, 0.5), p95: histogramQuantile(r.buckets, 0.95), p99: histogramQuantile(r.buckets, 0.99) },
      }))
      .sort((a, b) => b.requests - a.requests || a.route.localeCompare(b.route)),
    limits: pairs(limits).map(({ k: [reason, scope], count }) => ({ reason, scope, count })),
    guards: guardList,
    extraction: pairs(extraction).map(({ k: [model, signal], count }) => ({ model, signal, count })),
    activeStreams,
    configVersion,
    startedAt,
  };
}
