/**
 * The limits part: requests and tokens per minute and concurrency caps, per key and per route,
 * in memory or through Redis.
 *
 * The `limit` stage checks every rule of a request at once (one Lua script, one round trip,
 * with one Redis server; one script per rule, sent together, on a Redis Cluster) and reserves
 * its estimated tokens; the `responseGuard` stage only watches the answer go by (it never holds
 * or cuts it) to read the upstream's usage or count the streamed text; the settle callback,
 * called when the response closes (finished, aborted by the client, failed upstream or refused
 * by a later stage), charges the actual tokens and frees the concurrency slots.
 * docs/gateway/limits.md describes the behaviour.
 */
import { randomBytes } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import { AisecError } from '../../core/errors.js';
import { hasRateLimits, type LimitsConfig } from '../config/sections/limits.js';
import type { GatewayPart, PartContext } from '../pipeline/part.js';
import type { AuditRecord, GatewayRequest, ResponseInspector } from '../pipeline/stages.js';
import { BackendHealth } from './backend-health.js';
import type { Decision, LimitKind, Rule, RuleScope, SettleInput } from './decision.js';
import { LimitsMetrics, type AdmittedBy } from './limits-metrics.js';
import { MemoryBackend } from './memory-backend.js';
import { planOf, rulesFor } from './plan.js';
import { setRateLimitHeaders } from './ratelimit-headers.js';
import { ClusterBackend } from './cluster-backend.js';
import { PartialSettleError, RedisBackend, type SharedLimits } from './redis-backend.js';
import { completionReserve, estimatePromptTokens, tokensOfChars } from './tokens.js';
import { usageWatcher, type SettlingCount } from './usage-watchers.js';

/** Most settlements kept for a retry while Redis is down (older ones are dropped; their leases expire). */
export const maxPendingSettles = 10_000;

/** One request the limits admitted, until it settles. */
class Ticket {
  bucket = 0;
  by: AdmittedBy = 'memory';
  counter: SettlingCount | undefined = undefined;
  settled = false;

  constructor(
    readonly rules: readonly Rule[],
    /** Concurrency lease id ('' when no concurrency cap applies). */
    readonly lease: string,
    /** Whether the request's tokens count (a token limit applies and it is an LLM call). */
    readonly counted: boolean,
    readonly concurrency: boolean,
    /** Tokens reserved at admission. */
    readonly reserved: number,
    /** Estimated prompt tokens. */
    readonly prompt: number,
    readonly charsPerToken: number,
  ) {}
}

/**
 * Where a request's ticket is kept between the limit stage and the response guard: a symbol
 * property on the request object (cheaper than a WeakMap entry per request, and invisible to
 * other parts).
 */
const ticketOf = Symbol('limits.ticket');
type WithTicket = GatewayRequest & { [ticketOf]?: Ticket };

const kindText: Record<LimitKind, string> = { requests: 'requests per minute', tokens: 'tokens per minute', concurrency: 'requests in flight' };
const scopeText: Record<RuleScope, string> = { key: 'this caller', 'key-route': 'this caller on this route', route: 'this route (all callers together)' };
const checkOf: Record<LimitKind, string> = { requests: 'rpm', tokens: 'tpm', concurrency: 'concurrency' };

/** Make the limits part, or undefined when the configuration asks for no request, token or concurrency limit. */
export async function createLimitsPart(ctx: PartContext): Promise<GatewayPart | undefined> {
  if (!hasRateLimits(ctx.config.limits)) return undefined;
  const backendName = ctx.config.limits.backend ?? (ctx.config.redis ? 'redis' : 'memory');
  let current: LimitsConfig = ctx.config.limits;
  const metrics = new LimitsMetrics();
  const memory = new MemoryBackend(ctx.now);
  const redisClient = backendName === 'redis' ? ctx.redis : undefined;
  const redis = redisClient && ctx.config.redis ? sharedBackend(redisClient, ctx.config.redis.keyPrefix, ctx.config.limits.concurrencyLeaseSeconds * 1000) : undefined;
  const pending: SettleInput[] = [];
  const health = redisClient
    ? new BackendHealth({
        redis: redisClient,
        policy: () => current.onBackendFailure,
        emit: ctx.emit,
        now: ctx.now,
        onError: (kind) => metrics.redisError(kind),
        onUp: () => flushPending(),
      })
    : undefined;
  if (health) await health.start(ctx.config.redis!.connectTimeoutMs);
  const startedAt = ctx.now();
  const instance = randomBytes(6).toString('hex');
  let seq = 0;

  const flushPending = (): void => {
    if (!redis) return;
    for (const input of pending.splice(0)) settleRedis(input);
  };

  const settleRedis = (input: SettleInput): void => {
    redis!.settle(input).then(
      () => health!.succeed(),
      (error: unknown) => {
        health!.fail(error);
        if (pending.length >= maxPendingSettles) pending.shift();
        // On a cluster some rules may have been settled already: only the rest is retried.
        pending.push(error instanceof PartialSettleError ? error.rest : input);
      },
    );
  };

  const refuseBackend = (req: GatewayRequest): never => {
    metrics.refuse('backend', 'backend');
    req.verdicts.push({ part: 'limits', check: 'backend', outcome: 'error', code: 'ERR_LIMITS_BACKEND' });
    throw new AisecError('ERR_LIMITS_BACKEND', 'The gateway cannot check rate limits right now; retry shortly.', { details: { retryAfterSeconds: 1 } });
  };

  const settle = (ticket: Ticket, record: AuditRecord): void => {
    if (ticket.settled) return;
    ticket.settled = true;
    let delta = 0;
    if (ticket.counted) {
      const { tokens, source } = chargeOf(ticket, record);
      metrics.charge(source, tokens);
      delta = tokens - ticket.reserved;
    }
    if (delta === 0 && !ticket.concurrency) return;
    const input: SettleInput = { rules: ticket.rules, bucket: ticket.bucket, tokenDelta: delta, lease: ticket.lease };
    if (ticket.by === 'redis') settleRedis(input);
    else memory.settle(input);
  };

  const decided = (req: GatewayRequest, decision: Decision, by: AdmittedBy, ticket: Ticket, headers: boolean): undefined | ((record: AuditRecord) => void) => {
    if (headers && req.setResponseHeader) setRateLimitHeaders(req.setResponseHeader, decision.figures);
    if (!decision.ok) {
      const rule = ticket.rules[decision.rule];
      const scope = rule?.scope ?? 'key';
      metrics.refuse(decision.kind, scope);
      req.verdicts.push({ part: 'limits', check: checkOf[decision.kind], outcome: 'block', code: 'ERR_RATE_LIMITED' });
      const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
      throw new AisecError('ERR_RATE_LIMITED', `Rate limit reached: ${kindText[decision.kind]} for ${scopeText[scope]}. Retry in ${seconds} s.`, {
        details: { retryAfterSeconds: seconds, limit: decision.kind, scope },
      });
    }
    metrics.admit(by);
    if (by === 'fallback') req.verdicts.push({ part: 'limits', check: 'backend', outcome: 'flag' });
    if (!ticket.counted && !ticket.concurrency) return undefined;
    ticket.bucket = decision.bucket;
    ticket.by = by;
    if (ticket.counted) (req as WithTicket)[ticketOf] = ticket;
    return (record) => settle(ticket, record);
  };

  const limit = (req: GatewayRequest): undefined | ((record: AuditRecord) => void) | Promise<undefined | ((record: AuditRecord) => void)> => {
    const limits = req.config.limits;
    current = limits;
    const rules = rulesFor(planOf(limits), req.route.id, req.principal?.id);
    if (rules.length === 0) return undefined;
    let minTokens = 0;
    let concurrency = false;
    for (const rule of rules) {
      if (rule.tokensPerMinute > 0 && (minTokens === 0 || rule.tokensPerMinute < minTokens)) minTokens = rule.tokensPerMinute;
      if (rule.concurrency > 0) concurrency = true;
    }
    const counted = minTokens > 0 && req.route.kind === 'openai' && req.endpoint !== 'models';
    const estimate = limits.estimateTokens;
    let prompt = 0;
    let reserved = 0;
    if (counted) {
      let body: unknown;
      try {
        body = req.json();
      } catch {
        body = undefined;
      }
      prompt = body === undefined ? tokensOfChars(req.body.length, estimate.charsPerToken) : estimatePromptTokens(req.endpoint, body, estimate.charsPerToken);
      if (estimate.reserve) reserved = Math.min(prompt + completionReserve(req.endpoint, body, estimate.completionTokens), minTokens);
    }
    const ticket = new Ticket(rules, concurrency ? `${instance}.${++seq}` : '', counted, concurrency, reserved, prompt, estimate.charsPerToken);
    const input = { rules, tokens: counted ? reserved : -1, lease: ticket.lease };
    if (redis === undefined) return decided(req, memory.admit(input), 'memory', ticket, limits.headers);
    const closed = limits.onBackendFailure === 'fail-closed';
    if (!health!.usable()) {
      if (closed) return refuseBackend(req);
      return decided(req, memory.admit(input), 'fallback', ticket, limits.headers);
    }
    return redis.admit(input).then(
      (decision) => {
        health!.succeed();
        return decided(req, decision, 'redis', ticket, limits.headers);
      },
      (error: unknown) => {
        health!.fail(error);
        if (closed) return refuseBackend(req);
        return decided(req, memory.admit(input), 'fallback', ticket, limits.headers);
      },
    );
  };

  const responseGuard = (req: GatewayRequest, response: { status: number; streaming: boolean }): ResponseInspector | undefined => {
    const ticket = (req as WithTicket)[ticketOf];
    if (ticket === undefined || response.status < 200 || response.status >= 300) return undefined;
    // The count is shared with the gateway's token-usage metric through the request (the
    // stream's last line is counted when the request settles, before the audit stage runs).
    const watcher = usageWatcher(response.streaming);
    ticket.counter = watcher.count;
    req.tokenUsage = watcher.count;
    return watcher;
  };

  const up = (): boolean => health?.up ?? true;
  return {
    id: 'limits',
    stages: { limit, responseGuard },
    health: () => ({
      ready: up() || current.onBackendFailure === 'fail-open',
      detail: {
        backend: backendName,
        up: up(),
        policy: current.onBackendFailure,
        since: new Date(health?.since ?? startedAt).toISOString(),
        ...(health && !health.up ? { reason: health.lastErrorKind, effect: current.onBackendFailure === 'fail-open' ? 'per-replica memory limits' : 'requests refused' } : {}),
      },
    }),
    metrics: () => metrics.render(backendName, up(), current.onBackendFailure),
    close: () => {
      health?.close();
      return Promise.resolve();
    },
  };
}

/** The shared backend for a client: one script call per request on one server, one per rule on a cluster. */
function sharedBackend(client: Redis | Cluster, keyPrefix: string, leaseMs: number): SharedLimits {
  return client.isCluster ? new ClusterBackend(client as Cluster, keyPrefix, leaseMs) : new RedisBackend(client as Redis, keyPrefix, leaseMs);
}

/** The tokens to charge for a settled request, and where the figure comes from. */
function chargeOf(ticket: Ticket, record: AuditRecord): { tokens: number; source: 'usage' | 'estimate' } {
  const counter = ticket.counter;
  counter?.settle();
  if (counter?.usage !== undefined) return { tokens: counter.usage, source: 'usage' };
  const generated = counter?.generatedChars ?? 0;
  // Refused or failed before the model answered (a later stage, an upstream error): nothing used.
  if (record.status >= 400 && generated === 0) return { tokens: 0, source: 'estimate' };
  return { tokens: ticket.prompt + (generated > 0 ? tokensOfChars(generated, ticket.charsPerToken) : 0), source: 'estimate' };
}
