/**
 * Migration 5: the monitor. `monitor_references` keeps the reference profiles production
 * windows are compared with (per system and model, newest wins; older ones stay as history);
 * `monitor_windows` the summary of every closed window; `monitor_alerts` the alerts raised on
 * them, with their status (open, acknowledged, closed) and the incident one opened.
 */

const tables = (t: { time: string; json: string; bigint: string; real: string }) => `
CREATE TABLE monitor_references (
  id TEXT PRIMARY KEY,
  system_id TEXT NOT NULL REFERENCES systems (id),
  model TEXT NOT NULL,
  created_at ${t.time} NOT NULL,
  source TEXT NOT NULL,
  rows_read ${t.bigint} NOT NULL CHECK (rows_read >= 0),
  profile ${t.json} NOT NULL
);
CREATE INDEX monitor_references_by_model ON monitor_references (system_id, model, created_at);

CREATE TABLE monitor_windows (
  id TEXT PRIMARY KEY,
  system_id TEXT NOT NULL REFERENCES systems (id),
  model TEXT NOT NULL,
  start_at ${t.time} NOT NULL,
  end_at ${t.time} NOT NULL,
  events ${t.bigint} NOT NULL CHECK (events >= 0),
  errors ${t.bigint} NOT NULL CHECK (errors >= 0),
  guard_hits ${t.bigint} NOT NULL CHECK (guard_hits >= 0),
  alarms ${t.bigint} NOT NULL CHECK (alarms >= 0),
  late ${t.bigint} NOT NULL CHECK (late >= 0),
  dropped ${t.bigint} NOT NULL CHECK (dropped >= 0),
  summary ${t.json} NOT NULL
);
CREATE INDEX monitor_windows_by_model ON monitor_windows (system_id, model, end_at);

CREATE TABLE monitor_alerts (
  id TEXT PRIMARY KEY,
  system_id TEXT NOT NULL REFERENCES systems (id),
  model TEXT NOT NULL,
  rule TEXT NOT NULL,
  column_name TEXT NOT NULL,
  window_id TEXT REFERENCES monitor_windows (id),
  at ${t.time} NOT NULL,
  raised_at ${t.time} NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low', 'info')),
  status TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'closed')),
  value ${t.real},
  threshold ${t.real},
  message TEXT NOT NULL,
  detail ${t.json} NOT NULL,
  incident_id TEXT,
  status_by TEXT,
  status_at ${t.time}
);
CREATE INDEX monitor_alerts_by_status ON monitor_alerts (status, raised_at);
CREATE INDEX monitor_alerts_by_rule ON monitor_alerts (system_id, model, rule, column_name, at);
`;

/** Migration 5 for SQLite. */
export const monitorSqlite = tables({ time: 'TEXT', json: 'TEXT', bigint: 'INTEGER', real: 'REAL' });

/** Migration 5 for PostgreSQL. */
export const monitorPostgres = tables({ time: 'TIMESTAMPTZ', json: 'JSON', bigint: 'BIGINT', real: 'DOUBLE PRECISION' });
