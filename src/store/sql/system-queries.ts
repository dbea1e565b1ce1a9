import { randomUUID } from 'node:crypto';
import type { StoredAssessment, StoredSystem } from '../store.js';
import type { SqlExecutor } from './driver.js';
import { fromJson } from './values.js';

interface SystemRow {
  id: string;
  name: string;
  descriptor_path: string | null;
  created_at: string;
}

interface AssessmentRow {
  id: string;
  system_id: string;
  started_at: string;
  finished_at: string;
  status: 'complete' | 'incomplete';
  tool_version: string;
  finding_count: number;
}

const systemColumns = 'id, name, descriptor_path, created_at';

function toSystem(row: SystemRow): StoredSystem {
  return { id: row.id, name: row.name, descriptorPath: row.descriptor_path, createdAt: row.created_at };
}

/** Find or create the system `name`, setting its descriptor path. */
export async function upsertSystem(db: SqlExecutor, name: string, descriptorPath: string | null): Promise<StoredSystem> {
  const rows = await db.all<SystemRow>(
    `INSERT INTO systems (id, name, descriptor_path, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET descriptor_path = excluded.descriptor_path
     RETURNING ${systemColumns}`,
    [randomUUID(), name, descriptorPath, new Date().toISOString()],
  );
  return toSystem(rows[0]!);
}

/** The system called `name`, or `null`. */
export async function getSystem(db: SqlExecutor, name: string): Promise<StoredSystem | null> {
  const rows = await db.all<SystemRow>(`SELECT ${systemColumns} FROM systems WHERE name = ?`, [name]);
  return rows[0] ? toSystem(rows[0]) : null;
}

/** Every system, by name. */
export async function listSystems(db: SqlExecutor): Promise<StoredSystem[]> {
  return (await db.all<SystemRow>(`SELECT ${systemColumns} FROM systems ORDER BY name`)).map(toSystem);
}

/** Newest first: by start time, then by when it was saved. */
export const newestFirst = 'ORDER BY started_at DESC, saved_at DESC, id DESC';

/** The id of the latest assessment of a system, or `null` when it has none. */
export async function latestAssessmentId(db: SqlExecutor, systemId: string): Promise<string | null> {
  const rows = await db.all<{ id: string }>(`SELECT id FROM assessments WHERE system_id = ? ${newestFirst} LIMIT 1`, [systemId]);
  return rows[0]?.id ?? null;
}

/** The latest `limit` assessments of a system, newest first. */
export async function listAssessments(db: SqlExecutor, systemId: string, limit: number): Promise<StoredAssessment[]> {
  const rows = await db.all<AssessmentRow>(
    `SELECT id, system_id, started_at, finished_at, status, tool_version, finding_count FROM assessments WHERE system_id = ? ${newestFirst} LIMIT ?`,
    [systemId, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    systemId: row.system_id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: row.status,
    toolVersion: row.tool_version,
    findingCount: Number(row.finding_count),
  }));
}

/** The report saved with an assessment, or `null` when no assessment has that id. */
export async function getAssessmentReport(db: SqlExecutor, assessmentId: string): Promise<unknown> {
  const rows = await db.all<{ report: string }>('SELECT report FROM assessments WHERE id = ?', [assessmentId]);
  return rows[0] ? fromJson(rows[0].report) : null;
}
