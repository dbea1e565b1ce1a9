/**
 * The gateway's Prometheus metrics, kept in plain maps and written in the text exposition
 * format by hand. Label values are route ids, upstream names and status codes from the
 * configuration, so the number of series is bounded by the configuration.
 */
import { Histogram } from './histogram.js';

/** Upper bounds of the latency histogram, in seconds. */
export const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120] as const;


/** Counters, gauges and histograms of one gateway process. */
export class GatewayMetrics {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, Histogram>();
  private readonly upstreamErrors = new Map<string, number>();
  private readonly reloads = new Map<string, number>();
  private readonly events = new Map<string, number>();
  private activeStreams = 0;
  /** When this process's gateway started, in unix seconds. */
  private readonly startedAt = Date.now() / 1000;

  /** Count an event of a part (an alarm, a block, a control change). */
  event(type: string, severity: string): void {
    const key = `type="${type.replace(/[^\w.-]/g, '_').slice(0, 60)}",severity="${severity}"`;
    this.events.set(key, (this.events.get(key) ?? 0) + 1);
  }

  /** Count a finished request. */
  request(route: string, status: number, seconds: number): void {
    const key = `route="${route}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    let h = this.latency.get(route);
    if (h === undefined) {
      h = new Histogram(`route="${route}"`, latencyBuckets);
      this.latency.set(route, h);
    }
    h.observe(seconds);
  }

  /** Count a failed upstream call of kind `kind` (a short code, e.g. `ECONNREFUSED`, `status_503`). */
  upstreamError(upstream: string, kind: string): void {
    const key = `upstream="${upstream}",kind="${kind.replace(/[^\w]/g, '_').slice(0, 40)}"`;
    this.upstreamErrors.set(key, (this.upstreamErrors.get(key) ?? 0) + 1);
  }

  /** Count a reload attempt. */
  reload(result: 'ok' | 'rejected'): void {
    this.reloads.set(result, (this.reloads.get(result) ?? 0) + 1);
  }

  /** A stream started (+1) or ended (-1). */
  stream(delta: 1 | -1): void {
    this.activeStreams += delta;
  }

  /** The number of streams in flight. */
  get streams(): number {
    return this.activeStreams;
  }

  /** The exposition text; `configVersion` is exported as an info metric. */
  render(configVersion: string): string {
    const out: string[] = [];
    out.push('# HELP aisec_gateway_requests_total Requests answered, by route and HTTP status.', '# TYPE aisec_gateway_requests_total counter');
    for (const [labels, n] of this.requests) out.push(`aisec_gateway_requests_total{${labels}} ${n}`);
    out.push('# HELP aisec_gateway_request_duration_seconds Time from request to the end of the response, by route.', '# TYPE aisec_gateway_request_duration_seconds histogram');
    for (const h of this.latency.values()) h.write(out, 'aisec_gateway_request_duration_seconds');
    out.push('# HELP aisec_gateway_upstream_errors_total Failed upstream calls, by upstream and kind.', '# TYPE aisec_gateway_upstream_errors_total counter');
    for (const [labels, n] of this.upstreamErrors) out.push(`aisec_gateway_upstream_errors_total{${labels}} ${n}`);
    out.push('# HELP aisec_gateway_active_streams Streamed (SSE) responses in flight.', '# TYPE aisec_gateway_active_streams gauge', `aisec_gateway_active_streams ${this.activeStreams}`);
    out.push('# HELP aisec_gateway_reloads_total Configuration reloads, by result.', '# TYPE aisec_gateway_reloads_total counter');
    for (const [result, n] of this.reloads) out.push(`aisec_gateway_reloads_total{result="${result}"} ${n}`);
    out.push('# HELP aisec_gateway_events_total Events of the gateway parts (alarms, blocks, control changes), by type and severity.', '# TYPE aisec_gateway_events_total counter');
    for (const [labels, n] of this.events) out.push(`aisec_gateway_events_total{${labels}} ${n}`);
    out.push('# HELP aisec_gateway_start_time_seconds When the gateway started, in seconds since the Unix epoch.', '# TYPE aisec_gateway_start_time_seconds gauge', `aisec_gateway_start_time_seconds ${this.startedAt}`);
    out.push('# HELP aisec_gateway_config_info The configuration version in use.', '# TYPE aisec_gateway_config_info gauge', `aisec_gateway_config_info{version="${configVersion}"} 1`);
    return `${out.join('\n')}\n`;
  }
}
