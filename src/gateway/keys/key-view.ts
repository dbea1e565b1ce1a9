/** What may be shown of a stored API key (never its digest), and its state at a given time. */
import type { StoredApiKey } from '../../store/index.js';

export type ApiKeyState = 'active' | 'expired' | 'revoked';

/** Revoked, expired (an expiry that is past or cannot be read), or active at `nowMs`. */
export function apiKeyState(key: StoredApiKey, nowMs: number): ApiKeyState {
  if (key.revokedAt !== null) return 'revoked';
  if (key.expiresAt !== null && !(Date.parse(key.expiresAt) > nowMs)) return 'expired';
  return 'active';
}

/** The fields of a key that `aisec keys` and `aisec serve` show: everything but the digest. */
export function apiKeyView(key: StoredApiKey): Record<string, unknown> {
  return {
    id: key.id,
    owner: key.owner,
    scopes: key.scopes,
    createdAt: key.createdAt,
    expiresAt: key.expiresAt,
    revokedAt: key.revokedAt,
    revokedBy: key.revokedBy,
    revokeReason: key.revokeReason,
    lastUsedAt: key.lastUsedAt,
  };
}
