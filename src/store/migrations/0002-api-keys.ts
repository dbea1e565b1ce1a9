/**
 * Migration 2: the gateway's API keys. A row holds the public key id and the SHA-256 digest of
 * the key's secret (never the secret), its owner, scopes and lifetime, and whether and why it
 * was revoked. `version` numbers the changes of key rows (create, revoke) in commit order, so a
 * gateway replica can read only what changed since its last look; `last_used_at` is written in
 * batches and does not move `version`.
 */

const table = (t: { time: string; json: string; bigint: string }) => `
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 4 AND 64),
  digest TEXT NOT NULL CHECK (length(digest) = 64),
  owner TEXT NOT NULL,
  scopes ${t.json} NOT NULL,
  created_at ${t.time} NOT NULL,
  expires_at ${t.time},
  revoked_at ${t.time},
  revoked_by TEXT,
  revoke_reason TEXT,
  last_used_at ${t.time},
  version ${t.bigint} NOT NULL CHECK (version > 0)
);
CREATE INDEX api_keys_by_version ON api_keys (version);
CREATE INDEX api_keys_by_owner ON api_keys (owner);
`;

/** Migration 2 for SQLite. */
export const apiKeysSqlite = table({ time: 'TEXT', json: 'TEXT', bigint: 'INTEGER' });

/** Migration 2 for PostgreSQL. */
export const apiKeysPostgres = table({ time: 'TIMESTAMPTZ', json: 'JSON', bigint: 'BIGINT' });
