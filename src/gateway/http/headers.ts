/**
 * Header handling between client and upstream: hop-by-hop headers stay on their hop, the
 * request id goes both ways, and configured upstream headers replace the client's.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length', 'expect', 'x-request-id']);

/** The client's x-request-id when it is a short token, otherwise a new UUID. */
export function requestIdOf(value: string | string[] | undefined): string {
  return typeof value === 'string' && /^[\w.:-]{1,128}$/.test(value) ? value : randomUUID();
}

/** Headers for the upstream request. */
export function upstreamHeaders(client: IncomingHttpHeaders, configured: Readonly<Record<string, string>>, id: string, bodyLength: number | undefined, identity: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in client) {
    if (hopByHop.has(name)) continue;
    const value = client[name];
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  if (bodyLength !== undefined) out['content-length'] = String(bodyLength);
  if (identity) out['accept-encoding'] = 'identity';
  out['x-request-id'] = id;
  for (const name in configured) out[name] = configured[name]!;
  return out;
}

/** Headers for the client response. */
export function clientHeaders(upstream: IncomingHttpHeaders, id: string, dropLength: boolean): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const name in upstream) {
    if (hopByHop.has(name) && !(name === 'content-length' && !dropLength)) continue;
    const value = upstream[name];
    if (value !== undefined) out[name] = value;
  }
  out['x-request-id'] = id;
  return out;
}
