/**
 * Findings of a system's latest assessment, filtered and paged, and their suppression
 * (analyst and up; the same store call and audit event as `aisec findings suppress`).
 */
import { z } from 'zod';
import { suppressStoredFinding } from '../../assess/index.js';
import { AisecError } from '../../core/errors.js';
import { severities } from '../../core/severity.js';
import type { StoredFinding } from '../../store/index.js';
import { actorOf } from '../authenticate.js';
import { callerOf, ok, storedSystemOf, type ApiHandler } from '../api-context.js';
import { checkBody, intQuery, shortText, textQuery } from '../request-input.js';

const statuses = ['open', 'suppressed'] as const;

function listOf(query: URLSearchParams, name: string, allowed: readonly string[]): Set<string> | undefined {
  const text = textQuery(query, name);
  if (text === undefined) return undefined;
  const values = text.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = values.find((v) => !allowed.includes(v));
  if (bad !== undefined) throw new AisecError('ERR_USAGE', `The query parameter ${name} takes ${allowed.join(', ')} (comma-separated), not "${bad.slice(0, 40)}".`);
  return new Set(values);
}

function matches(row: StoredFinding, filter: { severity?: Set<string>; status?: Set<string>; scanner?: string; text?: string }): boolean {
  const f = row.finding;
  if (filter.severity && !filter.severity.has(f.severity)) return false;
  if (filter.status && !filter.status.has(row.suppression ? 'suppressed' : 'open')) return false;
  if (filter.scanner !== undefined && f.ruleId.slice(0, f.ruleId.indexOf('/')) !== filter.scanner) return false;
  if (filter.text !== undefined) {
    const hay = `${f.id} ${f.ruleId} ${f.title} ${f.message} ${f.location.path} ${f.location.member ?? ''}`.toLowerCase();
    if (!hay.includes(filter.text)) return false;
  }
  return true;
}

/** GET /api/v1/systems/:system/findings?severity=&scanner=&status=&text=&limit=&offset= */
export const listFindings: ApiHandler = async (ctx) => {
  const q = ctx.query;
  const severity = listOf(q, 'severity', severities);
  const status = listOf(q, 'status', statuses);
  const scanner = textQuery(q, 'scanner', 100);
  const text = textQuery(q, 'text', 200)?.toLowerCase();
  const limit = intQuery(q, 'limit', 100, 1, 500);
  const offset = intQuery(q, 'offset', 0, 0, 1_000_000);
  const { system, row } = await storedSystemOf(ctx);
  const all = await system.store.listFindings(row.id);
  const filter = { ...(severity ? { severity } : {}), ...(status ? { status } : {}), ...(scanner !== undefined ? { scanner } : {}), ...(text !== undefined ? { text } : {}) };
  const selected = all.filter((r) => matches(r, filter));
  return ok({ total: selected.length, offset, limit, findings: selected.slice(offset, offset + limit) });
};

const SuppressBody = z
  .object({
    reason: shortText(2000),
    /** A date (2027-03-31) or ISO time; null for never. */
    expiresAt: z.string().max(64).nullable().optional(),
    days: z.number().int().min(1).max(3650).optional(),
  })
  .strict();

/** When a suppression lapses: `days` from now, a date or time, never (null); 90 days when neither is given (as the CLI). */
function expiryOf(body: z.output<typeof SuppressBody>, now: Date): Date | null {
  if (body.expiresAt !== undefined && body.days !== undefined) throw new AisecError('ERR_USAGE', 'Give body.expiresAt or body.days, not both.');
  if (body.expiresAt === null) return null;
  if (body.expiresAt !== undefined) {
    const text = body.expiresAt;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : /^\d{4}-\d{2}-\d{2}T/.test(text) ? new Date(text) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) throw new AisecError('ERR_USAGE', 'body.expiresAt takes a date like 2027-03-31, an ISO time, or null for never.');
    if (date <= now) throw new AisecError('ERR_USAGE', `body.expiresAt ${text} is not in the future.`);
    return date;
  }
  return new Date(now.getTime() + (body.days ?? 90) * 86_400_000);
}

/** POST /api/v1/systems/:system/findings/:finding/suppress {reason, expiresAt | days} */
export const suppressFinding: ApiHandler = async (ctx) => {
  const id = ctx.params.finding!;
  if (!/^(f-[0-9a-f]{12}|[0-9a-f]{64})$/.test(id)) throw new AisecError('ERR_USAGE', 'The finding is named by its id (f- and 12 hex digits) or its 64-digit fingerprint.');
  const body = checkBody(SuppressBody, await ctx.body());
  const now = ctx.app.now();
  const expiresAt = expiryOf(body, now);
  const { system, row } = await storedSystemOf(ctx);
  const fingerprint = await suppressStoredFinding(system.store, row, { id, reason: body.reason, owner: actorOf(callerOf(ctx)), expiresAt, now });
  return ok({ fingerprint, id: `f-${fingerprint.slice(0, 12)}`, expiresAt: expiresAt?.toISOString() ?? null });
};
