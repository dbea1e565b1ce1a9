/**
 * The admin API: `/admin/…` calls, answered by the parts (model controls, the review queue,
 * keys). Every call needs a credential whose principal has the `admin` scope; the body is read
 * bounded and parsed as depth-bounded JSON only when a part asks for it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AisecError } from '../../core/errors.js';
import { parseJsonBody } from '../http/json-body.js';
import { readBody } from '../http/read-body.js';
import type { ComposedParts } from '../pipeline/compose.js';
import type { GatewayPart } from '../pipeline/part.js';

/** Largest admin request body. */
export const maxAdminBodyBytes = 64 * 1024;

/** The scope an admin principal needs. */
export const adminScope = 'admin';

/** Make the admin handler, or undefined when no part can identify callers (no auth configured). */
export function createAdminHandler(parts: readonly GatewayPart[], composed: ComposedParts): ((req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>) | undefined {
  const identifier = parts.find((p) => p.identify);
  if (identifier === undefined) return undefined;
  return async (req, res, path) => {
    const principal = await identifier.identify!(req.headers);
    if (principal === undefined) throw new AisecError('ERR_AUTH_REQUIRED', 'Admin calls need an API key (Authorization: Bearer …).');
    if (!principal.scopes.includes(adminScope)) throw new AisecError('ERR_AUTH_FORBIDDEN', 'This key has no admin scope.');
    const method = req.method ?? 'GET';
    const body = method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : await readBody(req, maxAdminBodyBytes);
    const url = new URL(req.url ?? '/', 'http://gateway');
    let parsed: { value: unknown } | undefined;
    const answer = await composed.admin({
      method,
      path,
      query: url.searchParams,
      principal,
      json: () => (parsed ??= { value: body.length === 0 ? {} : parseJsonBody(body) }).value,
    });
    if (answer === undefined) throw new AisecError('ERR_ROUTE_NOT_FOUND', `No admin call ${method} /admin/${path.slice(0, 200)}; docs/gateway.md lists them.`);
    const text = JSON.stringify(answer.body);
    res.writeHead(answer.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
    res.end(text);
  };
}
