/**
 * Header handling between client and upstream: hop-by-hop headers stay on their hop, the
 * request id goes both ways, and configured upstream headers replace the client's.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

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

/** The first value of header `name` (lower case) in undici's raw list (name, value, …), or ''. */
export function rawHeader(raw: readonly Buffer[], name: string): string {
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const key = raw[i]!;
    if (key.length === name.length && key.toString('latin1').toLowerCase() === name) return raw[i + 1]!.toString('latin1');
  }
  return '';
}

/**
 * Headers for the client response as a flat list for `writeHead` (name, value, …): the
 * upstream's raw headers without hop-by-hop ones (content-length kept unless `dropLength`),
 * without content-type when `dropType`, then the request id.
 */
export function clientHeaderList(raw: readonly Buffer[], id: string, dropLength: boolean, dropType = false): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toString('latin1').toLowerCase();
    if (hopByHop.has(name) && !(name === 'content-length' && !dropLength)) continue;
    if (dropType && name === 'content-type') continue;
    out.push(name, raw[i + 1]!.toString('latin1'));
  }
  out.push('x-request-id', id);
  return out;
}
