/**
 * The store: SQLite by default, PostgreSQL with `AISEC_DATABASE_URL`. Capabilities reach the
 * database only through {@link openStore} and the {@link Store} interface.
 */
export { openStore, type OpenStoreOptions } from './open.js';
export { isPostgresUrl } from './postgres/postgres-url.js';
export { GENESIS_HASH, auditEventHash, verifyAuditChain, type ChainAnchor } from './audit-chain.js';
export { canonicalJson } from './canonical-json.js';
export type {
  ApiKeyRevocation,
  ApprovalRecord,
  AssessmentRecord,
  AuditEvent,
  ControlRecord,
  GatewayControl,
  GatewayControlChange,
  GatewayControlState,
  IncidentRecord,
  MonitorAlertChange,
  MonitorAlertQuery,
  MonitorAlertRecord,
  MonitorAlertStatus,
  MonitorReferenceRecord,
  MonitorWindowRecord,
  NewMonitorAlert,
  NewReviewItem,
  ReviewDecision,
  ReviewItem,
  ReviewStatus,
  NewApiKey,
  RegisterChange,
  RegisterEntry,
  RiskHistoryEvent,
  Store,
  StoredApiKey,
  StoredAssessment,
  StoredFinding,
  StoredRisk,
  StoredSystem,
} from './store.js';
