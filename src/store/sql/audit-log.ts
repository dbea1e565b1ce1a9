import { GENESIS_HASH, auditEventHash } from '../audit-chain.js';
import type { AuditEvent } from '../store.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { fromJson } from './values.js';

interface AuditRow {
  seq: number | string;
  at: string;
  actor: string;
  action: string;
  subject: string;
  detail: string;
  prev_hash: string;
  hash: string;
}

/** A checked audit event before the store numbers and hashes it; `detail` is plain JSON data. */
export interface AuditDraft {
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly subject: string;
  readonly detail: Record<string, unknown>;
  /** The canonical JSON text of `detail`: what is stored and what the hash covers. */
  readonly detailText: string;
}

/**
 * Append one event in its own transaction. Reading the last event and inserting the next must
 * not interleave with another append, or two events would share a `prevHash`: SQLite's
 * transaction already holds the write lock; PostgreSQL locks the table against other writers
 * (readers go on).
 */
export async function appendAuditEvent(driver: SqlDriver, draft: AuditDraft): Promise<AuditEvent> {
  return driver.transaction((tx: SqlExecutor) => appendAuditEventIn(tx, driver.dialect, draft));
}

/**
 * Append one event inside a transaction the caller already holds (so a change and its audit
 * event commit together). On PostgreSQL it locks the audit table until that transaction ends.
 */
export async function appendAuditEventIn(tx: SqlExecutor, dialect: SqlDriver['dialect'], draft: AuditDraft): Promise<AuditEvent> {
  if (dialect === 'postgres') await tx.exec('LOCK TABLE audit_events IN EXCLUSIVE MODE');
  const last = await tx.all<{ seq: number | string; hash: string }>('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
  const seq = last[0] ? Number(last[0].seq) + 1 : 1;
  const prevHash = last[0]?.hash ?? GENESIS_HASH;
  const unhashed = { seq, at: draft.at, actor: draft.actor, action: draft.action, subject: draft.subject, detail: draft.detail, prevHash };
  const event: AuditEvent = { ...unhashed, hash: auditEventHash(unhashed) };
  await tx.run('INSERT INTO audit_events (seq, at, actor, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
    seq,
    event.at,
    event.actor,
    event.action,
    event.subject,
    draft.detailText,
    prevHash,
    event.hash,
  ]);
  return event;
}

/** Audit events after `afterSeq`, in order, at most `limit`. */
export async function listAuditEvents(db: SqlExecutor, afterSeq: number, limit: number): Promise<AuditEvent[]> {
  const rows = await db.all<AuditRow>('SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?', [afterSeq, limit]);
  return rows.map((row) => ({
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    detail: fromJson(row.detail),
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
}
