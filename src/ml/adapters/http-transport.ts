/**
 * One JSON request to a model endpoint, with a timeout per attempt, retries with exponential
 * backoff and jitter (network errors, timeouts, 429 and 5xx only; Retry-After honoured up to a
 * cap), redirects refused, and a response body read to a byte limit. Every message is passed
 * through `redact`, so header values never leave this file.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { AisecError, isAisecError, type ErrorCode } from '../../core/errors.js';
import { discardBody, readCappedBody } from './capped-body.js';
import { parseJsonText, snippet } from './json-text.js';
import { redact } from './resolve-headers.js';

/** What a transport needs to know about the endpoint. */
export interface TransportSettings {
  /** The model's name in messages. */
  readonly name: string;
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Strings never to show in a message (header values). */
  readonly secrets: readonly string[];
  readonly timeoutMs: number;
  readonly retries: number;
  readonly backoffMs: number;
  readonly retryAfterMaxMs: number;
  readonly maxResponseBytes: number;
  /** Source of jitter in [0, 1); Math.random when left out. */
  readonly random?: () => number;
}

/** A failure of one attempt that a later attempt may not repeat. */
class RetryableFailure extends Error {
  constructor(
    readonly kind: 'timeout' | 'network' | 'status',
    message: string,
    readonly retryAfterMs: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Longest error-body excerpt read and quoted from a failed response. */
const errorBodyBytes = 4096;

/**
 * Send `body` (JSON text) and return the parsed JSON answer. Rejects with an AisecError:
 * ERR_ENDPOINT_TIMEOUT when the last attempt timed out, ERR_ENDPOINT_RESPONSE for an error
 * status or a body that is not usable JSON, ERR_ABORTED when `signal` aborts (its reason is
 * used when it is an AisecError).
 */
export async function sendJson(settings: TransportSettings, body: string, signal: AbortSignal): Promise<unknown> {
  const random = settings.random ?? Math.random;
  const attempts = settings.retries + 1;
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptOnce(settings, body, signal);
    } catch (error) {
      if (!(error instanceof RetryableFailure)) throw error;
      if (attempt + 1 >= attempts) throw exhausted(settings, error, attempts);
      const backoff = settings.backoffMs * 2 ** attempt * (0.5 + random() * 0.5);
      const wait = error.retryAfterMs ?? backoff;
      try {
        await sleep(wait, undefined, { signal });
      } catch {
        throw abortError(settings, signal);
      }
    }
  }
}

async function attemptOnce(settings: TransportSettings, body: string, outer: AbortSignal): Promise<unknown> {
  if (outer.aborted) throw abortError(settings, outer);
  // One controller per attempt, aborted by its timer or by `outer` (linked by hand: cheaper
  // than AbortSignal.any on a signal that lives for thousands of requests).
  const attempt = new AbortController();
  let timedOut = false;
  const timeout = setTimeout(() => {
    timedOut = true;
    attempt.abort(new DOMException('timed out', 'TimeoutError'));
  }, settings.timeoutMs);
  const onOuter = (): void => attempt.abort(outer.reason);
  outer.addEventListener('abort', onOuter, { once: true });
  const signal = attempt.signal;
  const failed = (error: unknown, during: string): Error => {
    if (outer.aborted) return abortError(settings, outer);
    if (timedOut) return new RetryableFailure('timeout', `did not answer within ${settings.timeoutMs} ms`, undefined);
    return new RetryableFailure('network', `${during}: ${networkReason(error)}`, undefined, { cause: error });
  };
  try {
    let response: Response;
    try {
      response = await fetch(settings.url, { method: settings.method, headers: requestHeaders(settings.headers), body, signal, redirect: 'manual' });
    } catch (error) {
      throw failed(error, 'could not be reached');
    }
    if (response.status < 200 || response.status >= 300) throw await statusFailure(settings, response, failed);
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    if (length > settings.maxResponseBytes) {
      discardBody(response.body);
      throw tooLarge(settings, `declares ${length} bytes`);
    }
    let read;
    try {
      read = await readCappedBody(response.body, settings.maxResponseBytes);
    } catch (error) {
      throw failed(error, 'the connection broke while the answer was read');
    }
    if (!read.complete) throw tooLarge(settings, `passed ${settings.maxResponseBytes} bytes`);
    const parsed = parseJsonText(new TextDecoder().decode(read.bytes));
    if (!parsed.ok) throw endpointError(settings, 'ERR_ENDPOINT_RESPONSE', `${parsed.problem}; check the URL and that the endpoint returns JSON`, { status: response.status });
    return parsed.value;
  } finally {
    clearTimeout(timeout);
    outer.removeEventListener('abort', onOuter);
  }
}

function requestHeaders(headers: Readonly<Record<string, string>>): Headers {
  const out = new Headers({ accept: 'application/json', 'content-type': 'application/json' });
  for (const [name, value] of Object.entries(headers)) out.set(name, value);
  return out;
}

async function statusFailure(settings: TransportSettings, response: Response, failed: (error: unknown, during: string) => Error): Promise<Error> {
  const status = response.status;
  if (status >= 300 && status < 400) {
    discardBody(response.body);
    const location = safeLocation(response.headers.get('location'), settings.url);
    return endpointError(settings, 'ERR_ENDPOINT_RESPONSE', `answered ${status}, a redirect${location ? ` to ${location}` : ''}; aisec does not follow redirects (headers could leak to another host): put the final URL in the mapping`, { status });
  }
  let excerpt = '';
  try {
    const read = await readCappedBody(response.body, errorBodyBytes);
    if (read.complete) excerpt = snippet(new TextDecoder().decode(read.bytes), 200);
  } catch (error) {
    const failure = failed(error, `answered ${status}, then the connection broke`);
    if (!(failure instanceof RetryableFailure)) return failure;
  }
  const said = excerpt === '' ? '' : ` (${JSON.stringify(excerpt)})`;
  if (status === 429 || status >= 500) {
    const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
    if (retryAfterMs !== undefined && retryAfterMs > settings.retryAfterMaxMs) {
      return endpointError(
        settings,
        'ERR_ENDPOINT_RESPONSE',
        `answered ${status} and asked to wait ${Math.ceil(retryAfterMs / 1000)} s (Retry-After), more than retryAfterMaxMs (${settings.retryAfterMaxMs} ms): lower concurrency or the queries of the test, or raise retryAfterMaxMs`,
        { status },
      );
    }
    return new RetryableFailure('status', `answered ${status}${said}`, retryAfterMs);
  }
  return endpointError(settings, 'ERR_ENDPOINT_RESPONSE', `answered ${status}${said}; ${fixForStatus(status)}`, { status });
}

function fixForStatus(status: number): string {
  if (status === 401 || status === 403) return 'check the credentials in the mapping\'s headers (and that their environment variables are set)';
  if (status === 404 || status === 405) return 'check the URL and method in the mapping';
  if (status === 413) return 'lower maxBatch';
  return 'the endpoint refused the request: check request (mode, field, row, template), numFeatures and featureNames in the mapping';
}

/** Milliseconds to wait from a Retry-After header (seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function safeLocation(location: string | null, base: string): string | undefined {
  if (location === null) return undefined;
  try {
    const url = new URL(location, base);
    return `${url.origin}${url.pathname}`;
  } catch {
    return undefined;
  }
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  const code = (cause as { code?: unknown } | undefined)?.code;
  const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !message.includes(code) ? `${code} ${message}` : message;
}

function tooLarge(settings: TransportSettings, what: string): AisecError {
  return endpointError(settings, 'ERR_ENDPOINT_RESPONSE', `the answer ${what}, more than maxResponseBytes (${settings.maxResponseBytes}): lower maxBatch, or raise maxResponseBytes if such answers are expected`, {
    maxResponseBytes: settings.maxResponseBytes,
  });
}

function exhausted(settings: TransportSettings, failure: RetryableFailure, attempts: number): AisecError {
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
  if (failure.kind === 'timeout') {
    return endpointError(settings, 'ERR_ENDPOINT_TIMEOUT', `${failure.message} (${tries}); check that the endpoint is up, or raise timeoutMs or retries`, { attempts }, failure);
  }
  const fix = failure.kind === 'network' ? 'check the URL and that the endpoint is up' : 'the endpoint is failing or overloaded: lower concurrency, or raise retries';
  return endpointError(settings, 'ERR_ENDPOINT_RESPONSE', `${failure.message} (${tries}); ${fix}`, { attempts }, failure.cause ?? failure);
}

function endpointError(settings: TransportSettings, code: ErrorCode, message: string, details: Record<string, unknown>, cause?: unknown): AisecError {
  return new AisecError(code, redact(`${settings.name}: ${message}`, settings.secrets), { details, cause });
}

function abortError(settings: TransportSettings, signal: AbortSignal): AisecError {
  const reason: unknown = signal.reason;
  if (isAisecError(reason)) return reason;
  return new AisecError('ERR_ABORTED', `${settings.name}: the request was cancelled`, { cause: reason });
}
