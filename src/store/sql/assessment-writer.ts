import { randomUUID } from 'node:crypto';
import type { AssessmentRecord } from '../store.js';
import type { SqlExecutor, SqlValue } from './driver.js';
import { insertMany } from './insert-many.js';
import { columnText, inputError, isoTime, jsonData } from './values.js';

/** The parts of a run, written in this order inside one transaction. */
export type SaveStep = 'assessment' | 'assets' | 'findings' | 'diagnostics' | 'risks';

/** Test seams of the store. Production code never passes them. */
export interface StoreHooks {
  /** Called inside the save transaction after each part is written; a throw aborts the save. */
  readonly afterSaveStep?: (step: SaveStep) => void | Promise<void>;
}

/** Fail with `ERR_STORE_INPUT` unless a system has the id `systemId`. */
export async function requireSystem(tx: SqlExecutor, systemId: string, what: string): Promise<void> {
  const rows = await tx.all('SELECT 1 AS found FROM systems WHERE id = ?', [systemId]);
  if (rows.length === 0) throw inputError(what, `no system has the id "${systemId.slice(0, 200)}"; store the system first (upsertSystem)`);
}

/** The stable key of a target: its `key` (path relative to the system folder) when set, else its path. */
function assetKey(target: AssessmentRecord['targets'][number]): string {
  const key = (target as { key?: unknown }).key;
  return typeof key === 'string' && key !== '' ? key : target.path;
}

/** A run turned into rows, ready to write: all JSON is serialised before the transaction starts. */
export interface PreparedAssessment {
  readonly record: AssessmentRecord;
  readonly report: string;
  readonly findings: readonly string[];
  readonly risks: readonly string[];
}

/**
 * Serialise the JSON parts of a checked record (`ERR_STORE_INPUT` when one is not JSON), so the
 * write transaction holds its locks only for the inserts.
 */
export function prepareAssessment(record: AssessmentRecord): PreparedAssessment {
  const what = 'saveAssessment';
  return {
    record,
    report: jsonData(record.report, `${what}: report`).text,
    findings: record.findings.map((finding, i) => jsonData(finding, `${what}: findings.${i}`).text),
    risks: record.risks.map((risk, i) => jsonData(risk, `${what}: risks.${i}`).text),
  };
}

/**
 * Write one whole assessment with `tx` (the caller owns the transaction) and return its id.
 * JSON is kept exactly; the columns beside it are for queries.
 */
export async function writeAssessment(tx: SqlExecutor, prepared: PreparedAssessment, hooks: StoreHooks = {}): Promise<string> {
  const { record } = prepared;
  const what = 'saveAssessment';
  await requireSystem(tx, record.systemId, what);
  const id = randomUUID();
  const step = async (name: SaveStep) => hooks.afterSaveStep?.(name);

  await tx.run(
    `INSERT INTO assessments (id, system_id, started_at, finished_at, saved_at, status, tool_version, finding_count, report)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, record.systemId, isoTime(record.startedAt, `${what}: startedAt`), isoTime(record.finishedAt, `${what}: finishedAt`), new Date().toISOString(), record.status, columnText(record.toolVersion), record.findings.length, prepared.report],
  );
  await step('assessment');

  const assetRows = record.targets.map((t, i): SqlValue[] => [id, i, record.systemId, columnText(assetKey(t)), columnText(t.path), t.kind, columnText(t.format), t.sha256, t.size, t.status, t.message === undefined ? null : columnText(t.message)]);
  await insertMany(tx, 'assets', ['assessment_id', 'ordinal', 'system_id', 'asset_key', 'path', 'kind', 'format', 'sha256', 'size', 'status', 'message'], assetRows);
  await step('assets');

  const findingRows = record.findings.map((f, i): SqlValue[] => [id, i, record.systemId, f.fingerprint, f.ruleId, f.severity, columnText(f.location.path), prepared.findings[i]!]);
  await insertMany(tx, 'findings', ['assessment_id', 'ordinal', 'system_id', 'fingerprint', 'rule_id', 'severity', 'path', 'finding'], findingRows);
  await step('findings');

  const diagnosticRows = record.diagnostics.map((d, i): SqlValue[] => [id, i, columnText(d.path), columnText(d.scanner), columnText(d.code), d.level, columnText(d.message)]);
  await insertMany(tx, 'diagnostics', ['assessment_id', 'ordinal', 'path', 'scanner', 'code', 'level', 'message'], diagnosticRows);
  await step('diagnostics');

  const riskRows = record.risks.map((r, i): SqlValue[] => [id, i, record.systemId, columnText(r.id), columnText(r.title), r.level, prepared.risks[i]!]);
  await insertMany(tx, 'risks', ['assessment_id', 'ordinal', 'system_id', 'risk_id', 'title', 'level', 'risk'], riskRows);
  await step('risks');
  return id;
}
