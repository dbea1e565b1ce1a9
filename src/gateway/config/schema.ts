/**
 * The schema of `gateway.yaml`: where the gateway listens, the upstream model servers it
 * forwards to, and its routes (OpenAI-compatible LLM routes and classic `POST /predict/<model>`
 * routes). Every field is documented here and in docs/gateway.md; unknown keys are errors.
 * Each section of the parts (auth, limits, guards, audit, state, redis, and a predict route's
 * extraction and review) has its own file under `sections/`.
 */
import { z } from 'zod';
import { AuditSchema } from './sections/audit.js';
import { AuthSchema } from './sections/auth.js';
import { ControlSchema } from './sections/control.js';
import { ExtractionSchema } from './sections/extraction.js';
import { GuardsSchema } from './sections/guards.js';
import { BodyLimitSchema, LimitsSchema, limitsIssues } from './sections/limits.js';
import { MonitorSchema } from './sections/monitor.js';
import { RedisSchema } from './sections/redis.js';
import { ReviewSchema } from './sections/review.js';
import { StateSchema } from './sections/state.js';

export { LimitsSchema };

const ms = (max: number) => z.number().int().min(1).max(max);

/** A route or upstream name: lower-case letters, digits and dashes. */
const NameSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and dashes (at most 63), starting with a letter or digit');

/** A JSON pointer (RFC 6901): empty for the whole body, or `/a/b`. */
const PointerSchema = z
  .string()
  .max(1000)
  .refine((p) => p === '' || (p.startsWith('/') && p.split('/').length <= 33 && !/~(?![01])/.test(p)), 'a JSON pointer is "" (the whole body) or /name/name… (at most 32 segments; write "~" as ~0 and "/" inside a name as ~1)');

/** A header value; `${env:NAME}` is replaced by the environment variable when the file is loaded. */
const HeaderValueSchema = z
  .string()
  .max(8192)
  .refine((v) => !/[\r\n\0]/.test(v), 'a header value may not contain line breaks or NUL')
  .refine((v) => !v.replace(/\$\{env:[A-Za-z_][A-Za-z0-9_]*\}/g, '').includes('${'), 'write environment references as ${env:NAME}');

const reservedHeaders = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'expect', 'te', 'trailer']);

/** Where and how the gateway accepts connections. */
export const ListenSchema = z
  .strictObject({
    host: z.string().min(1).max(255).default('127.0.0.1').describe('Address to bind. Default 127.0.0.1; bind a public address only behind TLS termination.'),
    port: z.number().int().min(0).max(65535).default(8080).describe('TCP port; 0 picks a free one.'),
    headersTimeoutMs: ms(600_000).default(10_000).describe('Time a client has to send all request headers (slowloris protection).'),
    requestTimeoutMs: ms(3_600_000).default(30_000).describe('Time a client has to send the whole request, headers and body.'),
    keepAliveTimeoutMs: ms(600_000).default(5_000).describe('How long an idle client connection is kept open.'),
    maxHeaderBytes: z.number().int().min(1024).max(1024 * 1024).default(16 * 1024).describe('Largest request header block; larger gets 431.'),
    shutdownGraceMs: ms(600_000).default(10_000).describe('On SIGINT/SIGTERM, how long in-flight requests may finish before connections are closed.'),
  })
  .describe('Where the gateway listens.');

/** Timeouts towards an upstream. */
export const UpstreamTimeoutsSchema = z
  .strictObject({
    connectMs: ms(600_000).default(2_000).describe('Time to open a TCP connection.'),
    headersMs: ms(3_600_000).default(60_000).describe('Time from sending the request to the response headers (the model\'s time to first token).'),
    bodyMs: ms(3_600_000).default(60_000).describe('Longest pause between two chunks of the response body.'),
    idleMs: ms(600_000).default(4_000).describe('How long an idle pooled connection is kept.'),
  })
  .describe('Upstream timeouts.');

/** One upstream model server. */
export const UpstreamSchema = z
  .strictObject({
    name: NameSchema.describe('Name routes refer to.'),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .refine((u) => !/^[a-z]+:\/\/[^/]*@/i.test(u), 'put credentials in headers (with ${env:NAME}), not in the URL')
      .refine((u) => !/[?#]/.test(u), 'a base URL has no query or fragment')
      .describe('Base URL; the route path is appended, e.g. http://127.0.0.1:8000/v1 + /chat/completions.'),
    timeouts: UpstreamTimeoutsSchema.prefault({}),
    connections: z.number().int().min(1).max(1024).default(64).describe('Most open connections to this upstream (keep-alive pool).'),
    retries: z.number().int().min(0).max(5).default(1).describe('Retries of a failed attempt, only when the request cannot have reached the model (connection refused or connect timeout) or for GET.'),
    headers: z
      .record(z.string().regex(/^[A-Za-z0-9-]{1,100}$/, 'a header name is letters, digits and dashes'), HeaderValueSchema)
      .refine((h) => Object.keys(h).every((k) => !reservedHeaders.has(k.toLowerCase())), 'these headers are set by the gateway itself: host, content-length, transfer-encoding, connection, …')
      .optional()
      .describe('Headers added to every upstream request (e.g. authorization: Bearer ${env:OPENAI_API_KEY}); they replace client headers of the same name.'),
  })
  .describe('An upstream model server.');

/** The OpenAI-compatible endpoints a route can serve. */
export const openAiEndpoints = ['chat/completions', 'completions', 'embeddings', 'models'] as const;
/** One OpenAI-compatible endpoint. */
export type OpenAiEndpoint = (typeof openAiEndpoints)[number];

const bodyLimit = BodyLimitSchema;

/** An OpenAI-compatible LLM route. */
export const OpenAiRouteSchema = z
  .strictObject({
    id: NameSchema.describe('Route id, used in metrics and logs.'),
    kind: z.literal('openai'),
    upstream: NameSchema.describe('Name of the upstream it forwards to.'),
    endpoints: z.array(z.enum(openAiEndpoints)).min(1).max(4).default([...openAiEndpoints]).describe('Which of /v1/chat/completions, /v1/completions, /v1/embeddings, /v1/models it serves.'),
    models: z.array(z.string().min(1).max(256)).max(1000).optional().describe('Model names clients may ask for; others get 403. Omitted: any model.'),
    rename: z.record(z.string().min(1).max(256), z.string().min(1).max(256)).optional().describe('Model name a client uses → name sent upstream.'),
    maxBodyBytes: bodyLimit.optional().describe('Largest request body; default limits.maxBodyBytes.'),
  })
  .superRefine((route, ctx) => {
    if (route.models && route.rename) {
      for (const name of Object.keys(route.rename)) {
        if (!route.models.includes(name)) ctx.addIssue({ code: 'custom', path: ['rename', name], message: `"${name}" is renamed but not in models; add it there` });
      }
    }
  })
  .describe('OpenAI-compatible route.');

/** Where a classic prediction request's input goes, and where the answer is. */
export const PredictMappingSchema = z
  .strictObject({
    from: PointerSchema.describe('JSON pointer of the value in the body it reads from.'),
    to: PointerSchema.describe('JSON pointer where that value goes in the body it builds ("" = the whole body).'),
    template: z.record(z.string(), z.json()).optional().describe('Other fields of the body it builds (request side only); the value is placed into it at `to`.'),
  })
  .describe('A JSON-pointer mapping.');

/**
 * Where a classic model's decision is in the answer the client gets (after `response`): the
 * class probabilities (an array of numbers, or of arrays for a batch) and/or the label, and the
 * class names in probability order.
 */
export const PredictOutputsSchema = z
  .strictObject({
    probabilities: PointerSchema.optional().describe('JSON pointer of the probability row (or rows, for a batch) in the client answer.'),
    label: PointerSchema.optional().describe('JSON pointer of the predicted label (or labels) in the client answer.'),
    classes: z.array(z.string().min(1).max(200)).min(2).max(10_000).optional().describe('Class names in probability order.'),
  })
  .refine((o) => o.probabilities !== undefined || o.label !== undefined, 'name at least one of probabilities and label')
  .describe('Where the decision is in a predict answer.');

/** A classic model-serving route: `POST /predict/<model>`. */
export const PredictRouteSchema = z
  .strictObject({
    id: NameSchema.describe('Route id, used in metrics and logs.'),
    kind: z.literal('predict'),
    model: NameSchema.describe('Served at POST /predict/<model>.'),
    upstream: NameSchema.describe('Name of the upstream it forwards to.'),
    path: z.string().regex(/^\/[A-Za-z0-9._~:@!$&'()*+,;=/%-]{0,999}$/, 'a path starts with / and has no query').default('/predict').describe('Path appended to the upstream URL.'),
    request: PredictMappingSchema.optional().describe('How the client body becomes the upstream body; omitted: forwarded as is.'),
    response: PredictMappingSchema.omit({ template: true }).optional().describe('How the upstream answer becomes the client answer; omitted: forwarded as is.'),
    maxBodyBytes: bodyLimit.optional().describe('Largest request body; default limits.maxBodyBytes.'),
    outputs: PredictOutputsSchema.optional().describe('Where the decision is in the client answer; needed by extraction hardening and review mode.'),
    extraction: ExtractionSchema.optional(),
    review: ReviewSchema.optional(),
  })
  .describe('Classic model-serving route.');

/** Any route. */
export const RouteSchema = z.discriminatedUnion('kind', [OpenAiRouteSchema, PredictRouteSchema]);

/** What a predict route's `review` needs from its `outputs` to read a decision. */
function reviewIssues(route: z.output<typeof PredictRouteSchema>): { path: (string | number)[]; message: string }[] {
  const review = route.review;
  if (review === undefined) return [];
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (review.minConfidence !== undefined && route.outputs?.probabilities === undefined) {
    issues.push({ path: ['review', 'minConfidence'], message: 'a confidence threshold needs outputs.probabilities (where the class probabilities are in the answer)' });
  }
  if (review.highImpactClasses.length > 0 && route.outputs?.label === undefined && route.outputs?.classes === undefined) {
    issues.push({ path: ['review', 'highImpactClasses'], message: 'high-impact classes need outputs.label, or outputs.probabilities with outputs.classes (to know the class of a decision)' });
  }
  return issues;
}

/** The whole gateway.yaml. */
export const GatewayConfigSchema = z
  .strictObject({
    version: z.literal(1).default(1).describe('Format version of this file.'),
    listen: ListenSchema.prefault({}),
    upstreams: z.array(UpstreamSchema).min(1).max(100),
    routes: z.array(RouteSchema).min(1).max(1000),
    limits: LimitsSchema.prefault({}),
    auth: AuthSchema.optional(),
    guards: GuardsSchema.optional(),
    audit: AuditSchema.optional(),
    state: StateSchema.prefault({}),
    redis: RedisSchema.optional(),
    control: ControlSchema.prefault({}),
    monitor: MonitorSchema.optional(),
  })
  .superRefine((config, ctx) => {
    const upstreams = new Set<string>();
    config.upstreams.forEach((u, i) => {
      if (upstreams.has(u.name)) ctx.addIssue({ code: 'custom', path: ['upstreams', i, 'name'], message: `upstream "${u.name}" is defined twice` });
      upstreams.add(u.name);
    });
    const ids = new Set<string>();
    const models = new Set<string>();
    config.routes.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['routes', i, 'id'], message: `route id "${r.id}" is used twice` });
      ids.add(r.id);
      if (!upstreams.has(r.upstream)) ctx.addIssue({ code: 'custom', path: ['routes', i, 'upstream'], message: `no upstream is named "${r.upstream}"; upstreams: ${[...upstreams].join(', ')}` });
      if (r.kind === 'predict') {
        if (models.has(r.model)) ctx.addIssue({ code: 'custom', path: ['routes', i, 'model'], message: `two routes serve POST /predict/${r.model}` });
        models.add(r.model);
        for (const issue of reviewIssues(r)) ctx.addIssue({ code: 'custom', path: ['routes', i, ...issue.path], message: issue.message });
      }
    });
    for (const issue of limitsIssues(config.limits, ids, config.redis !== undefined)) ctx.addIssue({ code: 'custom', ...issue });
    const openai = config.routes.filter((r) => r.kind === 'openai').map((r) => r.id);
    config.guards?.routes?.forEach((id, i) => {
      if (!openai.includes(id)) ctx.addIssue({ code: 'custom', path: ['guards', 'routes', i], message: `no OpenAI route has the id "${id}"; OpenAI routes: ${openai.join(', ') || '(none)'}` });
    });
  });

/** A validated gateway configuration. */
export type GatewayConfig = z.output<typeof GatewayConfigSchema>;
/** gateway.yaml as written. */
export type GatewayConfigInput = z.input<typeof GatewayConfigSchema>;
/** A validated upstream. */
export type UpstreamConfig = z.output<typeof UpstreamSchema>;
/** A validated route. */
export type RouteConfig = z.output<typeof RouteSchema>;
/** A validated OpenAI route. */
export type OpenAiRouteConfig = z.output<typeof OpenAiRouteSchema>;
/** A validated predict route. */
export type PredictRouteConfig = z.output<typeof PredictRouteSchema>;
/** A validated JSON-pointer mapping. */
export type PredictMapping = z.output<typeof PredictMappingSchema>;
