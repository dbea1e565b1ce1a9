import { AisecError } from '../../core/errors.js';
import type { Finding, Suppression } from '../../core/finding.js';
import type { StoredFinding } from '../store.js';
import type { SqlExecutor } from './driver.js';
import { fromJson } from './values.js';

interface SuppressionRow {
  fingerprint: string;
  reason: string;
  owner: string;
  expires_at: string | null;
  created_at: string;
}

interface FindingRow {
  assessment_id: string;
  fingerprint: string;
  finding: string;
  first_seen: string;
  last_seen: string;
}

/** Suppressions of a system that have not expired at `now`, by fingerprint. */
export async function activeSuppressions(db: SqlExecutor, systemId: string, now: string): Promise<Map<string, Suppression>> {
  const rows = await db.all<SuppressionRow>(
    'SELECT fingerprint, reason, owner, expires_at, created_at FROM suppressions WHERE system_id = ? AND (expires_at IS NULL OR expires_at > ?)',
    [systemId, now],
  );
  return new Map(rows.map((row) => [row.fingerprint, { reason: row.reason, owner: row.owner, expiresAt: row.expires_at, createdAt: row.created_at }]));
}

/**
 * The findings of one assessment in the order saved, each with the start times of the first
 * and last assessments of the system that reported its fingerprint, and its active suppression.
 */
export async function listFindings(db: SqlExecutor, systemId: string, assessmentId: string, now: string): Promise<StoredFinding[]> {
  const rows = await db.all<FindingRow>(
    `SELECT f.assessment_id, f.fingerprint, f.finding, seen.first_seen, seen.last_seen
     FROM findings f
     JOIN (
       SELECT h.fingerprint, MIN(a.started_at) AS first_seen, MAX(a.started_at) AS last_seen
       FROM findings h JOIN assessments a ON a.id = h.assessment_id
       WHERE h.system_id = ? AND h.fingerprint IN (SELECT fingerprint FROM findings WHERE assessment_id = ?)
       GROUP BY h.fingerprint
     ) seen ON seen.fingerprint = f.fingerprint
     WHERE f.assessment_id = ? AND f.system_id = ?
     ORDER BY f.ordinal`,
    [systemId, assessmentId, assessmentId, systemId],
  );
  const suppressions = await activeSuppressions(db, systemId, now);
  return rows.map((row) => ({
    finding: fromJson<Finding>(row.finding),
    assessmentId: row.assessment_id,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    suppression: suppressions.get(row.fingerprint) ?? null,
  }));
}

const fullFingerprint = /^[0-9a-f]{64}$/;
const shortId = /^f-([0-9a-f]{12})$/;

/**
 * The fingerprint that `fingerprintOrId` (a full fingerprint or a short id `f-<12 hex>`) names
 * among the findings stored for the system; `ERR_FINDING_NOT_FOUND` when none or several do.
 */
export async function resolveFingerprint(db: SqlExecutor, systemId: string, fingerprintOrId: string): Promise<string> {
  const wanted = typeof fingerprintOrId === 'string' ? fingerprintOrId.trim().toLowerCase() : '';
  const shown = typeof fingerprintOrId === 'string' ? fingerprintOrId.slice(0, 80) : String(typeof fingerprintOrId);
  const short = shortId.exec(wanted);
  if (!fullFingerprint.test(wanted) && !short) {
    throw new AisecError('ERR_FINDING_NOT_FOUND', `"${shown}" is neither a finding id (f- and 12 hex digits) nor a fingerprint (64 hex digits): copy the id from the report.`);
  }
  const rows = short
    ? await db.all<{ fingerprint: string }>('SELECT DISTINCT fingerprint FROM findings WHERE system_id = ? AND substr(fingerprint, 1, 12) = ? LIMIT 2', [systemId, short[1]!])
    : await db.all<{ fingerprint: string }>('SELECT fingerprint FROM findings WHERE system_id = ? AND fingerprint = ? LIMIT 1', [systemId, wanted]);
  if (rows.length === 0) {
    throw new AisecError('ERR_FINDING_NOT_FOUND', `No finding ${shown} has been stored for this system: check the id in the latest report of this system.`);
  }
  if (rows.length > 1) {
    throw new AisecError('ERR_FINDING_NOT_FOUND', `The id ${shown} matches several findings of this system: use the full fingerprint from the report instead.`);
  }
  return rows[0]!.fingerprint;
}

/** Set (or replace) the suppression of a fingerprint. */
export async function upsertSuppression(db: SqlExecutor, systemId: string, fingerprint: string, suppression: Suppression): Promise<void> {
  await db.run(
    `INSERT INTO suppressions (system_id, fingerprint, reason, owner, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (system_id, fingerprint) DO UPDATE SET
       reason = excluded.reason, owner = excluded.owner, expires_at = excluded.expires_at, created_at = excluded.created_at`,
    [systemId, fingerprint, suppression.reason, suppression.owner, suppression.expiresAt, suppression.createdAt],
  );
}
