/**
 * The errors a target raises, in one place: an endpoint's error status (retryable or not, with
 * the wait it asked for), a timeout, a cancellation, a connection that failed. Every message goes
 * through `redact`, so an API key a server echoes back never reaches a log.
 */
import { AisecError, isAisecError } from '../../core/errors.js';
import { redact } from '../../ml/adapters/resolve-headers.js';

/** What the harness reads from an error's details to decide on a retry. */
export interface RetryDetails {
  readonly retryable: boolean;
  /** How long the endpoint asked to wait (Retry-After), in milliseconds. */
  readonly retryAfterMs?: number;
  readonly status?: number;
}

/** Names and secrets a target's messages are built with. */
export interface ErrorScope {
  readonly label: string;
  /** Strings that must never appear in a message (the API key, secret header values). */
  readonly secrets: readonly string[];
}

/** ERR_ENDPOINT_RESPONSE with `{ status, retryable, retryAfterMs }` in its details. */
export function responseError(scope: ErrorScope, message: string, details: RetryDetails, cause?: unknown): AisecError {
  const clean: Record<string, unknown> = { retryable: details.retryable };
  if (details.status !== undefined) clean.status = details.status;
  if (details.retryAfterMs !== undefined) clean.retryAfterMs = details.retryAfterMs;
  return new AisecError('ERR_ENDPOINT_RESPONSE', redact(`${scope.label}: ${message}`, scope.secrets), { details: clean, cause });
}

/** ERR_PROBE_TARGET: the target's settings cannot work. */
export function targetError(label: string, message: string, details?: Record<string, unknown>): AisecError {
  return new AisecError('ERR_PROBE_TARGET', `${label}: ${message}`, details === undefined ? {} : { details });
}

/**
 * The error for a request whose signal aborted: the signal's reason when it is an AisecError
 * (the harness aborts with ERR_ENDPOINT_TIMEOUT or ERR_ABORTED), ERR_ENDPOINT_TIMEOUT for
 * `AbortSignal.timeout()`, ERR_ABORTED otherwise.
 */
export function abortedError(scope: ErrorScope, signal: AbortSignal): AisecError {
  const reason: unknown = signal.reason;
  if (isAisecError(reason)) return reason;
  if (reason instanceof DOMException && reason.name === 'TimeoutError') {
    return new AisecError('ERR_ENDPOINT_TIMEOUT', `${scope.label}: the request timed out`, { details: { retryable: true }, cause: reason });
  }
  return new AisecError('ERR_ABORTED', `${scope.label}: the request was cancelled`, { cause: reason });
}

/** The error for a failure of fetch or of reading the body: an abort, or a broken connection (retryable). */
export function transportError(scope: ErrorScope, signal: AbortSignal, error: unknown, during: string): AisecError {
  if (signal.aborted) return abortedError(scope, signal);
  if (isAisecError(error)) return error;
  return responseError(scope, `${during}: ${networkReason(error)}; check the URL and that the endpoint is up`, { retryable: true }, error);
}

/** Whether the harness may send a request again after `error`. */
export function isRetryable(error: unknown): boolean {
  return isAisecError(error) && error.details?.retryable === true;
}

/** The wait an error asks for (Retry-After), in milliseconds. */
export function retryAfterOf(error: unknown): number | undefined {
  if (!isAisecError(error)) return undefined;
  const wait = error.details?.retryAfterMs;
  return typeof wait === 'number' && Number.isFinite(wait) && wait >= 0 ? wait : undefined;
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  const code = (cause as { code?: unknown } | undefined)?.code;
  const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !message.includes(code) ? `${code} ${message}` : message;
}
