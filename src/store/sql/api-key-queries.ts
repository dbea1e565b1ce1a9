/**
 * The API keys of the inference gateway: create, read, list, revoke, read changes since a
 * change number, and record last use in batches. Creates and revokes take a change number
 * (`version`) one larger than any committed before; writers are serialised (SQLite's write
 * lock, a table lock on PostgreSQL), so numbers grow in commit order and a reader that asks
 * for `version > last seen` never misses a row committed later.
 */
import { z } from 'zod';
import type { ApiKeyRevocation, NewApiKey, StoredApiKey } from '../store.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { TimeSchema, exactText } from './input-schemas.js';
import { fromJson, inputError, isoTime } from './values.js';

/** Most scopes one key may have. */
export const maxApiKeyScopes = 100;

/** A key id: letters, digits, `-` (the gateway makes 12 lower-case base32 characters). */
export const ApiKeyIdSchema = z.string().regex(/^[A-Za-z0-9-]{4,64}$/, 'must be 4 to 64 letters, digits or dashes');

/** A key to store. */
export const NewApiKeySchema = z.object({
  id: ApiKeyIdSchema,
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 of the secret as 64 lower-case hex digits'),
  owner: exactText(200),
  scopes: z.array(exactText(300)).max(maxApiKeyScopes),
  createdAt: TimeSchema,
  expiresAt: TimeSchema.nullable(),
});

/** A revocation. */
export const ApiKeyRevocationSchema = z.object({
  by: exactText(200),
  reason: exactText(2000, 0),
  at: TimeSchema.optional(),
});

/** A batch of uses. */
export const ApiKeyUsesSchema = z.array(z.object({ id: ApiKeyIdSchema, at: TimeSchema })).max(10_000);

interface ApiKeyRow {
  id: string;
  digest: string;
  owner: string;
  scopes: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
  last_used_at: string | null;
  version: number | string;
}

const columns = 'id, digest, owner, scopes, created_at, expires_at, revoked_at, revoked_by, revoke_reason, last_used_at, version';

function toApiKey(row: ApiKeyRow): StoredApiKey {
  return {
    id: row.id,
    digest: row.digest,
    owner: row.owner,
    scopes: fromJson<string[]>(row.scopes),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    revokeReason: row.revoke_reason,
    lastUsedAt: row.last_used_at,
    version: Number(row.version),
  };
}

/** Take the writers' lock (PostgreSQL; SQLite's transaction holds it already) and the next change number. */
async function nextVersion(driver: SqlDriver, tx: SqlExecutor): Promise<number> {
  if (driver.dialect === 'postgres') await tx.exec('LOCK TABLE api_keys IN SHARE ROW EXCLUSIVE MODE');
  const rows = await tx.all<{ v: number | string | null }>('SELECT max(version) AS v FROM api_keys');
  return Number(rows[0]?.v ?? 0) + 1;
}

/** The key with `id`, or `null`. */
export async function getApiKey(db: SqlExecutor, id: string): Promise<StoredApiKey | null> {
  const rows = await db.all<ApiKeyRow>(`SELECT ${columns} FROM api_keys WHERE id = ?`, [id]);
  return rows[0] ? toApiKey(rows[0]) : null;
}

/** Insert a checked new key in its own transaction. */
export async function createApiKey(driver: SqlDriver, key: NewApiKey): Promise<StoredApiKey> {
  const createdAt = isoTime(key.createdAt, 'createApiKey: createdAt');
  const expiresAt = key.expiresAt === null ? null : isoTime(key.expiresAt, 'createApiKey: expiresAt');
  return driver.transaction(async (tx) => {
    const version = await nextVersion(driver, tx);
    if ((await getApiKey(tx, key.id)) !== null) throw inputError('createApiKey', `a key with the id "${key.id}" already exists`);
    await tx.run(`INSERT INTO api_keys (${columns}) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, ?)`, [
      key.id,
      key.digest,
      key.owner,
      JSON.stringify(key.scopes),
      createdAt,
      expiresAt,
      version,
    ]);
    return { id: key.id, digest: key.digest, owner: key.owner, scopes: [...key.scopes], createdAt, expiresAt, revokedAt: null, revokedBy: null, revokeReason: null, lastUsedAt: null, version };
  });
}

/** Keys in creation order, filtered. */
export async function listApiKeys(db: SqlExecutor, includeRevoked: boolean, owner: string | undefined): Promise<StoredApiKey[]> {
  const where: string[] = [];
  const params: string[] = [];
  if (!includeRevoked) where.push('revoked_at IS NULL');
  if (owner !== undefined) {
    where.push('owner = ?');
    params.push(owner);
  }
  const rows = await db.all<ApiKeyRow>(`SELECT ${columns} FROM api_keys ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`, params);
  return rows.map(toApiKey);
}

/** Revoke in its own transaction; a revoked key is returned unchanged. */
export async function revokeApiKey(driver: SqlDriver, id: string, revocation: ApiKeyRevocation): Promise<StoredApiKey> {
  const at = revocation.at === undefined ? new Date().toISOString() : isoTime(revocation.at, 'revokeApiKey: at');
  return driver.transaction(async (tx) => {
    const version = await nextVersion(driver, tx);
    const current = await getApiKey(tx, id);
    if (current === null) throw inputError('revokeApiKey', `no key has the id "${id}"; aisec keys list shows the keys`);
    if (current.revokedAt !== null) return current;
    await tx.run('UPDATE api_keys SET revoked_at = ?, revoked_by = ?, revoke_reason = ?, version = ? WHERE id = ?', [at, revocation.by, revocation.reason, version, id]);
    return { ...current, revokedAt: at, revokedBy: revocation.by, revokeReason: revocation.reason, version };
  });
}

/** Keys changed after `afterVersion`, in change order. */
export async function apiKeyChanges(db: SqlExecutor, afterVersion: number, limit: number): Promise<StoredApiKey[]> {
  const rows = await db.all<ApiKeyRow>(`SELECT ${columns} FROM api_keys WHERE version > ? ORDER BY version LIMIT ?`, [afterVersion, limit]);
  return rows.map(toApiKey);
}

/** Move `last_used_at` forward for each use, in one transaction. */
export async function recordApiKeyUse(driver: SqlDriver, uses: readonly { readonly id: string; readonly at: string }[]): Promise<void> {
  if (uses.length === 0) return;
  const latest = new Map<string, string>();
  for (const use of uses) {
    const at = isoTime(use.at, 'recordApiKeyUse: at');
    const seen = latest.get(use.id);
    if (seen === undefined || seen < at) latest.set(use.id, at);
  }
  await driver.transaction(async (tx) => {
    for (const [id, at] of latest) {
      await tx.run('UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)', [at, id, at]);
    }
  });
}
