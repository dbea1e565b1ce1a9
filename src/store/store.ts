import type { Finding, Suppression } from '../core/finding.js';
import type { AssetBaseline } from '../core/scanner.js';
import type { Severity } from '../core/severity.js';
import type { Diagnostic, Target } from '../core/target.js';

/** A system as stored: one row per descriptor name. */
export interface StoredSystem {
  readonly id: string;
  readonly name: string;
  readonly descriptorPath: string | null;
  readonly createdAt: string;
}

/** A risk register entry as stored. */
export interface StoredRisk {
  readonly id: string;
  readonly title: string;
  readonly level: Severity;
  readonly likelihood: number;
  readonly impact: number;
  readonly findings: readonly string[];
  readonly controls: readonly string[];
  readonly taxonomy: Readonly<Record<string, readonly string[]>>;
  readonly status?: 'open' | 'mitigated' | 'accepted';
  readonly acceptance?: { readonly by: string; readonly reason: string; readonly expiresAt: string | null } | null;
}

/** Everything one assessment produced; saved in one transaction. */
export interface AssessmentRecord {
  readonly systemId: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly toolVersion: string;
  /** `complete`, or `incomplete` when some target was not fully analysed. */
  readonly status: 'complete' | 'incomplete';
  readonly targets: readonly Target[];
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
  readonly risks: readonly StoredRisk[];
  /** The full JSON report, kept so any earlier run can be re-rendered. */
  readonly report: unknown;
}

/** A stored assessment run (summary row). */
export interface StoredAssessment {
  readonly id: string;
  readonly systemId: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly status: 'complete' | 'incomplete';
  readonly toolVersion: string;
  readonly findingCount: number;
}

/** A finding as listed from the store, with when it was first and last seen. */
export interface StoredFinding {
  readonly finding: Finding;
  readonly assessmentId: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly suppression: Suppression | null;
}

/** A recorded approval of an asset's content. */
export interface ApprovalRecord {
  readonly systemId: string;
  readonly path: string;
  readonly sha256: string;
  readonly by: string;
  readonly reason: string;
  readonly at: string;
}

/** An incident record (the incident capability fills the detail). */
export interface IncidentRecord {
  readonly id: string;
  readonly systemId: string | null;
  readonly title: string;
  readonly severity: Severity;
  readonly status: 'open' | 'contained' | 'resolved';
  readonly openedAt: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** One audit event; the store chains each to the previous by hash. */
export interface AuditEvent {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly subject: string;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly prevHash: string;
  readonly hash: string;
}

/** A control of the risk register (what mitigates a risk). */
export interface ControlRecord {
  readonly id: string;
  readonly systemId: string;
  readonly title: string;
  readonly status: 'planned' | 'implemented' | 'verified';
  readonly evidence: Readonly<Record<string, unknown>>;
}

/** The current entry of one risk of the register (the risk capability defines `entry`). */
export interface RegisterEntry {
  readonly systemId: string;
  readonly riskId: string;
  /** SHA-256 (hex) of the threat the risk comes from; unique per system. */
  readonly fingerprint: string;
  readonly status: string;
  readonly entry: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A change of one risk: its new entry and the history event that records it. */
export interface RegisterChange {
  readonly riskId: string;
  readonly fingerprint: string;
  readonly status: string;
  readonly entry: Readonly<Record<string, unknown>>;
  readonly event: { readonly actor: string; readonly action: string; readonly detail: Readonly<Record<string, unknown>>; readonly at?: string };
}

/** One event of a risk's history (append-only). */
export interface RiskHistoryEvent {
  readonly riskId: string;
  /** 1, 2, 3, … per risk. */
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

/**
 * An API key of the inference gateway as stored. The store never sees the key's secret, only
 * the SHA-256 digest of it; the key id is public (it names the key in lists, logs and events).
 */
export interface StoredApiKey {
  /** Public key id (the middle part of `aisec_<id>_<secret>`). */
  readonly id: string;
  /** SHA-256 of the secret, 64 lower-case hex digits. */
  readonly digest: string;
  /** Who the key was made for (a person, team or service). */
  readonly owner: string;
  /** What the key may call (the gateway's scope grammar, docs/gateway/keys.md). */
  readonly scopes: readonly string[];
  readonly createdAt: string;
  /** When it stops working; `null` for never. */
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
  readonly revokeReason: string | null;
  /** Latest use the gateway recorded (written in batches, so up to a minute behind). */
  readonly lastUsedAt: string | null;
  /** Change number: every create or revoke gets a larger one than any committed before it. */
  readonly version: number;
}

/** A key to store: the fields its maker chooses. */
export interface NewApiKey {
  readonly id: string;
  readonly digest: string;
  readonly owner: string;
  readonly scopes: readonly string[];
  readonly createdAt: string;
  readonly expiresAt: string | null;
}

/** Who revokes a key and why. */
export interface ApiKeyRevocation {
  readonly by: string;
  readonly reason: string;
  /** Default: now. */
  readonly at?: string;
}

/** The state of a model or route behind the inference gateway (its kill switch). */
export type GatewayControlState = 'enabled' | 'disabled' | 'restricted' | 'review';

/** A model control of the inference gateway, as stored. */
export interface GatewayControl {
  /** The model name or route id it applies to. */
  readonly subject: string;
  readonly state: GatewayControlState;
  readonly reason: string;
  /** Who changed it (e.g. `cli:alice`, `admin:key-id`, `playbook:…`). */
  readonly actor: string;
  readonly updatedAt: string;
  /** The control sequence number of this change; every change of any control takes the next one. */
  readonly version: number;
}

/** A change of a model control. */
export interface GatewayControlChange {
  readonly subject: string;
  readonly state: GatewayControlState;
  readonly reason: string;
  readonly actor: string;
  /** When (default now). */
  readonly at?: string;
}

/** Where a held answer stands in the review queue. */
export type ReviewStatus = 'pending' | 'approved' | 'rejected' | 'expired';

/** An answer of a classic model held by the gateway for a person to approve or reject. */
export interface ReviewItem {
  readonly id: string;
  readonly model: string;
  readonly route: string;
  /** The principal (key id) that asked; empty when the gateway authenticates nobody. */
  readonly principal: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  /** What happens when nobody decides before `expiresAt`: the answer is refused or released. */
  readonly onExpiry: 'reject' | 'release';
  readonly status: ReviewStatus;
  /** The answer the client would have got (status and JSON body). */
  readonly answer: { readonly status: number; readonly body: unknown };
  /** SHA-256 (hex) of the request body. */
  readonly inputHash: string;
  /** Why it was held and what the model decided. */
  readonly decision: { readonly label: string | null; readonly confidence: number | null; readonly reason: string };
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly note: string | null;
}

/** A new review item (pending, undecided). */
export type NewReviewItem = Omit<ReviewItem, 'status' | 'decidedBy' | 'decidedAt' | 'note'>;

/** A person's verdict on a review item. */
export interface ReviewDecision {
  readonly status: 'approved' | 'rejected';
  readonly by: string;
  readonly note?: string;
  /** When (default now). */
  readonly at?: string;
}

/** A reference profile of the monitor: what production windows of one model are compared with. */
export interface MonitorReferenceRecord {
  readonly id: string;
  readonly systemId: string;
  /** The model or endpoint name events carry. */
  readonly model: string;
  readonly createdAt: string;
  /** Where it was built from (the data file, as given). */
  readonly source: string;
  readonly rowsRead: number;
  /** The profile (the monitor defines it): per-column samples, output balance, confidences. */
  readonly profile: Readonly<Record<string, unknown>>;
}

/** The summary of one closed monitor window. */
export interface MonitorWindowRecord {
  readonly id: string;
  readonly systemId: string;
  readonly model: string;
  readonly startAt: string;
  readonly endAt: string;
  readonly events: number;
  readonly errors: number;
  readonly guardHits: number;
  readonly alarms: number;
  /** Events that arrived after their window had closed (counted here, not in the samples). */
  readonly late: number;
  /** Events refused because the monitor's queue was full. */
  readonly dropped: number;
  /** Everything else the monitor keeps of the window (the monitor defines it). */
  readonly summary: Readonly<Record<string, unknown>>;
}

/** Where an alert stands. */
export type MonitorAlertStatus = 'open' | 'acknowledged' | 'closed';

/** An alert the monitor raised on a window. */
export interface MonitorAlertRecord {
  readonly id: string;
  readonly systemId: string;
  readonly model: string;
  /** The rule id, e.g. `feature-drift`. */
  readonly rule: string;
  /** The column the rule looked at; empty for rules about the whole window. */
  readonly column: string;
  readonly windowId: string | null;
  /** Event time the alert is about (the end of its window); cool-downs count from it. */
  readonly at: string;
  /** Wall-clock time it was raised. */
  readonly raisedAt: string;
  readonly severity: Severity;
  readonly status: MonitorAlertStatus;
  readonly value: number | null;
  readonly threshold: number | null;
  readonly message: string;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly incidentId: string | null;
  /** Who last changed the status, and when. */
  readonly statusBy: string | null;
  readonly statusAt: string | null;
}

/** A new alert (status `open`). */
export type NewMonitorAlert = Omit<MonitorAlertRecord, 'status' | 'statusBy' | 'statusAt' | 'incidentId'> & { readonly incidentId?: string | null };

/** A change of an alert: its status (who and when), or the incident opened for it. */
export interface MonitorAlertChange {
  readonly status?: MonitorAlertStatus;
  readonly by: string;
  readonly incidentId?: string;
  /** When (default now). */
  readonly at?: string;
}

/** Which alerts to list. */
export interface MonitorAlertQuery {
  readonly systemId?: string;
  readonly model?: string;
  readonly status?: MonitorAlertStatus;
  /** At most (default 100). */
  readonly limit?: number;
}

/**
 * The store: the only way capabilities reach the database. SQLite by default, PostgreSQL
 * with `AISEC_DATABASE_URL`. Every write that spans rows is one transaction, so a crash mid-run
 * loses nothing already stored.
 */
export interface Store {
  /** `sqlite` or `postgres`. */
  readonly backend: 'sqlite' | 'postgres';
  /** Where it is, for messages (a file path, or the URL without password). */
  readonly location: string;

  /** Find or create a system by name; updates the descriptor path. */
  upsertSystem(name: string, descriptorPath: string | null): Promise<StoredSystem>;
  getSystem(name: string): Promise<StoredSystem | null>;
  listSystems(): Promise<StoredSystem[]>;

  /**
   * Save one whole assessment atomically; returns its id. On any failure nothing of the run is
   * stored (`ERR_STORE_WRITE`, or `ERR_STORE_INPUT` for a record of the wrong shape).
   */
  saveAssessment(record: AssessmentRecord): Promise<string>;
  listAssessments(systemId: string, limit?: number): Promise<StoredAssessment[]>;
  /** The JSON report saved with an assessment, exactly as saved; `null` when no assessment has that id. */
  getAssessmentReport(assessmentId: string): Promise<unknown>;

  /**
   * Baselines of every asset of a system: latest approval, else the first hash seen. Keyed by
   * the target's `key` (path relative to the system folder) when it has one, else its path;
   * approvals use the same key in `path`.
   */
  assetBaselines(systemId: string): Promise<Map<string, AssetBaseline>>;
  /** Latest recorded hash per asset path (from the latest assessment that saw it). */
  latestAssetHashes(systemId: string): Promise<Map<string, { sha256: string; assessmentId: string }>>;
  recordApproval(approval: ApprovalRecord): Promise<void>;
  listApprovals(systemId: string, path?: string): Promise<ApprovalRecord[]>;

  /**
   * Findings of the latest assessment of a system (or of one of its assessments), in the order
   * saved, with the start of the first and last runs that reported each fingerprint and its
   * active suppression.
   */
  listFindings(systemId: string, options?: { assessmentId?: string }): Promise<StoredFinding[]>;
  /**
   * Suppress by fingerprint (or the short id `f-<12 hex>`) among the findings stored for the
   * system; replaces an earlier suppression of it. Applies to this and future runs. Returns the
   * full fingerprint; `ERR_FINDING_NOT_FOUND` when no (or more than one) stored finding matches.
   */
  suppressFinding(systemId: string, fingerprintOrId: string, suppression: Suppression): Promise<string>;
  /** Active suppressions (not expired at `now`) by fingerprint. */
  activeSuppressions(systemId: string, now: Date): Promise<Map<string, Suppression>>;

  listRisks(systemId: string): Promise<StoredRisk[]>;
  upsertControl(control: ControlRecord): Promise<void>;
  listControls(systemId: string): Promise<ControlRecord[]>;
  /** The risk register of a system: the current entry of each risk, by risk id. */
  listRegister(systemId: string): Promise<RegisterEntry[]>;
  /**
   * Write changed risks of the register and append one history event per change, all in one
   * transaction. `ERR_STORE_INPUT` for an unknown system, a fingerprint that belongs to another
   * risk id, or an entry that is not a JSON object.
   */
  recordRiskChanges(systemId: string, changes: readonly RegisterChange[]): Promise<void>;
  /** The history of one risk (or of every risk of the system), oldest first. */
  listRiskHistory(systemId: string, riskId?: string): Promise<RiskHistoryEvent[]>;
  createIncident(incident: IncidentRecord): Promise<void>;
  /** Change the status and/or detail of an incident; `ERR_STORE_INPUT` when no incident has the id. */
  updateIncident(id: string, patch: Partial<Pick<IncidentRecord, 'status' | 'detail'>>): Promise<void>;
  listIncidents(systemId?: string): Promise<IncidentRecord[]>;

  /**
   * Append an audit event; the store computes seq, prevHash and hash atomically (concurrent
   * appends, even from several processes, keep the chain intact). `detail` is kept as
   * canonical JSON, at most 1 MiB.
   */
  appendAudit(event: Pick<AuditEvent, 'actor' | 'action' | 'subject' | 'detail'> & { at?: string }): Promise<AuditEvent>;
  /** Audit events in seq order after `afterSeq` (default 0), at most `limit` (default 1000); page with `afterSeq`. */
  listAudit(options?: { afterSeq?: number; limit?: number }): Promise<AuditEvent[]>;

  /** Store a new API key; `ERR_STORE_INPUT` when the id is taken or a field is not valid. */
  createApiKey(key: NewApiKey): Promise<StoredApiKey>;
  /** The key with this id (revoked or not), or `null`. */
  getApiKey(id: string): Promise<StoredApiKey | null>;
  /** Keys in creation order; revoked ones only with `includeRevoked`; of one owner with `owner`. */
  listApiKeys(options?: { includeRevoked?: boolean; owner?: string }): Promise<StoredApiKey[]>;
  /**
   * Revoke a key, recording who and why. Idempotent: revoking a revoked key changes nothing and
   * returns it as it was. `ERR_STORE_INPUT` when no key has the id.
   */
  revokeApiKey(id: string, revocation: ApiKeyRevocation): Promise<StoredApiKey>;
  /**
   * Keys created or revoked after change number `afterVersion` (0: every key), in change
   * order, at most `limit` (default 1000); page with the last row's `version`. Cheap: an index
   * range read, for caches that refresh every second.
   */
  apiKeyChanges(afterVersion: number, limit?: number): Promise<StoredApiKey[]>;
  /** Record when keys were last used (a batch, at most 10 000); times only move forward; unknown ids are ignored. */
  recordApiKeyUse(uses: readonly { readonly id: string; readonly at: string }[]): Promise<void>;

  /**
   * Set the control of a gateway model or route, taking the next control sequence number, and
   * append the change to the audit log in the same transaction.
   */
  setGatewayControl(change: GatewayControlChange): Promise<GatewayControl>;
  /** Every stored gateway control (including `enabled` ones set back), by subject. */
  listGatewayControls(): Promise<GatewayControl[]>;
  /** The control sequence number of the latest change (0 when none); cheap, for polling. */
  gatewayControlVersion(): Promise<number>;
  /** Store an answer held for review (status `pending`). */
  createReviewItem(item: NewReviewItem): Promise<ReviewItem>;
  getReviewItem(id: string): Promise<ReviewItem | null>;
  /** Review items, oldest first, optionally of one status and/or model, at most `limit` (default 100). */
  listReviewItems(options?: { status?: ReviewStatus; model?: string; limit?: number }): Promise<ReviewItem[]>;
  /**
   * Approve or reject a pending item and append the decision to the audit log, in one
   * transaction. `ERR_REVIEW_NOT_FOUND` when no item has the id, it was already decided, or it
   * expired (then it is marked expired).
   */
  decideReviewItem(id: string, decision: ReviewDecision): Promise<ReviewItem>;
  /** Mark pending items whose time ran out at `now` as expired (audited); returns them. */
  expireReviewItems(now: Date): Promise<ReviewItem[]>;

  /** Store a reference profile of the monitor (at most 64 MiB of JSON); the newest one of a model is the one used. */
  saveMonitorReference(reference: MonitorReferenceRecord): Promise<void>;
  /** The newest reference profile of a model, or `null`. */
  getMonitorReference(systemId: string, model: string): Promise<MonitorReferenceRecord | null>;
  /** The references of a system, newest first, without their profiles. */
  listMonitorReferences(systemId: string): Promise<Omit<MonitorReferenceRecord, 'profile'>[]>;
  /** Store a closed window and the alerts raised on it, in one transaction. */
  saveMonitorWindow(window: MonitorWindowRecord, alerts: readonly NewMonitorAlert[]): Promise<void>;
  /** Closed windows of a system (of one model), newest first, at most `limit` (default 100). */
  listMonitorWindows(systemId: string, options?: { model?: string; limit?: number }): Promise<MonitorWindowRecord[]>;
  /** Alerts, newest first. */
  listMonitorAlerts(query?: MonitorAlertQuery): Promise<MonitorAlertRecord[]>;
  getMonitorAlert(id: string): Promise<MonitorAlertRecord | null>;
  /** The event time of the latest alert of a rule on a column of a model (for cool-downs), or `null`. */
  lastMonitorAlertAt(systemId: string, model: string, rule: string, column: string): Promise<string | null>;
  /** Change an alert's status or link the incident opened for it; `ERR_STORE_INPUT` when no alert has the id. */
  updateMonitorAlert(id: string, change: MonitorAlertChange): Promise<MonitorAlertRecord>;

  close(): Promise<void>;
}
