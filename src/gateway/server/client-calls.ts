/**
 * Client calls the parts answer themselves (paths no route serves, e.g. `GET /v1/reviews/<id>`
 * to poll a held answer). The caller is identified by the part that identifies callers, when
 * there is one; the answer is JSON and never cached.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ComposedParts } from '../pipeline/compose.js';
import type { GatewayPart } from '../pipeline/part.js';

/** Answers a client call; resolves to false when no part serves the path. */
export type ClientCallHandler = (req: IncomingMessage, res: ServerResponse, path: string, requestId: string) => Promise<boolean>;

/** Make the client-call handler, or undefined when no part takes client calls. */
export function createClientCallHandler(parts: readonly GatewayPart[], composed: ComposedParts): ClientCallHandler | undefined {
  const call = composed.call;
  if (call === undefined) return undefined;
  const identifier = parts.find((p) => p.identify);
  return async (req, res, path, requestId) => {
    const principal = identifier === undefined ? undefined : await identifier.identify!(req.headers);
    const url = new URL(req.url ?? '/', 'http://gateway');
    const answer = await call({ method: req.method ?? 'GET', path, query: url.searchParams, principal, requestId });
    if (answer === undefined) return false;
    const text = JSON.stringify(answer.body);
    res.writeHead(answer.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
    res.end(text);
    return true;
  };
}
