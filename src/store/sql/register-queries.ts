import type { ControlRecord, IncidentRecord, StoredRisk } from '../store.js';
import type { SqlExecutor } from './driver.js';
import { fromJson } from './values.js';

interface ControlRow {
  id: string;
  system_id: string;
  title: string;
  status: ControlRecord['status'];
  evidence: string;
}

interface IncidentRow {
  id: string;
  system_id: string | null;
  title: string;
  severity: IncidentRecord['severity'];
  status: IncidentRecord['status'];
  opened_at: string;
  detail: string;
}

/** The risks saved with one assessment, in the order saved. */
export async function listRisks(db: SqlExecutor, assessmentId: string): Promise<StoredRisk[]> {
  const rows = await db.all<{ risk: string }>('SELECT risk FROM risks WHERE assessment_id = ? ORDER BY ordinal', [assessmentId]);
  return rows.map((row) => fromJson<StoredRisk>(row.risk));
}

/** Insert or replace a control (keyed by system and id); `evidence` is canonical JSON text. */
export async function upsertControl(db: SqlExecutor, control: ControlRecord, evidence: string): Promise<void> {
  await db.run(
    `INSERT INTO controls (system_id, id, title, status, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (system_id, id) DO UPDATE SET title = excluded.title, status = excluded.status, evidence = excluded.evidence, updated_at = excluded.updated_at`,
    [control.systemId, control.id, control.title, control.status, evidence, new Date().toISOString()],
  );
}

/** The controls of a system, by id. */
export async function listControls(db: SqlExecutor, systemId: string): Promise<ControlRecord[]> {
  const rows = await db.all<ControlRow>('SELECT id, system_id, title, status, evidence FROM controls WHERE system_id = ? ORDER BY id', [systemId]);
  return rows.map((row) => ({ id: row.id, systemId: row.system_id, title: row.title, status: row.status, evidence: fromJson(row.evidence) }));
}

const incidentColumns = 'id, system_id, title, severity, status, opened_at, detail';

function toIncident(row: IncidentRow): IncidentRecord {
  return { id: row.id, systemId: row.system_id, title: row.title, severity: row.severity, status: row.status, openedAt: row.opened_at, detail: fromJson(row.detail) };
}

/** The incident with this id, or `null`. */
export async function getIncident(db: SqlExecutor, id: string): Promise<IncidentRecord | null> {
  const rows = await db.all<IncidentRow>(`SELECT ${incidentColumns} FROM incidents WHERE id = ?`, [id]);
  return rows[0] ? toIncident(rows[0]) : null;
}

/** Insert a new incident; `detail` is canonical JSON text and `openedAt` an ISO time. */
export async function insertIncident(db: SqlExecutor, incident: IncidentRecord, openedAt: string, detail: string): Promise<void> {
  await db.run(
    `INSERT INTO incidents (id, system_id, title, severity, status, opened_at, updated_at, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [incident.id, incident.systemId, incident.title, incident.severity, incident.status, openedAt, new Date().toISOString(), detail],
  );
}

/** Set the status and detail of an incident. */
export async function updateIncident(db: SqlExecutor, id: string, status: IncidentRecord['status'], detail: string): Promise<void> {
  await db.run('UPDATE incidents SET status = ?, detail = ?, updated_at = ? WHERE id = ?', [status, detail, new Date().toISOString(), id]);
}

/** Incidents (of one system, or all), newest first. */
export async function listIncidents(db: SqlExecutor, systemId?: string): Promise<IncidentRecord[]> {
  const rows =
    systemId === undefined
      ? await db.all<IncidentRow>(`SELECT ${incidentColumns} FROM incidents ORDER BY opened_at DESC, id`)
      : await db.all<IncidentRow>(`SELECT ${incidentColumns} FROM incidents WHERE system_id = ? ORDER BY opened_at DESC, id`, [systemId]);
  return rows.map(toIncident);
}
