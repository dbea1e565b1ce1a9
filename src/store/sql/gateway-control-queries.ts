/**
 * The inference gateway's model controls and review queue (migration 3), for SQLite and
 * PostgreSQL alike. Control changes and review decisions are appended to the audit log in the
 * transaction that makes them, so the log never misses one and never records one that did
 * not happen.
 */
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import type { GatewayControl, GatewayControlChange, NewReviewItem, ReviewDecision, ReviewItem, ReviewStatus } from '../store.js';
import { appendAuditEventIn } from './audit-log.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { TimeSchema, exactText } from './input-schemas.js';
import { fromJson, isoTime, jsonData, jsonObject, maxDetailChars } from './values.js';

/** The states a control can take. */
export const gatewayControlStates = ['enabled', 'disabled', 'restricted', 'review'] as const;
/** The statuses of a review item. */
export const reviewStatuses = ['pending', 'approved', 'rejected', 'expired'] as const;

/** A model name or route id: printable, no control characters, at most 256 characters. */
const SubjectSchema = exactText(256).refine((s) => !/[\p{Cc}]/u.test(s), 'must not contain control characters');

/** A control change as given to the store. */
export const GatewayControlChangeSchema = z.object({
  subject: SubjectSchema,
  state: z.enum(gatewayControlStates),
  reason: exactText(2000, 0),
  actor: exactText(500),
  at: TimeSchema.optional(),
});

/** A new review item as given to the store. */
export const NewReviewItemSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be 1 to 100 letters, digits, _ or -'),
  model: SubjectSchema,
  route: SubjectSchema,
  principal: exactText(500, 0),
  createdAt: TimeSchema,
  expiresAt: TimeSchema,
  onExpiry: z.enum(['reject', 'release']),
  answer: z.object({ status: z.number().int().min(100).max(599), body: z.unknown() }),
  inputHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  decision: z.object({ label: exactText(1000, 0).nullable(), confidence: z.number().finite().nullable(), reason: exactText(200) }),
});

/** A verdict on a review item. */
export const ReviewDecisionSchema = z.object({
  status: z.enum(['approved', 'rejected']),
  by: exactText(500),
  note: exactText(4000, 0).optional(),
  at: TimeSchema.optional(),
});

/** Options of a review listing. */
export const ReviewListSchema = z.object({
  status: z.enum(reviewStatuses).optional(),
  model: z.string().max(1000).optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
});

interface ControlRow {
  subject: string;
  state: GatewayControl['state'];
  reason: string;
  actor: string;
  updated_at: string;
  version: number | string;
}

interface ReviewRow {
  id: string;
  model: string;
  route: string;
  principal: string;
  created_at: string;
  expires_at: string;
  on_expiry: ReviewItem['onExpiry'];
  status: ReviewStatus;
  answer_status: number | string;
  answer: string;
  input_hash: string;
  label: string | null;
  confidence: number | string | null;
  hold_reason: string;
  decided_by: string | null;
  decided_at: string | null;
  note: string | null;
}

const controlColumns = 'subject, state, reason, actor, updated_at, version';
const reviewColumns = 'id, model, route, principal, created_at, expires_at, on_expiry, status, answer_status, answer, input_hash, label, confidence, hold_reason, decided_by, decided_at, note';

function toControl(row: ControlRow): GatewayControl {
  return { subject: row.subject, state: row.state, reason: row.reason, actor: row.actor, updatedAt: row.updated_at, version: Number(row.version) };
}

function toReview(row: ReviewRow): ReviewItem {
  return {
    id: row.id,
    model: row.model,
    route: row.route,
    principal: row.principal,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    onExpiry: row.on_expiry,
    status: row.status,
    answer: { status: Number(row.answer_status), body: fromJson(row.answer) },
    inputHash: row.input_hash,
    decision: { label: row.label, confidence: row.confidence === null ? null : Number(row.confidence), reason: row.hold_reason },
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    note: row.note,
  };
}

/** An audit draft for `appendAuditEventIn`. */
function draft(at: string, actor: string, action: string, subject: string, detail: Record<string, unknown>) {
  const checked = jsonObject(detail, `${action}: detail`);
  return { at, actor, action, subject, detail: checked.data, detailText: checked.text };
}

/** Set a control: next sequence number, upsert, audit, in one transaction. */
export async function setGatewayControl(driver: SqlDriver, change: GatewayControlChange): Promise<GatewayControl> {
  const at = change.at === undefined ? new Date().toISOString() : isoTime(change.at, 'setGatewayControl: at');
  return driver.transaction(async (tx) => {
    // The row lock taken here orders concurrent writers on PostgreSQL until this transaction ends.
    await tx.run('UPDATE gateway_control_seq SET value = value + 1 WHERE id = 1');
    const seq = await tx.all<{ value: number | string }>('SELECT value FROM gateway_control_seq WHERE id = 1');
    const version = Number(seq[0]!.value);
    const previous = await tx.all<ControlRow>(`SELECT ${controlColumns} FROM gateway_controls WHERE subject = ?`, [change.subject]);
    await tx.run(
      `INSERT INTO gateway_controls (subject, state, reason, actor, updated_at, version) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (subject) DO UPDATE SET state = excluded.state, reason = excluded.reason, actor = excluded.actor, updated_at = excluded.updated_at, version = excluded.version`,
      [change.subject, change.state, change.reason, change.actor, at, version],
    );
    await appendAuditEventIn(
      tx,
      driver.dialect,
      draft(at, change.actor, 'gateway.control', `gateway:model:${change.subject}`, { state: change.state, previous: previous[0]?.state ?? 'enabled', reason: change.reason, version }),
    );
    return { subject: change.subject, state: change.state, reason: change.reason, actor: change.actor, updatedAt: at, version };
  });
}

/** Every control, by subject. */
export async function listGatewayControls(db: SqlExecutor): Promise<GatewayControl[]> {
  const rows = await db.all<ControlRow>(`SELECT ${controlColumns} FROM gateway_controls ORDER BY subject`);
  return rows.map(toControl);
}

/** The latest control sequence number. */
export async function gatewayControlVersion(db: SqlExecutor): Promise<number> {
  const rows = await db.all<{ value: number | string }>('SELECT value FROM gateway_control_seq WHERE id = 1');
  return Number(rows[0]?.value ?? 0);
}

/** Insert a pending review item. */
export async function createReviewItem(db: SqlExecutor, item: NewReviewItem): Promise<ReviewItem> {
  const answer = jsonData(item.answer.body, 'createReviewItem: answer.body', maxDetailChars);
  const createdAt = isoTime(item.createdAt, 'createReviewItem: createdAt');
  const expiresAt = isoTime(item.expiresAt, 'createReviewItem: expiresAt');
  await db.run(
    `INSERT INTO gateway_reviews (${reviewColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)`,
    [item.id, item.model, item.route, item.principal, createdAt, expiresAt, item.onExpiry, item.answer.status, answer.text, item.inputHash, item.decision.label, item.decision.confidence, item.decision.reason],
  );
  return { ...item, createdAt, expiresAt, answer: { status: item.answer.status, body: answer.data }, status: 'pending', decidedBy: null, decidedAt: null, note: null };
}

/** The item with this id, or null. */
export async function getReviewItem(db: SqlExecutor, id: string): Promise<ReviewItem | null> {
  const rows = await db.all<ReviewRow>(`SELECT ${reviewColumns} FROM gateway_reviews WHERE id = ?`, [id]);
  return rows[0] ? toReview(rows[0]) : null;
}

/** Items oldest first, filtered by status and model. */
export async function listReviewItems(db: SqlExecutor, options: { status?: ReviewStatus; model?: string; limit: number }): Promise<ReviewItem[]> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (options.status !== undefined) {
    where.push('status = ?');
    params.push(options.status);
  }
  if (options.model !== undefined) {
    where.push('model = ?');
    params.push(options.model);
  }
  params.push(options.limit);
  const rows = await db.all<ReviewRow>(`SELECT ${reviewColumns} FROM gateway_reviews${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id LIMIT ?`, params);
  return rows.map(toReview);
}

function notFound(id: string, why: string): AisecError {
  return new AisecError('ERR_REVIEW_NOT_FOUND', `Review item "${id.slice(0, 100)}" ${why}; list the pending ones with GET /admin/reviews?status=pending or aisec gateway reviews list.`, { details: { id: id.slice(0, 100) } });
}

async function expireRow(tx: SqlExecutor, dialect: SqlDriver['dialect'], item: ReviewItem, at: string): Promise<ReviewItem | undefined> {
  const changed = await tx.run("UPDATE gateway_reviews SET status = 'expired', decided_by = 'gateway', decided_at = ? WHERE id = ? AND status = 'pending'", [at, item.id]);
  if (changed === 0) return undefined;
  await appendAuditEventIn(tx, dialect, draft(at, 'gateway', 'gateway.review.expired', `gateway:review:${item.id}`, { model: item.model, route: item.route, onExpiry: item.onExpiry }));
  return { ...item, status: 'expired', decidedBy: 'gateway', decidedAt: at };
}

/** Approve or reject a pending item, audited; ERR_REVIEW_NOT_FOUND when it is not pending. */
export async function decideReviewItem(driver: SqlDriver, id: string, decision: ReviewDecision): Promise<ReviewItem> {
  const at = decision.at === undefined ? new Date().toISOString() : isoTime(decision.at, 'decideReviewItem: at');
  const outcome = await driver.transaction(async (tx): Promise<ReviewItem | AisecError> => {
    const item = await getReviewItem(tx, id);
    if (item === null) return notFound(id, 'does not exist');
    if (item.status !== 'pending') return notFound(id, `was already ${item.status}${item.decidedBy ? ` by ${item.decidedBy}` : ''}`);
    if (item.expiresAt <= at) {
      await expireRow(tx, driver.dialect, item, at);
      return notFound(id, 'expired before this decision');
    }
    const note = decision.note ?? null;
    const changed = await tx.run("UPDATE gateway_reviews SET status = ?, decided_by = ?, decided_at = ?, note = ? WHERE id = ? AND status = 'pending'", [decision.status, decision.by, at, note, id]);
    if (changed === 0) return notFound(id, 'was decided by someone else at the same time');
    const action = decision.status === 'approved' ? 'gateway.review.approved' : 'gateway.review.rejected';
    await appendAuditEventIn(tx, driver.dialect, draft(at, decision.by, action, `gateway:review:${id}`, { model: item.model, route: item.route, principal: item.principal, note: note ?? '' }));
    return { ...item, status: decision.status, decidedBy: decision.by, decidedAt: at, note };
  });
  // Thrown after the transaction so that marking an item expired is committed.
  if (outcome instanceof AisecError) throw outcome;
  return outcome;
}

/** Mark pending items past their time as expired, audited; returns them. */
export async function expireReviewItems(driver: SqlDriver, now: Date): Promise<ReviewItem[]> {
  const at = isoTime(now, 'expireReviewItems: now');
  const due = await driver.all<ReviewRow>(`SELECT ${reviewColumns} FROM gateway_reviews WHERE status = 'pending' AND expires_at <= ? ORDER BY id LIMIT 1000`, [at]);
  if (due.length === 0) return [];
  return driver.transaction(async (tx) => {
    const expired: ReviewItem[] = [];
    for (const row of due) {
      const item = await expireRow(tx, driver.dialect, toReview(row), at);
      if (item) expired.push(item);
    }
    return expired;
  });
}
