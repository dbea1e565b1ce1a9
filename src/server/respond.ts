/**
 * Answers of the server: JSON with the security headers every answer carries, errors in the
 * body shape of the gateway's admin API (`{"error":{"message","type","code"}}`, status from
 * the error catalogue).
 */
import type { ServerResponse } from 'node:http';
import { errorBody } from '../gateway/index.js';

/** Headers on every answer: no sniffing, no framing, no referrer, a strict CSP. */
export const securityHeaders: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
});

/** Send a JSON answer (API answers are never cached). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...securityHeaders, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/** Send an error; only AisecError messages reach the client. Returns the status sent. */
export function sendApiError(res: ServerResponse, error: unknown, headers: Record<string, string | string[]> = {}): number {
  const { status, body } = errorBody(error);
  if (res.headersSent) {
    res.destroy();
    return status;
  }
  res.writeHead(status, { ...securityHeaders, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...headers });
  res.end(body);
  return status;
}
