/**
 * The monitor's references, closed windows and alerts (migration 5), for SQLite and
 * PostgreSQL alike. A window and the alerts raised on it are written in one transaction.
 */
import { z } from 'zod';
import { SeveritySchema } from '../../core/severity.js';
import type { MonitorAlertChange, MonitorAlertQuery, MonitorAlertRecord, MonitorAlertStatus, MonitorReferenceRecord, MonitorWindowRecord, NewMonitorAlert } from '../store.js';
import type { SqlExecutor } from './driver.js';
import { TimeSchema, exactText } from './input-schemas.js';
import { fromJson, inputError, isoTime, jsonObject } from './values.js';

/** The statuses an alert can take. */
export const monitorAlertStatuses = ['open', 'acknowledged', 'closed'] as const;
/** Largest reference profile kept, in characters of JSON. */
export const maxReferenceChars = 64 * 1024 * 1024;

const NameSchema = exactText(256).refine((s) => !/[\p{Cc}]/u.test(s), 'must not contain control characters');
const RecordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be 1 to 100 letters, digits, _ or -');
const Count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const Detail = z.record(z.string(), z.unknown());

export const MonitorReferenceSchema = z.object({
  id: RecordIdSchema,
  systemId: exactText(200),
  model: NameSchema,
  createdAt: TimeSchema,
  source: exactText(4096),
  rowsRead: Count,
  profile: Detail,
});

export const MonitorWindowSchema = z.object({
  id: RecordIdSchema,
  systemId: exactText(200),
  model: NameSchema,
  startAt: TimeSchema,
  endAt: TimeSchema,
  events: Count,
  errors: Count,
  guardHits: Count,
  alarms: Count,
  late: Count,
  dropped: Count,
  summary: Detail,
});

export const NewMonitorAlertSchema = z.object({
  id: RecordIdSchema,
  systemId: exactText(200),
  model: NameSchema,
  rule: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be a kebab-case rule id'),
  column: exactText(256, 0),
  windowId: RecordIdSchema.nullable(),
  at: TimeSchema,
  raisedAt: TimeSchema,
  severity: SeveritySchema,
  value: z.number().finite().nullable(),
  threshold: z.number().finite().nullable(),
  message: exactText(4000),
  detail: Detail,
  incidentId: exactText(200).nullable().optional(),
});

export const MonitorAlertChangeSchema = z.object({
  status: z.enum(monitorAlertStatuses).optional(),
  by: exactText(500),
  incidentId: exactText(200).optional(),
  at: TimeSchema.optional(),
});

export const MonitorAlertQuerySchema = z.object({
  systemId: z.string().max(1000).optional(),
  model: z.string().max(1000).optional(),
  status: z.enum(monitorAlertStatuses).optional(),
  limit: z.number().int().min(1).max(100_000).optional(),
});

const iso = (v: string | Date): string => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());
const isoOrNull = (v: string | Date | null): string | null => (v === null ? null : iso(v));
const numOrNull = (v: number | string | null): number | null => (v === null ? null : Number(v));

interface ReferenceRow {
  id: string;
  system_id: string;
  model: string;
  created_at: string | Date;
  source: string;
  rows_read: number | string;
  profile?: string;
}

interface WindowRow {
  id: string;
  system_id: string;
  model: string;
  start_at: string | Date;
  end_at: string | Date;
  events: number | string;
  errors: number | string;
  guard_hits: number | string;
  alarms: number | string;
  late: number | string;
  dropped: number | string;
  summary: string;
}

interface AlertRow {
  id: string;
  system_id: string;
  model: string;
  rule: string;
  column_name: string;
  window_id: string | null;
  at: string | Date;
  raised_at: string | Date;
  severity: MonitorAlertRecord['severity'];
  status: MonitorAlertStatus;
  value: number | string | null;
  threshold: number | string | null;
  message: string;
  detail: string;
  incident_id: string | null;
  status_by: string | null;
  status_at: string | Date | null;
}

const referenceOf = (r: ReferenceRow) => ({ id: r.id, systemId: r.system_id, model: r.model, createdAt: iso(r.created_at), source: r.source, rowsRead: Number(r.rows_read) });

const windowOf = (r: WindowRow): MonitorWindowRecord => ({
  id: r.id,
  systemId: r.system_id,
  model: r.model,
  startAt: iso(r.start_at),
  endAt: iso(r.end_at),
  events: Number(r.events),
  errors: Number(r.errors),
  guardHits: Number(r.guard_hits),
  alarms: Number(r.alarms),
  late: Number(r.late),
  dropped: Number(r.dropped),
  summary: fromJson(r.summary),
});

const alertOf = (r: AlertRow): MonitorAlertRecord => ({
  id: r.id,
  systemId: r.system_id,
  model: r.model,
  rule: r.rule,
  column: r.column_name,
  windowId: r.window_id,
  at: iso(r.at),
  raisedAt: iso(r.raised_at),
  severity: r.severity,
  status: r.status,
  value: numOrNull(r.value),
  threshold: numOrNull(r.threshold),
  message: r.message,
  detail: fromJson(r.detail),
  incidentId: r.incident_id,
  statusBy: r.status_by,
  statusAt: isoOrNull(r.status_at),
});

const alertColumns = 'id, system_id, model, rule, column_name, window_id, at, raised_at, severity, status, value, threshold, message, detail, incident_id, status_by, status_at';
const windowColumns = 'id, system_id, model, start_at, end_at, events, errors, guard_hits, alarms, late, dropped, summary';

export async function saveReference(db: SqlExecutor, reference: MonitorReferenceRecord, profileText: string): Promise<void> {
  await db.run('INSERT INTO monitor_references (id, system_id, model, created_at, source, rows_read, profile) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    reference.id,
    reference.systemId,
    reference.model,
    isoTime(reference.createdAt, 'saveMonitorReference: createdAt'),
    reference.source,
    reference.rowsRead,
    profileText,
  ]);
}

export async function getReference(db: SqlExecutor, systemId: string, model: string): Promise<MonitorReferenceRecord | null> {
  const rows = await db.all<Required<ReferenceRow>>(
    'SELECT id, system_id, model, created_at, source, rows_read, profile FROM monitor_references WHERE system_id = ? AND model = ? ORDER BY created_at DESC, id DESC LIMIT 1',
    [systemId, model],
  );
  const row = rows[0];
  return row === undefined ? null : { ...referenceOf(row), profile: fromJson(row.profile) };
}

export async function listReferences(db: SqlExecutor, systemId: string): Promise<Omit<MonitorReferenceRecord, 'profile'>[]> {
  const rows = await db.all<ReferenceRow>('SELECT id, system_id, model, created_at, source, rows_read FROM monitor_references WHERE system_id = ? ORDER BY created_at DESC, id DESC', [systemId]);
  return rows.map(referenceOf);
}

/** Insert a window and its alerts; the caller runs this in one transaction. */
export async function saveWindow(db: SqlExecutor, window: MonitorWindowRecord, summaryText: string, alerts: readonly (NewMonitorAlert & { detailText: string })[]): Promise<void> {
  await db.run(`INSERT INTO monitor_windows (${windowColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
    window.id,
    window.systemId,
    window.model,
    isoTime(window.startAt, 'saveMonitorWindow: startAt'),
    isoTime(window.endAt, 'saveMonitorWindow: endAt'),
    window.events,
    window.errors,
    window.guardHits,
    window.alarms,
    window.late,
    window.dropped,
    summaryText,
  ]);
  for (const [i, alert] of alerts.entries()) {
    if (alert.systemId !== window.systemId) throw inputError(`saveMonitorWindow: alerts[${i}]`, 'belongs to another system than its window');
    await db.run(`INSERT INTO monitor_alerts (${alertColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, NULL, NULL)`, [
      alert.id,
      alert.systemId,
      alert.model,
      alert.rule,
      alert.column,
      alert.windowId,
      isoTime(alert.at, `saveMonitorWindow: alerts[${i}].at`),
      isoTime(alert.raisedAt, `saveMonitorWindow: alerts[${i}].raisedAt`),
      alert.severity,
      alert.value,
      alert.threshold,
      alert.message,
      alert.detailText,
      alert.incidentId ?? null,
    ]);
  }
}

export async function listWindows(db: SqlExecutor, systemId: string, model: string | undefined, limit: number): Promise<MonitorWindowRecord[]> {
  const rows =
    model === undefined
      ? await db.all<WindowRow>(`SELECT ${windowColumns} FROM monitor_windows WHERE system_id = ? ORDER BY end_at DESC, id DESC LIMIT ?`, [systemId, limit])
      : await db.all<WindowRow>(`SELECT ${windowColumns} FROM monitor_windows WHERE system_id = ? AND model = ? ORDER BY end_at DESC, id DESC LIMIT ?`, [systemId, model, limit]);
  return rows.map(windowOf);
}

export async function listAlerts(db: SqlExecutor, query: MonitorAlertQuery): Promise<MonitorAlertRecord[]> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  for (const [column, value] of [['system_id', query.systemId], ['model', query.model], ['status', query.status]] as const) {
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  params.push(query.limit ?? 100);
  const rows = await db.all<AlertRow>(`SELECT ${alertColumns} FROM monitor_alerts ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY raised_at DESC, at DESC, id DESC LIMIT ?`, params);
  return rows.map(alertOf);
}

export async function getAlert(db: SqlExecutor, id: string): Promise<MonitorAlertRecord | null> {
  const rows = await db.all<AlertRow>(`SELECT ${alertColumns} FROM monitor_alerts WHERE id = ?`, [id]);
  return rows[0] === undefined ? null : alertOf(rows[0]);
}

export async function lastAlertAt(db: SqlExecutor, systemId: string, model: string, rule: string, column: string): Promise<string | null> {
  const rows = await db.all<{ at: string | Date | null }>('SELECT MAX(at) AS at FROM monitor_alerts WHERE system_id = ? AND model = ? AND rule = ? AND column_name = ?', [systemId, model, rule, column]);
  return isoOrNull(rows[0]?.at ?? null);
}

export async function updateAlert(db: SqlExecutor, id: string, change: MonitorAlertChange): Promise<MonitorAlertRecord> {
  const current = await getAlert(db, id);
  if (current === null) throw inputError('updateMonitorAlert', `no alert has the id "${id.slice(0, 100)}"`);
  const at = change.at === undefined ? new Date().toISOString() : isoTime(change.at, 'updateMonitorAlert: at');
  if (change.status !== undefined) await db.run('UPDATE monitor_alerts SET status = ?, status_by = ?, status_at = ? WHERE id = ?', [change.status, change.by, at, id]);
  if (change.incidentId !== undefined) await db.run('UPDATE monitor_alerts SET incident_id = ? WHERE id = ?', [change.incidentId, id]);
  return (await getAlert(db, id))!;
}

/** JSON text of a reference profile (canonical, at most {@link maxReferenceChars}). */
export function referenceText(profile: Readonly<Record<string, unknown>>): string {
  return jsonObject(profile, 'saveMonitorReference: profile', maxReferenceChars).text;
}
