/**
 * Errors as clients of an OpenAI-compatible API expect them:
 * `{"error":{"message","type","code"}}` with the catalogue's HTTP status, and for a stream that
 * has already started, one SSE `data:` event carrying the same object. Only AisecError messages
 * reach the client; anything else becomes a generic internal error (no stack, no cause). An
 * error whose details carry `retryAfterSeconds` (a number) also sets the Retry-After header.
 */
import type { ServerResponse } from 'node:http';
import { AisecError, errorCatalogue, type ErrorCode } from '../../core/errors.js';

const types: Partial<Record<ErrorCode, string>> = {
  ERR_AUTH_REQUIRED: 'authentication_error',
  ERR_AUTH_FORBIDDEN: 'permission_error',
  ERR_RATE_LIMITED: 'rate_limit_error',
  ERR_GUARD_BLOCKED: 'content_filter',
  ERR_UPSTREAM: 'upstream_error',
};

/** The error body for `error`. */
export function errorBody(error: unknown): { status: number; body: string; code: ErrorCode } {
  const known = error instanceof AisecError ? error : new AisecError('ERR_INTERNAL', 'The gateway failed on this request; its log has the details.');
  const entry = errorCatalogue[known.code];
  const type = types[known.code] ?? (entry.category === 'user' ? 'invalid_request_error' : 'api_error');
  return { status: entry.http, code: known.code, body: JSON.stringify({ error: { message: known.message, type, code: known.code } }) };
}

/** Send `error` as JSON, unless headers were already sent (then the connection is cut). */
export function sendError(res: ServerResponse, error: unknown, extraHeaders?: Record<string, string>): ErrorCode {
  const { status, body, code } = errorBody(error);
  if (res.headersSent) {
    res.destroy();
    return code;
  }
  const retryAfter = error instanceof AisecError ? error.details?.retryAfterSeconds : undefined;
  const retry = typeof retryAfter === 'number' && Number.isFinite(retryAfter) ? { 'retry-after': String(Math.max(1, Math.ceil(retryAfter))) } : undefined;
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...retry, ...extraHeaders });
  res.end(body);
  return code;
}

/** One SSE event carrying the error object, to end a stream that was cut. */
export function sseErrorEvent(error: unknown): Buffer {
  return Buffer.from(`data: ${errorBody(error).body}\n\n`);
}
