import type { RegisterChange, RegisterEntry, RiskHistoryEvent } from '../store.js';
import type { SqlExecutor } from './driver.js';
import { fromJson } from './values.js';

interface EntryRow {
  system_id: string;
  risk_id: string;
  fingerprint: string;
  status: string;
  entry: string;
  created_at: string | Date;
  updated_at: string | Date;
}

interface HistoryRow {
  risk_id: string;
  seq: number | string;
  at: string | Date;
  actor: string;
  action: string;
  detail: string;
}

const iso = (v: string | Date): string => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

/** The register entries of a system, by risk id. */
export async function listRegister(db: SqlExecutor, systemId: string): Promise<RegisterEntry[]> {
  const rows = await db.all<EntryRow>('SELECT system_id, risk_id, fingerprint, status, entry, created_at, updated_at FROM risk_register WHERE system_id = ? ORDER BY risk_id', [systemId]);
  return rows.map((r) => ({ systemId: r.system_id, riskId: r.risk_id, fingerprint: r.fingerprint, status: r.status, entry: fromJson(r.entry), createdAt: iso(r.created_at), updatedAt: iso(r.updated_at) }));
}

/** Upsert each entry and append its history event; the caller runs this in one transaction. */
export async function applyRegisterChanges(db: SqlExecutor, systemId: string, changes: readonly (RegisterChange & { entryText: string; detailText: string; at: string })[]): Promise<void> {
  for (const change of changes) {
    await db.run(
      `INSERT INTO risk_register (system_id, risk_id, fingerprint, status, entry, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (system_id, risk_id) DO UPDATE SET status = excluded.status, entry = excluded.entry, updated_at = excluded.updated_at`,
      [systemId, change.riskId, change.fingerprint, change.status, change.entryText, change.at, change.at],
    );
    const rows = await db.all<{ n: number | string | null }>('SELECT MAX(seq) AS n FROM risk_history WHERE system_id = ? AND risk_id = ?', [systemId, change.riskId]);
    const seq = Number(rows[0]?.n ?? 0) + 1;
    await db.run('INSERT INTO risk_history (system_id, risk_id, seq, at, actor, action, detail) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      systemId,
      change.riskId,
      seq,
      change.at,
      change.event.actor,
      change.event.action,
      change.detailText,
    ]);
  }
}

/** The history of one risk (or of every risk of the system), oldest first. */
export async function listRiskHistory(db: SqlExecutor, systemId: string, riskId?: string): Promise<RiskHistoryEvent[]> {
  const rows =
    riskId === undefined
      ? await db.all<HistoryRow>('SELECT risk_id, seq, at, actor, action, detail FROM risk_history WHERE system_id = ? ORDER BY at, risk_id, seq', [systemId])
      : await db.all<HistoryRow>('SELECT risk_id, seq, at, actor, action, detail FROM risk_history WHERE system_id = ? AND risk_id = ? ORDER BY seq', [systemId, riskId]);
  return rows.map((r) => ({ riskId: r.risk_id, seq: Number(r.seq), at: iso(r.at), actor: r.actor, action: r.action, detail: fromJson(r.detail) }));
}
