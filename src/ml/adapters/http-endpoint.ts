/**
 * An HTTP model endpoint ready to be called: the validated mapping, headers with their
 * environment references filled in, the request body builder, the concurrency limit and the
 * query budget. The adapter and the probe share it, so a probe counts against the budget of
 * the adapter it opens.
 */
import { AisecError } from '../../core/errors.js';
import type { Matrix } from '../models/matrix.js';
import { concurrencyLimit, type ConcurrencyLimit } from './concurrency-limit.js';
import { HttpModelMappingSchema, type HttpModelMapping, type HttpModelMappingInput } from './http-mapping.js';
import { bodyBuilder, type BodyBuilder } from './http-request.js';
import { sendJson, type TransportSettings } from './http-transport.js';
import { resolveBudget } from './prediction-checks.js';
import type { QueryBudget } from './query-budget.js';
import { resolveHeaders } from './resolve-headers.js';

/** Options of {@link openHttpModel} and {@link probeHttpModel}. */
export interface HttpModelOptions {
  /** Shown in reports and messages; the URL without its query by default. */
  readonly name?: string;
  /** Where `${env:NAME}` references are looked up; process.env by default. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Cancels the probe (opening) of the model. */
  readonly signal?: AbortSignal;
  /** A budget shared with other adapters (or a number of rows); overrides the mapping's queryBudget. */
  readonly budget?: number | QueryBudget;
  /** Source of retry jitter in [0, 1); Math.random by default. */
  readonly random?: () => number;
}

/** A callable endpoint. */
export interface HttpEndpoint {
  readonly name: string;
  readonly mapping: HttpModelMapping;
  readonly numFeatures: number;
  readonly budget: QueryBudget;
  readonly limit: ConcurrencyLimit;
  /** Send rows `start` to `end - 1` of `inputs` in one request; resolves to the parsed answer. */
  request(inputs: Matrix, start: number, end: number, signal: AbortSignal): Promise<unknown>;
}

/** Validate `input` and prepare its endpoint. Throws ERR_CONFIG_INVALID listing every problem. */
export function prepareEndpoint(input: HttpModelMappingInput | HttpModelMapping, options: HttpModelOptions): HttpEndpoint {
  const mapping = parseMapping(input, options.name);
  const name = options.name ?? displayUrl(mapping.url);
  const { headers, secrets } = resolveHeaders(mapping.headers, options.env ?? process.env, name);
  const settings: TransportSettings = {
    name,
    url: mapping.url,
    method: mapping.method,
    headers,
    secrets,
    timeoutMs: mapping.timeoutMs,
    retries: mapping.retries,
    backoffMs: mapping.backoffMs,
    retryAfterMaxMs: mapping.retryAfterMaxMs,
    maxResponseBytes: mapping.maxResponseBytes,
    random: options.random,
  };
  const build: BodyBuilder = bodyBuilder(mapping, name);
  const limit = concurrencyLimit(mapping.concurrency);
  return {
    name,
    mapping,
    numFeatures: mapping.numFeatures ?? mapping.featureNames!.length,
    budget: resolveBudget(options.budget ?? mapping.queryBudget),
    limit,
    request: (inputs, start, end, signal) => limit.run(() => sendJson(settings, build(inputs, start, end), signal), signal),
  };
}

/** The URL as shown in reports: origin and path, without the query (which may hold a key). */
export function displayUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}${parsed.search === '' ? '' : '?…'}`;
}

function parseMapping(input: unknown, name: string | undefined): HttpModelMapping {
  const parsed = HttpModelMappingSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(mapping)'}: ${issue.message}`);
  throw new AisecError('ERR_CONFIG_INVALID', `${name ?? 'HTTP model'}: the endpoint mapping is not valid:\n  ${issues.join('\n  ')}`, {
    details: { issues },
  });
}
