/**
 * Migration 3: the inference gateway's model controls (kill switch: enabled, disabled,
 * restricted, review) and its review queue (answers held for a person to approve or reject).
 *
 * Every control change takes the next number of the one-row `gateway_control_seq` table (its
 * row lock serialises writers on PostgreSQL; SQLite transactions hold the write lock), so a
 * replica that polls the number sees every change, in order, and never misses one that
 * committed late.
 */

const tables = (t: { time: string; json: string; bigint: string; real: string }) => `
CREATE TABLE gateway_control_seq (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  value ${t.bigint} NOT NULL CHECK (value >= 0)
);
INSERT INTO gateway_control_seq (id, value) VALUES (1, 0);

CREATE TABLE gateway_controls (
  subject TEXT PRIMARY KEY,
  state TEXT NOT NULL CHECK (state IN ('enabled', 'disabled', 'restricted', 'review')),
  reason TEXT NOT NULL,
  actor TEXT NOT NULL,
  updated_at ${t.time} NOT NULL,
  version ${t.bigint} NOT NULL UNIQUE CHECK (version > 0)
);

CREATE TABLE gateway_reviews (
  id TEXT PRIMARY KEY,
  model TEXT NOT NULL,
  route TEXT NOT NULL,
  principal TEXT NOT NULL,
  created_at ${t.time} NOT NULL,
  expires_at ${t.time} NOT NULL,
  on_expiry TEXT NOT NULL CHECK (on_expiry IN ('reject', 'release')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'expired')),
  answer_status INTEGER NOT NULL,
  answer ${t.json} NOT NULL,
  input_hash TEXT NOT NULL CHECK (length(input_hash) = 64),
  label TEXT,
  confidence ${t.real},
  hold_reason TEXT NOT NULL,
  decided_by TEXT,
  decided_at ${t.time},
  note TEXT
);
CREATE INDEX gateway_reviews_by_status ON gateway_reviews (status, created_at);
CREATE INDEX gateway_reviews_by_model ON gateway_reviews (model, status, created_at);
CREATE INDEX gateway_reviews_by_expiry ON gateway_reviews (status, expires_at);
`;

/** Migration 3 for SQLite. */
export const gatewayControlsSqlite = tables({ time: 'TEXT', json: 'TEXT', bigint: 'INTEGER', real: 'REAL' });

/** Migration 3 for PostgreSQL. */
export const gatewayControlsPostgres = tables({ time: 'TIMESTAMPTZ', json: 'JSON', bigint: 'BIGINT', real: 'DOUBLE PRECISION' });
