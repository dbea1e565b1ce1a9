/**
 * Migration 1: every table of the first store schema, once per dialect. The two scripts
 * differ only in types (PostgreSQL keeps times as timestamptz and JSON as json; SQLite keeps
 * both as text) and in how the audit table is made append-only.
 */

const tables = (t: { time: string; json: string; bigint: string; serial: string }) => `
CREATE TABLE systems (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  descriptor_path TEXT,
  created_at ${t.time} NOT NULL
);

CREATE TABLE assessments (
  id TEXT PRIMARY KEY,
  system_id TEXT NOT NULL REFERENCES systems (id),
  started_at ${t.time} NOT NULL,
  finished_at ${t.time} NOT NULL,
  saved_at ${t.time} NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('complete', 'incomplete')),
  tool_version TEXT NOT NULL,
  finding_count INTEGER NOT NULL,
  report ${t.json} NOT NULL
);
CREATE INDEX assessments_by_system ON assessments (system_id, started_at);

CREATE TABLE assets (
  assessment_id TEXT NOT NULL REFERENCES assessments (id),
  ordinal INTEGER NOT NULL,
  system_id TEXT NOT NULL REFERENCES systems (id),
  asset_key TEXT NOT NULL,
  path TEXT NOT NULL,
  kind TEXT NOT NULL,
  format TEXT NOT NULL,
  sha256 TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
  size ${t.bigint},
  status TEXT NOT NULL,
  message TEXT,
  PRIMARY KEY (assessment_id, ordinal)
);
CREATE INDEX assets_by_key ON assets (system_id, asset_key);

CREATE TABLE findings (
  assessment_id TEXT NOT NULL REFERENCES assessments (id),
  ordinal INTEGER NOT NULL,
  system_id TEXT NOT NULL REFERENCES systems (id),
  fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
  rule_id TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low', 'info')),
  path TEXT NOT NULL,
  finding ${t.json} NOT NULL,
  PRIMARY KEY (assessment_id, ordinal)
);
CREATE INDEX findings_by_fingerprint ON findings (system_id, fingerprint);

CREATE TABLE suppressions (
  system_id TEXT NOT NULL REFERENCES systems (id),
  fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
  reason TEXT NOT NULL,
  owner TEXT NOT NULL,
  expires_at ${t.time},
  created_at ${t.time} NOT NULL,
  PRIMARY KEY (system_id, fingerprint)
);

CREATE TABLE approvals (
  id ${t.serial},
  system_id TEXT NOT NULL REFERENCES systems (id),
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  approved_by TEXT NOT NULL,
  reason TEXT NOT NULL,
  at ${t.time} NOT NULL
);
CREATE INDEX approvals_by_path ON approvals (system_id, path, at);

CREATE TABLE diagnostics (
  assessment_id TEXT NOT NULL REFERENCES assessments (id),
  ordinal INTEGER NOT NULL,
  path TEXT NOT NULL,
  scanner TEXT NOT NULL,
  code TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('error', 'warning')),
  message TEXT NOT NULL,
  PRIMARY KEY (assessment_id, ordinal)
);

CREATE TABLE risks (
  assessment_id TEXT NOT NULL REFERENCES assessments (id),
  ordinal INTEGER NOT NULL,
  system_id TEXT NOT NULL REFERENCES systems (id),
  risk_id TEXT NOT NULL,
  title TEXT NOT NULL,
  level TEXT NOT NULL,
  risk ${t.json} NOT NULL,
  PRIMARY KEY (assessment_id, ordinal)
);
CREATE INDEX risks_by_system ON risks (system_id, risk_id);

CREATE TABLE controls (
  system_id TEXT NOT NULL REFERENCES systems (id),
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'implemented', 'verified')),
  evidence ${t.json} NOT NULL,
  updated_at ${t.time} NOT NULL,
  PRIMARY KEY (system_id, id)
);

CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  system_id TEXT REFERENCES systems (id),
  title TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low', 'info')),
  status TEXT NOT NULL CHECK (status IN ('open', 'contained', 'resolved')),
  opened_at ${t.time} NOT NULL,
  updated_at ${t.time} NOT NULL,
  detail ${t.json} NOT NULL
);
CREATE INDEX incidents_by_system ON incidents (system_id, opened_at);

CREATE TABLE audit_events (
  seq ${t.bigint} PRIMARY KEY CHECK (seq > 0),
  at ${t.time} NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail ${t.json} NOT NULL,
  prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
);
`;

/** Migration 1 for SQLite. */
export const initialSqlite = `${tables({ time: 'TEXT', json: 'TEXT', bigint: 'INTEGER', serial: 'INTEGER PRIMARY KEY AUTOINCREMENT' })}
-- The hash chain shows tampering; these triggers stop honest mistakes from causing it.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
`;

/** Migration 1 for PostgreSQL. */
export const initialPostgres = `${tables({ time: 'TIMESTAMPTZ', json: 'JSON', bigint: 'BIGINT', serial: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' })}
-- The hash chain shows tampering; these triggers stop honest mistakes from causing it.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END
$$;
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
`;
