/**
 * What an endpoint really exposes: who may call it, how often, how much each answer reveals,
 * whether queries are watched, logged and guarded. Read from the aisec gateway configuration
 * that serves the endpoint when the descriptor names one, else from what the descriptor
 * declares; a fact nobody states is `undefined` (unknown, and the findings assume the worst).
 */
import type { Endpoint } from '../../config/index.js';
import { defaultGuards, type GatewayConfig, type RouteConfig } from '../../gateway/index.js';

/** How callers authenticate. */
export type PostureAuth = 'none' | 'optional' | 'api-key' | 'jwt' | 'oauth' | 'mtls';

/** One endpoint's posture. */
export interface EndpointPosture {
  readonly endpoint: string;
  /** Where the facts come from. */
  readonly source: 'gateway' | 'descriptor';
  /** `openai` or `predict` when served by the gateway; undefined otherwise. */
  readonly routeKind: RouteConfig['kind'] | undefined;
  readonly auth: PostureAuth | undefined;
  /** Requests per minute per caller; null: stated unlimited; undefined: unknown. */
  readonly requestsPerMinute: number | null | undefined;
  /** Tokens per minute per caller (LLM routes); null: none; undefined: unknown. */
  readonly tokensPerMinute: number | null | undefined;
  /** What an answer reveals after hardening. */
  readonly outputDetail: 'label' | 'scores' | 'probabilities' | undefined;
  /** The hardening applied by the gateway (`none`, `round`, …), when known. */
  readonly hardening: string | undefined;
  /** The per-key extraction monitor runs. */
  readonly extractionMonitor: boolean | undefined;
  /** A tamper-evident audit log records every request. */
  readonly auditLog: boolean | undefined;
  /** LLM routes: which guards run (ids), when known. */
  readonly guards: { readonly request: readonly string[]; readonly response: readonly string[] } | undefined;
  /** The gateway listens on a non-loopback address. */
  readonly listensPublicly: boolean | undefined;
}

const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

/** The posture from the descriptor alone. */
export function declaredPosture(endpoint: Endpoint): EndpointPosture {
  return {
    endpoint: endpoint.name,
    source: 'descriptor',
    routeKind: undefined,
    auth: endpoint.auth,
    requestsPerMinute: endpoint.rateLimit,
    tokensPerMinute: undefined,
    outputDetail: endpoint.outputDetail,
    hardening: undefined,
    extractionMonitor: undefined,
    auditLog: undefined,
    guards: undefined,
    listensPublicly: undefined,
  };
}

/** Smallest of the given limits (undefined entries ignored); null when none is set. */
function tightest(...values: Array<number | undefined>): number | null {
  const set = values.filter((v): v is number => v !== undefined);
  return set.length === 0 ? null : Math.min(...set);
}

/** The guard ids that run on a route (the default set unless switched off, plus those configured). */
function guardsOf(config: GatewayConfig, route: RouteConfig): EndpointPosture['guards'] {
  const guards = config.guards;
  if (guards === undefined || route.kind !== 'openai') return route.kind === 'openai' ? { request: [], response: [] } : undefined;
  if (guards.routes !== undefined && !guards.routes.includes(route.id)) return { request: [], response: [] };
  const defaults = guards.defaults ? { request: Object.keys(defaultGuards.request), response: Object.keys(defaultGuards.response) } : { request: [], response: [] };
  const pick = (section: Record<string, { enabled?: boolean } | undefined>, base: string[]): string[] => {
    const on = new Set(base);
    for (const [id, guard] of Object.entries(section)) {
      if (guard === undefined) continue;
      if (guard.enabled === false) on.delete(id);
      else on.add(id);
    }
    return [...on].sort();
  };
  return { request: pick(guards.request as Record<string, { enabled?: boolean } | undefined>, defaults.request), response: pick(guards.response as Record<string, { enabled?: boolean } | undefined>, defaults.response) };
}

/** The posture of `endpoint` as served by route `route` of the gateway `config`. */
export function gatewayPosture(endpoint: Endpoint, config: GatewayConfig, route: RouteConfig): EndpointPosture {
  const auth = config.auth;
  const postureAuth: PostureAuth = auth === undefined ? 'none' : !auth.required ? 'optional' : auth.keys ? 'api-key' : auth.jwt ? 'jwt' : 'none';
  const limits = config.limits;
  const routeLimits = limits.routes?.[route.id];
  const rpm = tightest(limits.perKey?.requestsPerMinute, routeLimits?.perKey?.requestsPerMinute, routeLimits?.total?.requestsPerMinute);
  const tpm = route.kind === 'openai' ? tightest(limits.perKey?.tokensPerMinute, routeLimits?.perKey?.tokensPerMinute, routeLimits?.total?.tokensPerMinute) : null;
  let outputDetail: EndpointPosture['outputDetail'] = endpoint.outputDetail;
  let hardening: string | undefined;
  let monitor: boolean | undefined;
  if (route.kind === 'predict') {
    hardening = route.extraction?.hardening.kind ?? 'none';
    monitor = route.extraction?.monitor !== undefined;
    if (hardening === 'label-only') outputDetail = 'label';
    else if (hardening !== 'none') outputDetail = 'scores';
    else if (route.outputs?.probabilities !== undefined) outputDetail = 'probabilities';
    else if (route.outputs?.label !== undefined) outputDetail = 'label';
  }
  return {
    endpoint: endpoint.name,
    source: 'gateway',
    routeKind: route.kind,
    auth: postureAuth,
    requestsPerMinute: rpm,
    tokensPerMinute: tpm,
    outputDetail,
    hardening,
    extractionMonitor: monitor,
    auditLog: config.audit !== undefined,
    guards: guardsOf(config, route),
    listensPublicly: !loopback.test(config.listen.host),
  };
}
