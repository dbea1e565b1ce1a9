/**
 * The `monitor` part: every predict answer (features of the mapped input, label, confidence,
 * latency, status) and every LLM answer (latency, status), guard hits and extraction alarms
 * become monitor events (docs/monitoring.md). Off the hot path: the audit stage and `onEvent`
 * only append to a bounded list; a timer hands the list to the `Monitor`, which windows,
 * evaluates and stores in the background. When the list is full or the monitor reports
 * back-pressure, events are dropped and counted (metrics, /healthz). A monitor failure (the
 * store down) is logged and counted, never seen by a request. `close` hands over what is left
 * and closes every window.
 */
import path from 'node:path';
import { fromGatewayEvent, Monitor, monitorSettings, type MonitorTotals } from '../../monitor/index.js';
import type { PredictRouteConfig } from '../config/schema.js';
import type { MonitorSection } from '../config/sections/monitor.js';
import type { GatewayPart, PartContext } from '../pipeline/part.js';
import type { AuditRecord, GatewayRequest, PredictionAnswer } from '../pipeline/stages.js';
import { predictionRows, type PredictionRows } from './predict-events.js';

/** Endpoints whose answers are LLM answers. */
const llmEndpoints: ReadonlySet<string> = new Set(['chat/completions', 'completions', 'embeddings']);

/** What the part counted since start. */
export interface MonitorPartCounters {
  /** Events built from answers and part events. */
  events: number;
  /** Events the monitor accepted. */
  accepted: number;
  /** Events the monitor refused (their fields did not check). */
  rejected: number;
  /** Events dropped: the pending list was full, or the monitor's queue was (back-pressure). */
  dropped: number;
  /** Background failures of the monitor (a window that could not be stored, …). */
  failures: number;
}

/** Make the part (undefined without an enabled `monitor:` section). */
export async function createMonitorPart(ctx: PartContext): Promise<GatewayPart | undefined> {
  const section: MonitorSection | undefined = ctx.config.monitor;
  if (section === undefined || !section.enabled) return undefined;
  const store = await ctx.store();
  const row = (await store.getSystem(section.system)) ?? (await store.upsertSystem(section.system, null));
  const monitor = new Monitor({
    store,
    system: { id: row.id, name: row.name, dir: path.dirname(ctx.configFile) },
    settings: monitorSettings(section.settings),
    log: ctx.log,
    actor: 'gateway:monitor',
  });
  const counters: MonitorPartCounters = { events: 0, accepted: 0, rejected: 0, dropped: 0, failures: 0 };
  const predictions = new WeakMap<GatewayRequest, PredictionRows>();
  let pending: Record<string, unknown>[] = [];
  let flushTimer: NodeJS.Timeout | undefined;
  let lastFailure: string | undefined;
  let closed = false;

  const failed = (what: string, error: unknown): void => {
    counters.failures++;
    lastFailure = `${what}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
    ctx.log(`monitor: ${lastFailure}`);
  };

  /** Hand the pending events to the monitor, and collect a background failure if there was one. */
  const flush = (): void => {
    flushTimer = undefined;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    try {
      const result = monitor.ingest(batch);
      counters.accepted += result.accepted;
      counters.rejected += result.rejectedCount;
      counters.dropped += result.dropped;
      if (result.rejectedCount > 0) ctx.log(`monitor: ${result.rejectedCount} event(s) refused, e.g. ${result.rejected[0]?.path} ${result.rejected[0]?.problem}`.slice(0, 500));
    } catch (error) {
      counters.dropped += batch.length;
      failed('handing events over', error);
    }
    monitor.drain().catch((error: unknown) => failed('storing a window', error));
  };

  const push = (event: Record<string, unknown>): void => {
    if (closed) return;
    counters.events++;
    if (pending.length >= section.maxPending) {
      counters.dropped++;
      return;
    }
    pending.push(event);
    if (flushTimer === undefined) {
      flushTimer = setTimeout(flush, section.flushMs);
      flushTimer.unref();
    }
  };

  const ticker = setInterval(() => {
    monitor.tick().catch((error: unknown) => failed('closing windows', error));
  }, section.tickSeconds * 1000);
  ticker.unref();

  const onPrediction = (req: GatewayRequest, answer: PredictionAnswer): PredictionAnswer => {
    if (req.route.kind !== 'predict') return answer;
    try {
      predictions.set(req, predictionRows(req.route, req.json(), answer.body, section.columns?.[req.route.model]));
    } catch {
      // A body the monitor cannot read gives an event without features (from the audit stage).
    }
    return answer;
  };

  const onAudit = (record: AuditRecord): void => {
    const req = record.request;
    if (req === undefined) return;
    const base = { ts: record.at, status: record.status, latencyMs: record.durationMs, ...(record.code ? { error: record.code } : {}) };
    if (req.route.kind === 'predict' && record.endpoint === 'predict') {
      const route: PredictRouteConfig = req.route;
      const rows = predictions.get(req);
      if (rows === undefined) {
        push({ ...base, model: route.model });
        return;
      }
      for (let i = 0; i < rows.features.length; i++) {
        const event: Record<string, unknown> = { ts: base.ts, status: base.status, latencyMs: base.latencyMs, model: route.model };
        if (record.code) event.error = record.code;
        const features = rows.features[i];
        if (features) event.features = features;
        const output = rows.outputs[i];
        if (output !== undefined) event.output = output;
        const confidence = rows.confidences[i];
        if (confidence !== undefined) event.confidence = confidence;
        push(event);
      }
      counters.dropped += rows.skipped;
      return;
    }
    // A guard block is counted once, by its guard.blocked event.
    if (llmEndpoints.has(record.endpoint) && record.code !== 'ERR_GUARD_BLOCKED') push({ ...base, model: record.model ?? record.route });
  };

  return {
    id: 'monitor',
    stages: { prediction: onPrediction, audit: onAudit },
    onEvent(event) {
      const monitored = fromGatewayEvent(event);
      if (monitored !== null) push(monitored);
    },
    health() {
      const t: MonitorTotals = monitor.totals;
      return {
        ready: true,
        detail: { system: row.name, pending: pending.length, queued: monitor.queued, ...counters, windows: t.windows, alerts: t.alerts, late: t.late, ...(lastFailure ? { lastFailure } : {}) },
      };
    },
    metrics() {
      const t = monitor.totals;
      const lines = [
        ['aisec_gateway_monitor_events_total', 'Monitor events built from answers, guard hits and extraction alarms.', counters.events],
        ['aisec_gateway_monitor_dropped_total', 'Monitor events dropped (pending list full, or the monitor reported back-pressure).', counters.dropped],
        ['aisec_gateway_monitor_rejected_total', 'Monitor events refused by the monitor (a field did not check).', counters.rejected],
        ['aisec_gateway_monitor_failures_total', 'Background failures of the monitor (e.g. a window not stored).', counters.failures],
        ['aisec_gateway_monitor_windows_total', 'Monitor windows closed and stored.', t.windows],
        ['aisec_gateway_monitor_alerts_total', 'Monitor alerts raised.', t.alerts],
      ] as const;
      return lines.map(([name, help, value]) => `# HELP ${name} ${help}\n# TYPE ${name} counter\n${name} ${value}\n`).join('');
    },
    async close() {
      closed = true;
      clearInterval(ticker);
      if (flushTimer !== undefined) clearTimeout(flushTimer);
      flush();
      try {
        await monitor.close();
      } catch (error) {
        failed('closing', error);
      }
    },
  };
}
