/**
 * The inference gateway: configuration, the proxy with its stage hooks, hot reload, health
 * and metrics. docs/gateway.md describes the pipeline and gateway.yaml.
 */
export {
  GatewayConfigSchema,
  openAiEndpoints,
  type GatewayConfig,
  type GatewayConfigInput,
  type OpenAiEndpoint,
  type OpenAiRouteConfig,
  type PredictRouteConfig,
  type RouteConfig,
  type UpstreamConfig,
} from './config/schema.js';
export { loadGatewayConfig, parseGatewayConfig, maxGatewayConfigBytes, type LoadedGatewayConfig } from './config/load.js';
export type { AuditRecord, GatewayRequest, GatewayStages, PredictionAnswer, Principal, RequestGuardResult, ResponseInspector, Verdict } from './pipeline/stages.js';
export type { AdminAnswer, AdminRequest, GatewayEvent, GatewayPart, GatewayPartFactory, PartContext, PartHealth } from './pipeline/part.js';
export { composeParts, type ComposedParts } from './pipeline/compose.js';
export { builtinGatewayParts, createGatewayParts } from './parts.js';
export { stateLocation } from './server/part-context.js';
export { createRedisClient, type SharedRedis } from './server/redis-client.js';
export { connectAll } from './server/redis-probe.js';
export { errorBody, sseErrorEvent } from './http/error-response.js';
export { GatewayMetrics } from './observe/metrics.js';
export { parseMetricsText, type MetricSample, type MetricsTextLimits, type ParsedMetrics } from './observe/parse-metrics.js';
export { summariseTraffic, histogramQuantile, type TrafficSummary, type RouteTraffic } from './observe/traffic-summary.js';
export { defaultGuards } from './guards/guard-set.js';
export { formatLogLine, logFormats, type LogFormat } from './observe/log-line.js';
export type { HealthReport, UpstreamHealth } from './observe/health.js';
export { startGateway, type Gateway, type GatewayOptions, type ReloadResult } from './server/gateway.js';
export { watchConfigFile } from './server/watch-config.js';
export { issueApiKey, parseExpiry, type IssueOptions, type IssuedApiKey } from './keys/issue.js';
export { checkScopes, parseScope, adminScopeName, dashboardRoles, type DashboardRole, type Scope } from './keys/scopes.js';
export { parseApiKey, secretDigest, sameDigest, keyIdOf } from './keys/key-format.js';
export { credentialOf, type Credential } from './keys/credential.js';
export { apiKeyState, apiKeyView, type ApiKeyState } from './keys/key-view.js';
export { readBody } from './http/read-body.js';
export { parseJsonBody, maxJsonDepth } from './http/json-body.js';
export * from './control/api.js';
export { verifyAuditLog, type AuditVerification, type AuditProblem, type VerifyAuditLogOptions } from './audit/verify-log.js';
export { proveInclusion, proveConsistency, checkProof, PROOF_FORMAT, type InclusionProofDocument, type ConsistencyProofDocument, type ProofCheck } from './audit/log-proofs.js';
export { keysById as auditKeysById, treeHeadMessage, type TreeHead, type Checkpoint } from './audit/tree-head.js';
