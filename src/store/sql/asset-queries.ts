import type { AssetBaseline } from '../../core/scanner.js';
import type { ApprovalRecord } from '../store.js';
import type { SqlExecutor } from './driver.js';

interface ApprovalRow {
  system_id: string;
  path: string;
  sha256: string;
  approved_by: string;
  reason: string;
  at: string;
}

/**
 * Baselines per asset key: the latest approval when there is one, else the hash of the
 * earliest assessment that recorded one for that key (trust on first use).
 */
export async function assetBaselines(db: SqlExecutor, systemId: string): Promise<Map<string, AssetBaseline>> {
  const firstSeen = await db.all<{ asset_key: string; sha256: string; started_at: string }>(
    `SELECT asset_key, sha256, started_at FROM (
       SELECT s.asset_key, s.sha256, a.started_at,
              ROW_NUMBER() OVER (PARTITION BY s.asset_key ORDER BY a.started_at, a.saved_at, a.id, s.ordinal) AS pick
       FROM assets s JOIN assessments a ON a.id = s.assessment_id
       WHERE s.system_id = ? AND s.sha256 IS NOT NULL
     ) ranked WHERE pick = 1`,
    [systemId],
  );
  const approved = await db.all<ApprovalRow>(
    `SELECT path, sha256, approved_by, at FROM (
       SELECT path, sha256, approved_by, at, ROW_NUMBER() OVER (PARTITION BY path ORDER BY at DESC, id DESC) AS pick
       FROM approvals WHERE system_id = ?
     ) ranked WHERE pick = 1`,
    [systemId],
  );
  const baselines = new Map<string, AssetBaseline>();
  for (const row of firstSeen) baselines.set(row.asset_key, { sha256: row.sha256, source: 'first-seen', at: row.started_at });
  for (const row of approved) baselines.set(row.path, { sha256: row.sha256, source: 'approval', at: row.at, by: row.approved_by });
  return baselines;
}

/** Per asset key, the hash recorded by the latest assessment that recorded one. */
export async function latestAssetHashes(db: SqlExecutor, systemId: string): Promise<Map<string, { sha256: string; assessmentId: string }>> {
  const rows = await db.all<{ asset_key: string; sha256: string; assessment_id: string }>(
    `SELECT asset_key, sha256, assessment_id FROM (
       SELECT s.asset_key, s.sha256, s.assessment_id,
              ROW_NUMBER() OVER (PARTITION BY s.asset_key ORDER BY a.started_at DESC, a.saved_at DESC, a.id DESC, s.ordinal DESC) AS pick
       FROM assets s JOIN assessments a ON a.id = s.assessment_id
       WHERE s.system_id = ? AND s.sha256 IS NOT NULL
     ) ranked WHERE pick = 1`,
    [systemId],
  );
  return new Map(rows.map((row) => [row.asset_key, { sha256: row.sha256, assessmentId: row.assessment_id }]));
}

/** Record an approval (the caller has checked it and that its system exists). */
export async function recordApproval(db: SqlExecutor, approval: ApprovalRecord, at: string): Promise<void> {
  await db.run('INSERT INTO approvals (system_id, path, sha256, approved_by, reason, at) VALUES (?, ?, ?, ?, ?, ?)', [
    approval.systemId,
    approval.path,
    approval.sha256,
    approval.by,
    approval.reason,
    at,
  ]);
}

/** Approvals of a system (or of one asset key), oldest first. */
export async function listApprovals(db: SqlExecutor, systemId: string, path?: string): Promise<ApprovalRecord[]> {
  const rows =
    path === undefined
      ? await db.all<ApprovalRow>('SELECT system_id, path, sha256, approved_by, reason, at FROM approvals WHERE system_id = ? ORDER BY at, id', [systemId])
      : await db.all<ApprovalRow>('SELECT system_id, path, sha256, approved_by, reason, at FROM approvals WHERE system_id = ? AND path = ? ORDER BY at, id', [systemId, path]);
  return rows.map((row) => ({ systemId: row.system_id, path: row.path, sha256: row.sha256, by: row.approved_by, reason: row.reason, at: row.at }));
}
