/**
 * `limits:` — body sizes, and (per key and per route) requests and tokens per minute and
 * concurrency caps, in memory or shared through Redis. docs/gateway/limits.md describes the
 * behaviour (window, token counting, Redis mode, failure policy).
 */
import { z } from 'zod';

const mib = 1024 * 1024;

/** A body-size limit in bytes. */
export const BodyLimitSchema = z.number().int().min(1).max(256 * mib);

/** Largest requests-per-minute limit (one billion). */
export const maxRequestsPerMinute = 1e9;
/** Largest tokens-per-minute limit (one trillion; still exact in a double and in Redis). */
export const maxTokensPerMinute = 1e12;
/** Largest concurrency cap. */
export const maxConcurrency = 1e6;

/** One set of limits; an omitted field is no limit. */
export const LimitValuesSchema = z
  .strictObject({
    requestsPerMinute: z.number().int().min(1).max(maxRequestsPerMinute).optional().describe('Requests admitted in any 60-second window.'),
    tokensPerMinute: z
      .number()
      .int()
      .min(1)
      .max(maxTokensPerMinute)
      .optional()
      .describe('Tokens (prompt + completion, from the upstream\'s usage or estimated) admitted in any 60-second window. OpenAI-compatible routes only.'),
    concurrency: z.number().int().min(1).max(maxConcurrency).optional().describe('Requests in flight at once (a stream counts until it ends).'),
  })
  .describe('Requests per minute, tokens per minute and requests in flight; an omitted field is no limit.');

/** Limits of one route. */
export const RouteLimitsSchema = z
  .strictObject({
    perKey: LimitValuesSchema.optional().describe('Limits of each key on this route (counted per key, on this route only), in addition to limits.perKey.'),
    total: LimitValuesSchema.optional().describe('Limits of the route as a whole (every key together).'),
  })
  .describe('Limits of one route.');

/** How tokens are estimated before the answer is known, and when the upstream reports no usage. */
export const EstimateTokensSchema = z
  .strictObject({
    charsPerToken: z.number().min(0.5).max(100).default(4).describe('Characters of text per token in estimates (prompt text, streamed text without usage).'),
    completionTokens: z
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .default(256)
      .describe('Completion tokens reserved for a request that sets no max_tokens / max_completion_tokens.'),
    reserve: z
      .boolean()
      .default(true)
      .describe('Reserve the estimate (prompt + max_tokens) when a request is admitted and settle it against the actual usage afterwards; false only refuses once the window is already full.'),
  })
  .describe('Token estimates.');

/** A route id, as in routes[].id. */
const RouteIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a route id is lower-case letters, digits and dashes');

/** The `limits` section. */
export const LimitsSchema = z
  .strictObject({
    maxBodyBytes: BodyLimitSchema.default(mib).describe('Default largest request body (bytes); larger gets 413 before it is read.'),
    perKey: LimitValuesSchema.optional().describe('Limits of each key (principal) over all routes. Callers without a key share one "anonymous" bucket.'),
    routes: z
      .record(RouteIdSchema, RouteLimitsSchema)
      .refine((r) => Object.keys(r).length <= 1000, 'at most 1000 routes')
      .optional()
      .describe('Limits per route id: perKey (each key on this route) and total (the route as a whole).'),
    keys: z
      .record(z.string().min(1).max(256), LimitValuesSchema)
      .refine((r) => Object.keys(r).length <= 100_000, 'at most 100000 keys')
      .optional()
      .describe('Per-key replacements of perKey, by principal id (field by field; an omitted field keeps perKey\'s value).'),
    backend: z.enum(['memory', 'redis']).optional().describe('Where counters live: memory (this process only) or redis (shared by every replica). Default: redis when a redis: section is present, else memory.'),
    onBackendFailure: z
      .enum(['fail-open', 'fail-closed'])
      .default('fail-open')
      .describe('When Redis is unreachable: fail-open admits under per-replica in-memory limits; fail-closed refuses with 503 ERR_LIMITS_BACKEND.'),
    estimateTokens: EstimateTokensSchema.prefault({}),
    concurrencyLeaseSeconds: z
      .number()
      .int()
      .min(1)
      .max(86_400)
      .default(900)
      .describe('Redis only: a concurrency slot held longer than this is freed even if its request never reported back (a replica that crashed).'),
    headers: z.boolean().default(true).describe('Send x-ratelimit-limit/remaining/reset-requests and -tokens headers on answers.'),
  })
  .describe('Limits.');

/** The validated `limits` section. */
export type LimitsConfig = z.output<typeof LimitsSchema>;
/** One validated set of limit values. */
export type LimitValues = z.output<typeof LimitValuesSchema>;

/** Checks of `limits` against the rest of the configuration (route ids, the redis section). */
export function limitsIssues(limits: LimitsConfig, routeIds: ReadonlySet<string>, hasRedis: boolean): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  for (const id of Object.keys(limits.routes ?? {})) {
    if (!routeIds.has(id)) issues.push({ path: ['limits', 'routes', id], message: `no route has id "${id}"; routes: ${[...routeIds].join(', ')}` });
  }
  if (limits.backend === 'redis' && !hasRedis) issues.push({ path: ['limits', 'backend'], message: 'backend redis needs a redis: section (url, keyPrefix)' });
  return issues;
}

/** Whether the section asks for any request, token or concurrency limit. */
export function hasRateLimits(limits: LimitsConfig): boolean {
  const any = (v: LimitValues | undefined): boolean => v !== undefined && (v.requestsPerMinute !== undefined || v.tokensPerMinute !== undefined || v.concurrency !== undefined);
  if (any(limits.perKey)) return true;
  if (Object.values(limits.keys ?? {}).some(any)) return true;
  return Object.values(limits.routes ?? {}).some((r) => any(r.perKey) || any(r.total));
}
