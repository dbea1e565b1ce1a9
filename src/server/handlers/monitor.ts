/**
 * The monitor of a system: alerts (listed, acknowledged or closed by analysts, with the same
 * audit event as `aisec monitor ack`), closed windows as time series for charts, reference
 * profiles, and events posted by producers (analyst and up; JSON array or NDJSON, bounded).
 */
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import { parseJsonBody, maxJsonDepth } from '../../gateway/index.js';
import { isReferenceProfile, maxListedRejections } from '../../monitor/index.js';
import type { MonitorAlertStatus, MonitorWindowRecord } from '../../store/index.js';
import { actorOf } from '../authenticate.js';
import { callerOf, ok, storedSystemOf, systemOf, type ApiHandler } from '../api-context.js';
import { checkBody, intQuery, textQuery } from '../request-input.js';

/** Largest body of POST …/monitor/events. */
export const maxEventsBodyBytes = 4 * 1024 * 1024;
/** Most events in one POST …/monitor/events. */
export const maxEventsPerRequest = 10_000;
/** Most windows one GET …/monitor/windows reads. */
export const maxWindowsListed = 5000;

const alertStatuses = ['open', 'acknowledged', 'closed', 'all'] as const;

/** GET /api/v1/systems/:system/monitor/alerts?status=open|acknowledged|closed|all&model=&limit=&offset= */
export const listMonitorAlerts: ApiHandler = async (ctx) => {
  const status = textQuery(ctx.query, 'status', 20) ?? 'open';
  if (!(alertStatuses as readonly string[]).includes(status)) throw new AisecError('ERR_USAGE', `The query parameter status takes ${alertStatuses.join(', ')}, not "${status.slice(0, 40)}".`);
  const model = textQuery(ctx.query, 'model', 256);
  const limit = intQuery(ctx.query, 'limit', 100, 1, 500);
  const offset = intQuery(ctx.query, 'offset', 0, 0, 10_000);
  const { system, row } = await storedSystemOf(ctx);
  const found = await system.store.listMonitorAlerts({ systemId: row.id, ...(model !== undefined ? { model } : {}), ...(status !== 'all' ? { status: status as MonitorAlertStatus } : {}), limit: offset + limit + 1 });
  return ok({ offset, limit, more: found.length > offset + limit, alerts: found.slice(offset, offset + limit) });
};

const AckBody = z.strictObject({ close: z.boolean().optional() });

/** POST /api/v1/systems/:system/monitor/alerts/:alert/ack {close?}: acknowledge (or close) an alert. */
export const ackMonitorAlert: ApiHandler = async (ctx) => {
  const id = ctx.params.alert!;
  if (!/^al-[0-9a-f]{16}$/.test(id)) throw new AisecError('ERR_USAGE', 'The alert is named by its id: al- and 16 hex digits (GET …/monitor/alerts lists them).');
  const body = checkBody(AckBody, await ctx.body());
  const { system, row } = await storedSystemOf(ctx);
  const found = await system.store.getMonitorAlert(id);
  if (found === null || found.systemId !== row.id) throw new AisecError('ERR_ALERT_NOT_FOUND', `The system "${system.name}" has no monitor alert ${id}; GET /api/v1/systems/${encodeURIComponent(system.name)}/monitor/alerts?status=all lists them.`);
  const by = actorOf(callerOf(ctx));
  const close = body.close === true;
  const updated = await system.store.updateMonitorAlert(id, { status: close ? 'closed' : 'acknowledged', by, at: ctx.app.now().toISOString() });
  await system.store.appendAudit({ actor: by, action: close ? 'monitor.alert.close' : 'monitor.alert.ack', subject: `monitor-alert:${id}`, detail: { rule: updated.rule, column: updated.column, model: updated.model } });
  return ok({ alert: updated });
};

/** A time query value: an ISO 8601 time, or undefined. */
function timeQuery(query: URLSearchParams, name: string): number | undefined {
  const text = textQuery(query, name, 64);
  if (text === undefined) return undefined;
  const at = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(at)) throw new AisecError('ERR_USAGE', `The query parameter ${name} takes an ISO 8601 date or time, e.g. 2026-03-01T12:00:00Z.`);
  return at;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const objectAt = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** One window as charts need it: counts, rates, latency p95, mean confidence, drift per column. */
function windowPoint(w: MonitorWindowRecord, column: string | undefined) {
  const summary = objectAt(w.summary);
  const drift = objectAt(summary.drift);
  const columns = Object.entries(drift)
    .filter(([name]) => column === undefined || name === column)
    .map(([name, value]) => {
      const d = objectAt(value);
      return [name, { score: num(d.score), threshold: num(d.threshold), method: typeof d.method === 'string' ? d.method : null, scoreKind: typeof d.scoreKind === 'string' ? d.scoreKind : null, drifted: d.drifted === true }] as const;
    });
  const rate = (n: number): number | null => (w.events > 0 ? n / w.events : null);
  return {
    id: w.id,
    model: w.model,
    startAt: w.startAt,
    endAt: w.endAt,
    events: w.events,
    predictions: num(objectAt(summary.counts).predictions),
    errors: w.errors,
    guardHits: w.guardHits,
    alarms: w.alarms,
    late: w.late,
    dropped: w.dropped,
    errorRate: rate(w.errors),
    guardHitRate: rate(w.guardHits),
    latencyP95Ms: num(objectAt(summary.latencyMs).p95),
    meanConfidence: num(objectAt(summary.confidence).mean),
    drift: Object.fromEntries(columns),
  };
}

/** GET /api/v1/systems/:system/monitor/windows?model=&column=&from=&to=&limit=: closed windows, oldest first. */
export const listMonitorWindows: ApiHandler = async (ctx) => {
  const model = textQuery(ctx.query, 'model', 256);
  const column = textQuery(ctx.query, 'column', 256);
  const from = timeQuery(ctx.query, 'from');
  const to = timeQuery(ctx.query, 'to');
  if (from !== undefined && to !== undefined && from > to) throw new AisecError('ERR_USAGE', 'The query parameter from is after to; swap them.');
  const limit = intQuery(ctx.query, 'limit', 1000, 1, maxWindowsListed);
  const { system, row } = await storedSystemOf(ctx);
  const stored = await system.store.listMonitorWindows(row.id, { ...(model !== undefined ? { model } : {}), limit: maxWindowsListed });
  const selected = stored.filter((w) => {
    const end = Date.parse(w.endAt);
    return (from === undefined || end > from) && (to === undefined || Date.parse(w.startAt) < to);
  });
  const windows = selected.slice(0, limit).reverse().map((w) => windowPoint(w, column));
  return ok({ windows, more: selected.length > limit });
};

/** GET /api/v1/systems/:system/monitor/references: reference profiles, newest first; the columns of each model's newest. */
export const listMonitorReferences: ApiHandler = async (ctx) => {
  const { system, row } = await storedSystemOf(ctx);
  const list = await system.store.listMonitorReferences(row.id);
  const models = [...new Set(list.map((r) => r.model))].slice(0, 100);
  const current: Record<string, unknown> = {};
  for (const model of models) {
    const ref = await system.store.getMonitorReference(row.id, model);
    if (ref === null || !isReferenceProfile(ref.profile)) continue;
    const p = ref.profile;
    current[model] = {
      id: ref.id,
      rows: p.rows,
      columns: Object.fromEntries(Object.entries(p.columns).map(([name, c]) => [name, { type: c.type, count: c.count, missing: c.missing, sampled: c.sample.length }])),
      output: p.output ? { column: p.output.column, type: p.output.type } : null,
      confidence: p.confidence ? { column: p.confidence.column, count: p.confidence.count } : null,
    };
  }
  return ok({ references: list.slice(0, 500), current });
};

/** The events of a body: a JSON array, or NDJSON (one event per line). Lines that are not JSON are refused by line. */
function eventsOf(bytes: Buffer, contentType: string | undefined): { values: unknown[]; where: (i: number) => string; refused: { where: string; path: string; problem: string }[] } {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') {
    const value = parseJsonBody(bytes, maxJsonDepth);
    if (!Array.isArray(value)) throw new AisecError('ERR_USAGE', 'The request body must be a JSON array of events (or send NDJSON with "Content-Type: application/x-ndjson").');
    if (value.length > maxEventsPerRequest) throw new AisecError('ERR_REQUEST_TOO_LARGE', `The body holds ${value.length} events; send at most ${maxEventsPerRequest} per request.`);
    return { values: value, where: (i) => `[${i}]`, refused: [] };
  }
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/jsonlines') {
    const values: unknown[] = [];
    const lines: number[] = [];
    const refused: { where: string; path: string; problem: string }[] = [];
    const text = bytes.toString('utf8').split('\n');
    for (let i = 0; i < text.length; i++) {
      const line = text[i]!.trim();
      if (line === '') continue;
      if (values.length + refused.length >= maxEventsPerRequest) throw new AisecError('ERR_REQUEST_TOO_LARGE', `The body holds more than ${maxEventsPerRequest} events; send at most ${maxEventsPerRequest} per request.`);
      try {
        values.push(parseJsonBody(Buffer.from(line), maxJsonDepth));
        lines.push(i + 1);
      } catch (error) {
        refused.push({ where: `line ${i + 1}`, path: '(event)', problem: error instanceof Error ? error.message : 'is not JSON' });
      }
    }
    return { values, where: (i) => `line ${lines[i]}`, refused };
  }
  throw new AisecError('ERR_USAGE', 'Send events as a JSON array ("Content-Type: application/json") or one per line ("Content-Type: application/x-ndjson").');
}

/** POST /api/v1/systems/:system/monitor/events: ingest events (JSON array or NDJSON); windows past their end are closed and stored before the answer. */
export const ingestMonitorEvents: ApiHandler = async (ctx) => {
  const system = await systemOf(ctx);
  const { bytes, contentType } = await ctx.rawBody(maxEventsBodyBytes);
  const { values, where, refused } = eventsOf(bytes, contentType);
  const row = (await system.store.getSystem(system.name)) ?? (await system.store.upsertSystem(system.name, null));
  const monitor = ctx.app.monitors.of(system, row);
  const result = monitor.ingest(values);
  await monitor.drain();
  await monitor.tick();
  const errors = [...refused, ...result.rejected.map((r) => ({ where: where(r.index), path: r.path, problem: r.problem }))].slice(0, maxListedRejections);
  return ok({ accepted: result.accepted, rejected: result.rejectedCount + refused.length, dropped: result.dropped, backPressure: result.backPressure, errors });
};
