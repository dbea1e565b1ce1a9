/**
 * The deployment rules: what an endpoint's posture (see endpoint-posture.ts) exposes, as
 * findings located at `endpoint:<name>`. Each rule has an id, a condition, the threat in plain
 * words and the fix; unknown facts are assumed to be the worst case and say so.
 */
import { completeFinding, type Finding, type FindingInput } from '../../core/finding.js';
import type { exposures } from '../../config/index.js';

/** How far outside an endpoint is reachable. */
type Exposure = (typeof exposures)[number];
import type { EndpointPosture } from './endpoint-posture.js';

/** The scanner id of deployment findings: rules read `deployment/<rule>`. */
export const deploymentScannerId = 'deployment';

/** Where an endpoint's findings are located. */
export function endpointLocation(name: string): string {
  return `endpoint:${name}`;
}

/** The facts a rule needs besides the posture. */
export interface RuleContext {
  readonly exposure: Exposure;
  /** The endpoint serves an LLM part (chat) rather than a classic model. */
  readonly llm: boolean;
  /** The gateway configuration and route, for evidence. */
  readonly gateway?: { readonly config: string; readonly route: string };
}

const unknownNote = ' (not stated anywhere: assumed the worst)';

function extractionExposure(p: EndpointPosture, ctx: RuleContext): FindingInput | undefined {
  if (ctx.llm || ctx.exposure === 'internal') return undefined;
  const unlimited = p.requestsPerMinute === null || p.requestsPerMinute === undefined;
  const detail = p.outputDetail ?? 'probabilities';
  if (!unlimited || detail === 'label') return undefined;
  const assumed = p.requestsPerMinute === undefined || p.outputDetail === undefined;
  const severity = detail === 'probabilities' ? (ctx.exposure === 'public' ? 'high' : 'medium') : ctx.exposure === 'public' ? 'medium' : 'low';
  return {
    rule: 'extraction-exposure',
    title: detail === 'probabilities' ? 'Model answers with full probabilities and no rate limit' : 'Model answers with scores and no rate limit',
    severity,
    confidence: assumed ? 'low' : 'high',
    message: `Endpoint ${p.endpoint} (${ctx.exposure}) returns ${detail}${p.outputDetail === undefined ? unknownNote : ''} to every caller with no limit on requests${p.requestsPerMinute === undefined ? unknownNote : ''}${p.hardening !== undefined ? `; output hardening: ${p.hardening}` : ''}.`,
    evidence: { exposure: ctx.exposure, outputDetail: p.outputDetail ?? 'unknown', requestsPerMinute: p.requestsPerMinute ?? 'unknown', source: p.source, ...(ctx.gateway ?? {}) },
    why: 'Full class probabilities answered without limit let an outsider copy the model by querying it (model extraction) and tell whether a person was in the training data (membership inference); both get cheaper with every answer.',
    fix: 'In the gateway route: set limits.perKey.requestsPerMinute (or limits.routes.<route>) and extraction.hardening (label-only or round to 1-2 decimals; the extraction tests of `aisec assess --tests` recommend a setting), and turn on extraction.monitor.',
    taxonomy: { atlas: ['AML.T0024.002', 'AML.T0024.000', 'AML.M0004', 'AML.M0002'], owasp: ['ML05:2023', 'ML04:2023'] },
  };
}

function noAuthentication(p: EndpointPosture, ctx: RuleContext): FindingInput | undefined {
  if (ctx.exposure === 'internal') return undefined;
  if (p.auth !== 'none' && p.auth !== 'optional') return undefined;
  return {
    rule: 'no-authentication',
    title: p.auth === 'optional' ? 'Endpoint lets anonymous callers in' : 'Endpoint needs no credential',
    severity: ctx.exposure === 'public' ? 'high' : 'medium',
    message: `Endpoint ${p.endpoint} (${ctx.exposure}) ${p.auth === 'optional' ? 'accepts requests without a credential (auth.required is false)' : 'has no authentication'}${p.source === 'gateway' ? ' at the gateway' : ''}.`,
    evidence: { exposure: ctx.exposure, auth: p.auth, source: p.source, ...(ctx.gateway ?? {}) },
    why: 'Without a credential nobody can be rate-limited, monitored, blocked or held to account one by one: abuse, extraction and injection attempts are anonymous.',
    fix: 'Add an auth section to the gateway configuration (API keys made with `aisec keys create`, or JWT) with required: true, and give each client its own key with the scopes it needs.',
    taxonomy: { atlas: ['AML.T0040', 'AML.M0019'], owasp: ctx.llm ? ['LLM10:2025'] : ['ML05:2023'] },
  };
}

function unboundedConsumption(p: EndpointPosture, ctx: RuleContext): FindingInput | undefined {
  if (!ctx.llm || ctx.exposure === 'internal') return undefined;
  const noRequests = p.requestsPerMinute === null || p.requestsPerMinute === undefined;
  const noTokens = p.tokensPerMinute === null || p.tokensPerMinute === undefined;
  if (!noRequests || !noTokens) return undefined;
  return {
    rule: 'unbounded-consumption',
    title: 'LLM endpoint with no request or token limit',
    severity: ctx.exposure === 'public' ? 'medium' : 'low',
    confidence: p.requestsPerMinute === undefined ? 'low' : 'high',
    message: `Endpoint ${p.endpoint} (${ctx.exposure}) limits neither requests nor tokens per caller${p.requestsPerMinute === undefined ? unknownNote : ''}.`,
    evidence: { exposure: ctx.exposure, requestsPerMinute: p.requestsPerMinute ?? 'unknown', tokensPerMinute: p.tokensPerMinute ?? 'unknown', ...(ctx.gateway ?? {}) },
    why: 'One caller can run up the model bill, starve everyone else, or harvest enough answers to distil the model.',
    fix: 'Set limits.perKey.requestsPerMinute and tokensPerMinute in the gateway configuration (with redis: when several replicas run, so the limits hold across them).',
    taxonomy: { atlas: ['AML.T0034', 'AML.T0029', 'AML.M0004'], owasp: ['LLM10:2025'] },
  };
}

function noExtractionMonitor(p: EndpointPosture, ctx: RuleContext): FindingInput | undefined {
  if (p.routeKind !== 'predict' || ctx.exposure === 'internal' || p.extractionMonitor !== false || p.outputDetail === 'label') return undefined;
  return {
    rule: 'no-extraction-monitor',
    title: 'No query-pattern monitor on a model exposed outside',
    severity: 'low',
    message: `Endpoint ${p.endpoint} (${ctx.exposure}) answers with ${p.outputDetail ?? 'unknown detail'} and the gateway route has no extraction.monitor.`,
    evidence: { exposure: ctx.exposure, outputDetail: p.outputDetail ?? 'unknown', ...(ctx.gateway ?? {}) },
    why: 'Extraction through many small, systematic queries stays within any rate limit; only the pattern of a key\'s queries gives it away.',
    fix: 'Add extraction.monitor to the route (with a reference profile of the training data for the out-of-distribution and coverage signals) and choose actions (alert, throttle, restrict, block).',
    taxonomy: { atlas: ['AML.T0024.002', 'AML.M0024'], owasp: ['ML05:2023'] },
  };
}

function noAuditLog(p: EndpointPosture, ctx: RuleContext): FindingInput | undefined {
  if (p.source !== 'gateway' || p.auditLog !== false) return undefined;
  return {
    rule: 'no-audit-log',
    title: 'Requests are not recorded in a tamper-evident log',
    severity: ctx.exposure === 'internal' ? 'low' : 'medium',
    message: `The gateway serving endpoint ${p.endpoint} has no audit section: requests, decisions and alarms leave no verifiable record.`,
    evidence: { ...(ctx.gateway ?? {}) },
    why: 'After an incident nobody can show who asked what, what the model decided and which guard fired; high-risk AI systems must keep such logs (EU AI Act Article 12).',
    fix: 'Add audit: { dir, signingKey } to the gateway configuration; check the log with `aisec audit verify`.',
    // What the log would record is AI Model Inference API Access (AML.T0040), which AI Telemetry Logging (AML.M0024) mitigates.
    taxonomy: { atlas: ['AML.T0040', 'AML.M0024'], owasp: ctx.llm ? ['LLM10:2025'] : ['ML05:2023'] },
  };
}

function unguardedLlm(p: EndpointPosture, ctx: RuleContext): FindingInput | undefined {
  if (p.routeKind !== 'openai' || p.guards === undefined) return undefined;
  const missing: string[] = [];
  if (!p.guards.request.includes('prompt-injection')) missing.push('prompt-injection (request)');
  if (!p.guards.response.includes('links')) missing.push('links (response: images and links to other domains)');
  if (!p.guards.response.includes('secrets-leak') && !p.guards.response.includes('canary')) missing.push('secrets-leak or canary (response)');
  if (missing.length === 0) return undefined;
  return {
    rule: 'llm-unguarded',
    title: 'LLM route without input or output guards',
    severity: ctx.exposure === 'public' ? 'medium' : 'low',
    message: `The gateway route serving endpoint ${p.endpoint} runs no ${missing.join(', ')} guard.`,
    evidence: { missing, request: p.guards.request, response: p.guards.response, ...(ctx.gateway ?? {}) },
    why: 'Injected instructions reach the model unchecked, and what it leaks (secrets, the system prompt, data smuggled out in image links) reaches the caller unchecked, also on streams.',
    fix: 'Add a guards section to the gateway configuration (guards: {} turns on the default set) and list canaries planted in the system prompt under guards.response.canary.',
    taxonomy: { atlas: ['AML.T0051', 'AML.T0057', 'AML.M0020'], owasp: ['LLM01:2025', 'LLM02:2025', 'LLM07:2025'] },
  };
}

/** Every deployment rule, in the order findings are listed. */
export const deploymentRules = [noAuthentication, extractionExposure, unboundedConsumption, unguardedLlm, noAuditLog, noExtractionMonitor] as const;

/** The findings for one endpoint. */
export function deploymentFindings(posture: EndpointPosture, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of deploymentRules) {
    const input = rule(posture, ctx);
    if (input) out.push(completeFinding(deploymentScannerId, endpointLocation(posture.endpoint), input));
  }
  return out;
}
