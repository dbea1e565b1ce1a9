/**
 * Migration 4: the risk register kept across assessments. `risk_register` holds the current
 * entry of each risk of a system (keyed by its id, unique by the threat's fingerprint);
 * `risk_history` keeps every change of every risk, append-only (triggers refuse updates and
 * deletes).
 */

const tables = (t: { time: string; json: string; bigint: string }) => `
CREATE TABLE risk_register (
  system_id TEXT NOT NULL REFERENCES systems (id),
  risk_id TEXT NOT NULL,
  fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
  status TEXT NOT NULL,
  entry ${t.json} NOT NULL,
  created_at ${t.time} NOT NULL,
  updated_at ${t.time} NOT NULL,
  PRIMARY KEY (system_id, risk_id),
  UNIQUE (system_id, fingerprint)
);

CREATE TABLE risk_history (
  system_id TEXT NOT NULL,
  risk_id TEXT NOT NULL,
  seq ${t.bigint} NOT NULL CHECK (seq > 0),
  at ${t.time} NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  detail ${t.json} NOT NULL,
  PRIMARY KEY (system_id, risk_id, seq),
  FOREIGN KEY (system_id, risk_id) REFERENCES risk_register (system_id, risk_id)
);
`;

/** Migration 4 for SQLite. */
export const riskRegisterSqlite = `${tables({ time: 'TEXT', json: 'TEXT', bigint: 'INTEGER' })}
CREATE TRIGGER risk_history_no_update BEFORE UPDATE ON risk_history
BEGIN SELECT RAISE(ABORT, 'risk_history is append-only'); END;
CREATE TRIGGER risk_history_no_delete BEFORE DELETE ON risk_history
BEGIN SELECT RAISE(ABORT, 'risk_history is append-only'); END;
`;

/** Migration 4 for PostgreSQL. */
export const riskRegisterPostgres = `${tables({ time: 'TIMESTAMPTZ', json: 'JSON', bigint: 'BIGINT' })}
CREATE FUNCTION risk_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'risk_history is append-only';
END
$$;
CREATE TRIGGER risk_history_no_change BEFORE UPDATE OR DELETE ON risk_history
  FOR EACH ROW EXECUTE FUNCTION risk_history_append_only();
CREATE TRIGGER risk_history_no_truncate BEFORE TRUNCATE ON risk_history
  FOR EACH STATEMENT EXECUTE FUNCTION risk_history_append_only();
`;
