import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import type { Suppression } from '../../core/finding.js';
import type { AssetBaseline } from '../../core/scanner.js';
import type {
  ApiKeyRevocation,
  ApprovalRecord,
  AssessmentRecord,
  AuditEvent,
  ControlRecord,
  GatewayControl,
  GatewayControlChange,
  IncidentRecord,
  MonitorAlertChange,
  MonitorAlertQuery,
  MonitorAlertRecord,
  MonitorReferenceRecord,
  MonitorWindowRecord,
  NewMonitorAlert,
  NewReviewItem,
  RegisterChange,
  RegisterEntry,
  RiskHistoryEvent,
  ReviewDecision,
  ReviewItem,
  ReviewStatus,
  NewApiKey,
  Store,
  StoredApiKey,
  StoredAssessment,
  StoredFinding,
  StoredRisk,
  StoredSystem,
} from '../store.js';
import * as apiKeys from './api-key-queries.js';
import { prepareAssessment, requireSystem, writeAssessment, type StoreHooks } from './assessment-writer.js';
import * as assets from './asset-queries.js';
import { appendAuditEvent, listAuditEvents } from './audit-log.js';
import type { SqlDriver } from './driver.js';
import * as findings from './finding-queries.js';
import * as gatewayControls from './gateway-control-queries.js';
import * as monitor from './monitor-queries.js';
import {
  ApprovalSchema,
  AssessmentRecordSchema,
  AuditInputSchema,
  ControlSchema,
  IdSchema,
  IncidentPatchSchema,
  IncidentSchema,
  SuppressionInputSchema,
  checkInput,
  exactText,
} from './input-schemas.js';
import * as register from './register-queries.js';
import * as riskRegister from './risk-register-queries.js';
import * as systems from './system-queries.js';
import { inputError, isoTime, jsonObject } from './values.js';

const NameSchema = exactText(500);
const DescriptorPathSchema = exactText(4096).nullable();
const LimitSchema = z.number().int().min(1).max(100_000);
const SeqSchema = z.number().int().min(0);
const RegisterChangesSchema = z
  .array(
    z.object({
      riskId: exactText(200),
      fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
      status: exactText(50),
      entry: z.record(z.string(), z.unknown()),
      event: z.object({ actor: exactText(500), action: exactText(100), detail: z.record(z.string(), z.unknown()), at: z.string().optional() }),
    }),
  )
  .max(100_000);

/**
 * The {@link Store} over any {@link SqlDriver}: one implementation of every query for SQLite
 * and PostgreSQL, so both backends behave the same and one test suite covers both.
 */
export class SqlStore implements Store {
  readonly backend: 'sqlite' | 'postgres';
  readonly location: string;
  readonly #db: SqlDriver;
  readonly #hooks: StoreHooks;

  constructor(driver: SqlDriver, hooks: StoreHooks = {}) {
    this.#db = driver;
    this.#hooks = hooks;
    this.backend = driver.dialect;
    this.location = driver.location;
  }

  async upsertSystem(name: string, descriptorPath: string | null): Promise<StoredSystem> {
    checkInput(NameSchema, name, 'upsertSystem: name');
    checkInput(DescriptorPathSchema, descriptorPath, 'upsertSystem: descriptorPath');
    return this.#write('Storing the system', () => systems.upsertSystem(this.#db, name, descriptorPath));
  }

  async getSystem(name: string): Promise<StoredSystem | null> {
    checkInput(z.string(), name, 'getSystem: name');
    return this.#read(() => systems.getSystem(this.#db, name));
  }

  async listSystems(): Promise<StoredSystem[]> {
    return this.#read(() => systems.listSystems(this.#db));
  }

  /** Save one whole assessment atomically; returns its id. Fails with `ERR_STORE_WRITE` saving nothing. */
  async saveAssessment(record: AssessmentRecord): Promise<string> {
    checkInput(AssessmentRecordSchema, record, 'saveAssessment');
    const prepared = prepareAssessment(record);
    return this.#write(
      'Saving the assessment',
      () => this.#db.transaction((tx) => writeAssessment(tx, prepared, this.#hooks)),
      'Nothing of this run was saved; earlier runs are intact.',
    );
  }

  async listAssessments(systemId: string, limit = 100): Promise<StoredAssessment[]> {
    checkInput(z.string(), systemId, 'listAssessments: systemId');
    checkInput(LimitSchema, limit, 'listAssessments: limit');
    return this.#read(() => systems.listAssessments(this.#db, systemId, limit));
  }

  /** The JSON report saved with an assessment, or `null` when there is no such assessment. */
  async getAssessmentReport(assessmentId: string): Promise<unknown> {
    checkInput(z.string(), assessmentId, 'getAssessmentReport: assessmentId');
    return this.#read(() => systems.getAssessmentReport(this.#db, assessmentId));
  }

  async assetBaselines(systemId: string): Promise<Map<string, AssetBaseline>> {
    checkInput(z.string(), systemId, 'assetBaselines: systemId');
    return this.#read(() => assets.assetBaselines(this.#db, systemId));
  }

  async latestAssetHashes(systemId: string): Promise<Map<string, { sha256: string; assessmentId: string }>> {
    checkInput(z.string(), systemId, 'latestAssetHashes: systemId');
    return this.#read(() => assets.latestAssetHashes(this.#db, systemId));
  }

  async recordApproval(approval: ApprovalRecord): Promise<void> {
    checkInput(ApprovalSchema, approval, 'recordApproval');
    const at = isoTime(approval.at, 'recordApproval: at');
    return this.#write('Recording the approval', () =>
      this.#db.transaction(async (tx) => {
        await requireSystem(tx, approval.systemId, 'recordApproval');
        await assets.recordApproval(tx, approval, at);
      }),
    );
  }

  async listApprovals(systemId: string, path?: string): Promise<ApprovalRecord[]> {
    checkInput(z.string(), systemId, 'listApprovals: systemId');
    checkInput(z.string().optional(), path, 'listApprovals: path');
    return this.#read(() => assets.listApprovals(this.#db, systemId, path));
  }

  async listFindings(systemId: string, options: { assessmentId?: string } = {}): Promise<StoredFinding[]> {
    checkInput(z.string(), systemId, 'listFindings: systemId');
    checkInput(z.object({ assessmentId: z.string().optional() }), options, 'listFindings: options');
    return this.#read(async () => {
      const assessmentId = options.assessmentId ?? (await systems.latestAssessmentId(this.#db, systemId));
      if (assessmentId === null) return [];
      const owned = await this.#db.all('SELECT 1 AS found FROM assessments WHERE id = ? AND system_id = ?', [assessmentId, systemId]);
      if (owned.length === 0) throw inputError('listFindings', `the system has no assessment with the id "${assessmentId.slice(0, 200)}"`);
      return findings.listFindings(this.#db, systemId, assessmentId, new Date().toISOString());
    });
  }

  /** Suppress by fingerprint or short id (`f-<12 hex>`) among the system's stored findings; returns the fingerprint. */
  async suppressFinding(systemId: string, fingerprintOrId: string, suppression: Suppression): Promise<string> {
    checkInput(z.string(), systemId, 'suppressFinding: systemId');
    checkInput(SuppressionInputSchema, suppression, 'suppressFinding: suppression');
    const normalised: Suppression = {
      reason: suppression.reason,
      owner: suppression.owner,
      expiresAt: suppression.expiresAt === null ? null : isoTime(suppression.expiresAt, 'suppressFinding: expiresAt'),
      createdAt: isoTime(suppression.createdAt, 'suppressFinding: createdAt'),
    };
    return this.#write('Storing the suppression', () =>
      this.#db.transaction(async (tx) => {
        const fingerprint = await findings.resolveFingerprint(tx, systemId, fingerprintOrId);
        await findings.upsertSuppression(tx, systemId, fingerprint, normalised);
        return fingerprint;
      }),
    );
  }

  async activeSuppressions(systemId: string, now: Date): Promise<Map<string, Suppression>> {
    checkInput(z.string(), systemId, 'activeSuppressions: systemId');
    const at = isoTime(now, 'activeSuppressions: now');
    return this.#read(() => findings.activeSuppressions(this.#db, systemId, at));
  }

  /** Risks of the latest assessment of a system. */
  async listRisks(systemId: string): Promise<StoredRisk[]> {
    checkInput(z.string(), systemId, 'listRisks: systemId');
    return this.#read(async () => {
      const latest = await systems.latestAssessmentId(this.#db, systemId);
      return latest === null ? [] : register.listRisks(this.#db, latest);
    });
  }

  async upsertControl(control: ControlRecord): Promise<void> {
    checkInput(ControlSchema, control, 'upsertControl');
    const evidence = jsonObject(control.evidence, 'upsertControl: evidence').text;
    return this.#write('Storing the control', () =>
      this.#db.transaction(async (tx) => {
        await requireSystem(tx, control.systemId, 'upsertControl');
        await register.upsertControl(tx, control, evidence);
      }),
    );
  }

  async listControls(systemId: string): Promise<ControlRecord[]> {
    checkInput(z.string(), systemId, 'listControls: systemId');
    return this.#read(() => register.listControls(this.#db, systemId));
  }

  async listRegister(systemId: string): Promise<RegisterEntry[]> {
    checkInput(z.string(), systemId, 'listRegister: systemId');
    return this.#read(() => riskRegister.listRegister(this.#db, systemId));
  }

  async recordRiskChanges(systemId: string, changes: readonly RegisterChange[]): Promise<void> {
    checkInput(z.string(), systemId, 'recordRiskChanges: systemId');
    checkInput(RegisterChangesSchema, changes, 'recordRiskChanges');
    const now = new Date().toISOString();
    const prepared = changes.map((change, i) => ({
      ...change,
      entryText: jsonObject(change.entry, `recordRiskChanges[${i}].entry`).text,
      detailText: jsonObject(change.event.detail, `recordRiskChanges[${i}].event.detail`).text,
      at: change.event.at === undefined ? now : isoTime(change.event.at, `recordRiskChanges[${i}].event.at`),
    }));
    return this.#write('Storing the risk register', () =>
      this.#db.transaction(async (tx) => {
        await requireSystem(tx, systemId, 'recordRiskChanges');
        const owners = new Map((await riskRegister.listRegister(tx, systemId)).map((e) => [e.fingerprint, e.riskId]));
        for (const [i, change] of prepared.entries()) {
          const owner = owners.get(change.fingerprint);
          if (owner !== undefined && owner !== change.riskId) throw inputError(`recordRiskChanges[${i}]`, `fingerprint belongs to risk ${owner}, not ${change.riskId}`);
        }
        await riskRegister.applyRegisterChanges(tx, systemId, prepared);
      }),
    );
  }

  async listRiskHistory(systemId: string, riskId?: string): Promise<RiskHistoryEvent[]> {
    checkInput(z.string(), systemId, 'listRiskHistory: systemId');
    if (riskId !== undefined) checkInput(z.string(), riskId, 'listRiskHistory: riskId');
    return this.#read(() => riskRegister.listRiskHistory(this.#db, systemId, riskId));
  }

  async createIncident(incident: IncidentRecord): Promise<void> {
    checkInput(IncidentSchema, incident, 'createIncident');
    const detail = jsonObject(incident.detail, 'createIncident: detail').text;
    const openedAt = isoTime(incident.openedAt, 'createIncident: openedAt');
    return this.#write('Storing the incident', () =>
      this.#db.transaction(async (tx) => {
        if (incident.systemId !== null) await requireSystem(tx, incident.systemId, 'createIncident');
        if ((await register.getIncident(tx, incident.id)) !== null) throw inputError('createIncident', `an incident with the id "${incident.id}" already exists`);
        await register.insertIncident(tx, incident, openedAt, detail);
      }),
    );
  }

  /** Change the status and/or detail of an incident; `ERR_STORE_INPUT` when no incident has the id. */
  async updateIncident(id: string, patch: Partial<Pick<IncidentRecord, 'status' | 'detail'>>): Promise<void> {
    checkInput(IdSchema, id, 'updateIncident: id');
    checkInput(IncidentPatchSchema, patch, 'updateIncident: patch');
    const detail = patch.detail === undefined ? undefined : jsonObject(patch.detail, 'updateIncident: detail').text;
    return this.#write('Updating the incident', () =>
      this.#db.transaction(async (tx) => {
        const current = await register.getIncident(tx, id);
        if (current === null) throw inputError('updateIncident', `no incident has the id "${id}"`);
        await register.updateIncident(tx, id, patch.status ?? current.status, detail ?? jsonObject(current.detail, 'incident detail').text);
      }),
    );
  }

  async listIncidents(systemId?: string): Promise<IncidentRecord[]> {
    checkInput(z.string().optional(), systemId, 'listIncidents: systemId');
    return this.#read(() => register.listIncidents(this.#db, systemId));
  }

  async appendAudit(event: Pick<AuditEvent, 'actor' | 'action' | 'subject' | 'detail'> & { at?: string }): Promise<AuditEvent> {
    checkInput(AuditInputSchema, event, 'appendAudit');
    const detail = jsonObject(event.detail, 'appendAudit: detail');
    const at = event.at === undefined ? new Date().toISOString() : isoTime(event.at, 'appendAudit: at');
    const draft = { at, actor: event.actor, action: event.action, subject: event.subject, detail: detail.data, detailText: detail.text };
    return this.#write('Appending to the audit log', () => appendAuditEvent(this.#db, draft));
  }

  /** Audit events in order after `afterSeq` (default 0), at most `limit` (default 1000); page with `afterSeq`. */
  async listAudit(options: { afterSeq?: number; limit?: number } = {}): Promise<AuditEvent[]> {
    checkInput(z.object({ afterSeq: SeqSchema.optional(), limit: LimitSchema.optional() }), options, 'listAudit: options');
    return this.#read(() => listAuditEvents(this.#db, options.afterSeq ?? 0, options.limit ?? 1000));
  }

  async createApiKey(key: NewApiKey): Promise<StoredApiKey> {
    checkInput(apiKeys.NewApiKeySchema, key, 'createApiKey');
    return this.#write('Storing the API key', () => apiKeys.createApiKey(this.#db, key));
  }

  async getApiKey(id: string): Promise<StoredApiKey | null> {
    checkInput(z.string().max(1000), id, 'getApiKey: id');
    return this.#read(() => apiKeys.getApiKey(this.#db, id));
  }

  async listApiKeys(options: { includeRevoked?: boolean; owner?: string } = {}): Promise<StoredApiKey[]> {
    checkInput(z.object({ includeRevoked: z.boolean().optional(), owner: z.string().max(1000).optional() }), options, 'listApiKeys: options');
    return this.#read(() => apiKeys.listApiKeys(this.#db, options.includeRevoked ?? false, options.owner));
  }

  /** Revoke a key (idempotent); `ERR_STORE_INPUT` when no key has the id. */
  async revokeApiKey(id: string, revocation: ApiKeyRevocation): Promise<StoredApiKey> {
    checkInput(z.string().max(1000), id, 'revokeApiKey: id');
    checkInput(apiKeys.ApiKeyRevocationSchema, revocation, 'revokeApiKey: revocation');
    return this.#write('Revoking the API key', () => apiKeys.revokeApiKey(this.#db, id, revocation));
  }

  /** Keys created or revoked after `afterVersion`, in change order, at most `limit` (default 1000). */
  async apiKeyChanges(afterVersion: number, limit = 1000): Promise<StoredApiKey[]> {
    checkInput(SeqSchema, afterVersion, 'apiKeyChanges: afterVersion');
    checkInput(LimitSchema, limit, 'apiKeyChanges: limit');
    return this.#read(() => apiKeys.apiKeyChanges(this.#db, afterVersion, limit));
  }

  async recordApiKeyUse(uses: readonly { readonly id: string; readonly at: string }[]): Promise<void> {
    checkInput(apiKeys.ApiKeyUsesSchema, uses, 'recordApiKeyUse');
    return this.#write('Recording API key use', () => apiKeys.recordApiKeyUse(this.#db, uses));
  }

  async setGatewayControl(change: GatewayControlChange): Promise<GatewayControl> {
    checkInput(gatewayControls.GatewayControlChangeSchema, change, 'setGatewayControl');
    return this.#write('Storing the gateway control', () => gatewayControls.setGatewayControl(this.#db, change));
  }

  async listGatewayControls(): Promise<GatewayControl[]> {
    return this.#read(() => gatewayControls.listGatewayControls(this.#db));
  }

  async gatewayControlVersion(): Promise<number> {
    return this.#read(() => gatewayControls.gatewayControlVersion(this.#db));
  }

  async createReviewItem(item: NewReviewItem): Promise<ReviewItem> {
    checkInput(gatewayControls.NewReviewItemSchema, item, 'createReviewItem');
    return this.#write('Storing the review item', () => gatewayControls.createReviewItem(this.#db, item));
  }

  async getReviewItem(id: string): Promise<ReviewItem | null> {
    checkInput(z.string().max(1000), id, 'getReviewItem: id');
    return this.#read(() => gatewayControls.getReviewItem(this.#db, id));
  }

  /** Review items oldest first, of one status and/or model, at most `limit` (default 100). */
  async listReviewItems(options: { status?: ReviewStatus; model?: string; limit?: number } = {}): Promise<ReviewItem[]> {
    checkInput(gatewayControls.ReviewListSchema, options, 'listReviewItems: options');
    return this.#read(() => gatewayControls.listReviewItems(this.#db, { status: options.status, model: options.model, limit: options.limit ?? 100 }));
  }

  /** Approve or reject a pending item (audited); `ERR_REVIEW_NOT_FOUND` when it is not pending. */
  async decideReviewItem(id: string, decision: ReviewDecision): Promise<ReviewItem> {
    checkInput(z.string().max(1000), id, 'decideReviewItem: id');
    checkInput(gatewayControls.ReviewDecisionSchema, decision, 'decideReviewItem: decision');
    return this.#write('Storing the review decision', () => gatewayControls.decideReviewItem(this.#db, id, decision));
  }

  async expireReviewItems(now: Date): Promise<ReviewItem[]> {
    checkInput(z.date(), now, 'expireReviewItems: now');
    return this.#write('Expiring review items', () => gatewayControls.expireReviewItems(this.#db, now));
  }

  async saveMonitorReference(reference: MonitorReferenceRecord): Promise<void> {
    checkInput(monitor.MonitorReferenceSchema, reference, 'saveMonitorReference');
    const text = monitor.referenceText(reference.profile);
    return this.#write('Storing the monitor reference', () =>
      this.#db.transaction(async (tx) => {
        await requireSystem(tx, reference.systemId, 'saveMonitorReference');
        await monitor.saveReference(tx, reference, text);
      }),
    );
  }

  async getMonitorReference(systemId: string, model: string): Promise<MonitorReferenceRecord | null> {
    checkInput(z.string().max(1000), systemId, 'getMonitorReference: systemId');
    checkInput(z.string().max(1000), model, 'getMonitorReference: model');
    return this.#read(() => monitor.getReference(this.#db, systemId, model));
  }

  async listMonitorReferences(systemId: string): Promise<Omit<MonitorReferenceRecord, 'profile'>[]> {
    checkInput(z.string().max(1000), systemId, 'listMonitorReferences: systemId');
    return this.#read(() => monitor.listReferences(this.#db, systemId));
  }

  async saveMonitorWindow(window: MonitorWindowRecord, alerts: readonly NewMonitorAlert[]): Promise<void> {
    checkInput(monitor.MonitorWindowSchema, window, 'saveMonitorWindow');
    checkInput(z.array(monitor.NewMonitorAlertSchema).max(10_000), alerts, 'saveMonitorWindow: alerts');
    const summary = jsonObject(window.summary, 'saveMonitorWindow: summary', 16 * 1024 * 1024).text;
    const prepared = alerts.map((alert, i) => ({ ...alert, detailText: jsonObject(alert.detail, `saveMonitorWindow: alerts[${i}].detail`).text }));
    return this.#write('Storing the monitor window', () =>
      this.#db.transaction(async (tx) => {
        await requireSystem(tx, window.systemId, 'saveMonitorWindow');
        await monitor.saveWindow(tx, window, summary, prepared);
      }),
    );
  }

  async listMonitorWindows(systemId: string, options: { model?: string; limit?: number } = {}): Promise<MonitorWindowRecord[]> {
    checkInput(z.string().max(1000), systemId, 'listMonitorWindows: systemId');
    checkInput(z.object({ model: z.string().max(1000).optional(), limit: LimitSchema.optional() }), options, 'listMonitorWindows: options');
    return this.#read(() => monitor.listWindows(this.#db, systemId, options.model, options.limit ?? 100));
  }

  async listMonitorAlerts(query: MonitorAlertQuery = {}): Promise<MonitorAlertRecord[]> {
    checkInput(monitor.MonitorAlertQuerySchema, query, 'listMonitorAlerts');
    return this.#read(() => monitor.listAlerts(this.#db, query));
  }

  async getMonitorAlert(id: string): Promise<MonitorAlertRecord | null> {
    checkInput(z.string().max(1000), id, 'getMonitorAlert: id');
    return this.#read(() => monitor.getAlert(this.#db, id));
  }

  async lastMonitorAlertAt(systemId: string, model: string, rule: string, column: string): Promise<string | null> {
    checkInput(z.tuple([z.string().max(1000), z.string().max(1000), z.string().max(1000), z.string().max(1000)]), [systemId, model, rule, column], 'lastMonitorAlertAt');
    return this.#read(() => monitor.lastAlertAt(this.#db, systemId, model, rule, column));
  }

  async updateMonitorAlert(id: string, change: MonitorAlertChange): Promise<MonitorAlertRecord> {
    checkInput(z.string().max(1000), id, 'updateMonitorAlert: id');
    checkInput(monitor.MonitorAlertChangeSchema, change, 'updateMonitorAlert');
    return this.#write('Updating the monitor alert', () => this.#db.transaction((tx) => monitor.updateAlert(tx, id, change)));
  }

  async close(): Promise<void> {
    return this.#db.close();
  }

  /** Errors that are not already an AisecError are failures to write (disk, server, constraint). */
  async #write<T>(what: string, fn: () => Promise<T>, outcome = 'Nothing was changed.'): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof AisecError) throw error;
      throw new AisecError('ERR_STORE_WRITE', `${what} in the store at ${this.location} failed: ${(error as Error).message}. ${outcome}`, {
        cause: error,
        details: { location: this.location },
      });
    }
  }

  /** A read that fails for another reason than the database being unusable is a bug. */
  async #read<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof AisecError) throw error;
      throw new AisecError('ERR_INTERNAL', `Reading the store at ${this.location} failed: ${(error as Error).message}`, { cause: error });
    }
  }
}
