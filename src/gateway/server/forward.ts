/**
 * The upstream leg of the pipeline: the body sent upstream (model renamed, predict mapping
 * applied), the call through the pool, and the answer passed back (streamed as it comes,
 * or mapped for predict routes).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AisecError } from '../../core/errors.js';
import type { RouteConfig } from '../config/schema.js';
import { sendError } from '../http/error-response.js';
import { clientHeaderList, rawHeader, upstreamHeaders } from '../http/headers.js';
import { parseJsonBody } from '../http/json-body.js';
import { pump } from '../http/pump.js';
import { isRelease, type GatewayRequest } from '../pipeline/stages.js';
import { getAt, setAt } from '../routes/json-pointer.js';
import { callUpstream } from '../upstream/exchange.js';
import { upstreamError } from '../upstream/upstreams.js';
import type { ActiveConfig } from './active-config.js';
import type { HandlerDeps, RequestInfo } from './handler.js';

/** Largest upstream answer held in memory (predict mapping, JSON response inspection). */
export const maxHeldResponseBytes = 32 * 1024 * 1024;

/** The body to send upstream, or an answer the gateway gives itself (GET /v1/models with a model list). */
export function prepareBody(route: RouteConfig, model: string | undefined, body: Buffer, json: () => unknown): { body: Buffer; answer?: string } {
  if (route.kind === 'openai') {
    if (body.length === 0 && route.models !== undefined) {
      return { body, answer: JSON.stringify({ object: 'list', data: route.models.map((id) => ({ id, object: 'model', owned_by: 'aisec-gateway' })) }) };
    }
    const renamed = model === undefined ? undefined : route.rename?.[model];
    if (renamed === undefined) return { body };
    return { body: Buffer.from(JSON.stringify({ ...(json() as object), model: renamed })) };
  }
  if (route.request === undefined) return { body };
  const value = getAt(json(), route.request.from);
  if (value === undefined) throw new AisecError('ERR_USAGE', `The request body has no value at ${route.request.from || '(the whole body)'}; send it there.`);
  const template = structuredClone(route.request.template ?? {}) as Record<string, unknown>;
  return { body: Buffer.from(JSON.stringify(setAt(template, route.request.to, value))) };
}

/** What {@link forward} needs. */
export interface ForwardArgs {
  active: ActiveConfig;
  route: RouteConfig;
  req: IncomingMessage;
  res: ServerResponse;
  greq: GatewayRequest;
  body: Buffer;
  info: RequestInfo;
  deps: HandlerDeps;
}

/** Send the request upstream and pass the answer to the client. */
export async function forward({ active, route, req, res, greq, body, info, deps }: ForwardArgs): Promise<void> {
  const upstream = active.upstreams.get(route.upstream)!;
  const isGet = greq.method === 'GET';
  const headers = upstreamHeaders(req.headers, upstream.headers, greq.id, isGet ? undefined : body.length, deps.stages.responseGuard !== undefined);
  const path = route.kind === 'openai' ? `/${greq.endpoint}` : route.path;
  const response = callUpstream(upstream, { method: isGet ? 'GET' : 'POST', path, headers, body: isGet ? undefined : body });
  res.once('close', () => {
    if (!res.writableFinished) response.cancel();
  });
  try {
    await response.response;
  } catch (error) {
    if (error instanceof AisecError && error.code === 'ERR_UPSTREAM') deps.metrics.upstreamError(upstream.config.name, String(error.details?.kind ?? 'error'));
    throw error;
  }
  const status = response.statusCode;
  const type = rawHeader(response.rawHeaders, 'content-type');
  const sse = type.startsWith('text/event-stream');
  const badType = status >= 200 && status < 300 && route.kind === 'openai' && !sse && !type.startsWith('application/json');
  if (status >= 500 || badType) {
    response.cancel();
    const kind = status >= 500 ? `status_${status}` : 'content_type';
    deps.metrics.upstreamError(upstream.config.name, kind);
    const what = status >= 500 ? `answered with status ${status}` : 'answered with a body that is not JSON or an event stream';
    throw new AisecError('ERR_UPSTREAM', `The upstream model server "${upstream.config.name}" ${what}. Retry later; if it persists, check the upstream.`);
  }
  const inspector = deps.stages.responseGuard?.(greq, { status, streaming: sse });
  const mapping = route.kind === 'predict' && status < 300 ? route.response : undefined;
  const predicted = route.kind === 'predict' && status >= 200 && status < 300 ? deps.stages.prediction : undefined;
  if (mapping !== undefined || predicted !== undefined || (inspector !== undefined && !sse && inspector.watchOnly !== true)) {
    const held = await response.hold(maxHeldResponseBytes);
    if (held === undefined) throw new AisecError('ERR_UPSTREAM', `The upstream model server "${upstream.config.name}" answered with more than ${maxHeldResponseBytes} bytes.`);
    let out = held;
    // The mapped answer is kept as a value so a prediction stage does not parse it again.
    let mapped: { value: unknown } | undefined;
    if (mapping !== undefined) {
      let value: unknown;
      try {
        value = getAt(parseJsonBody(held), mapping.from);
      } catch {
        value = undefined;
      }
      if (value === undefined) throw new AisecError('ERR_UPSTREAM', `The upstream model server "${upstream.config.name}" answered without a value at ${mapping.from || '(the whole body)'}.`);
      mapped = { value: setAt({}, mapping.to, value) };
    }
    let outStatus = status;
    if (predicted !== undefined) {
      let body: unknown;
      if (mapped !== undefined) body = mapped.value;
      else {
        try {
          body = parseJsonBody(out);
        } catch {
          throw new AisecError('ERR_UPSTREAM', `The upstream model server "${upstream.config.name}" answered a prediction with a body that is not JSON.`);
        }
      }
      const answer = await predicted(greq, { status, body });
      outStatus = answer.status;
      if (mapped !== undefined || answer.body !== body) out = Buffer.from(JSON.stringify(answer.body));
    } else if (mapped !== undefined) out = Buffer.from(JSON.stringify(mapped.value));
    if (inspector) {
      const first = inspector.chunk(out);
      if (first !== undefined && !isRelease(first)) {
        info.code = first.code;
        sendError(res, first);
        return;
      }
      if (first !== undefined) out = first.send;
      const last = inspector.end();
      if (last !== undefined && !isRelease(last)) {
        info.code = last.code;
        sendError(res, last);
        return;
      }
      if (last !== undefined && last.send.length > 0) out = out.length === 0 ? last.send : Buffer.concat([out, last.send]);
    }
    const json = mapping !== undefined || predicted !== undefined;
    const outHeaders = clientHeaderList(response.rawHeaders, greq.id, true, json);
    outHeaders.push('content-length', String(out.length));
    if (json) outHeaders.push('content-type', 'application/json');
    res.writeHead(outStatus, outHeaders);
    res.end(out);
    return;
  }
  res.writeHead(status, clientHeaderList(response.rawHeaders, greq.id, sse));
  if (sse) {
    info.streamed = true;
    deps.metrics.stream(1);
    res.once('close', () => deps.metrics.stream(-1));
  }
  const outcome = await pump(
    response,
    res,
    inspector,
    sse,
    (cause) => upstreamError(upstream.config.name, (cause as { code?: string }).code ?? '', cause),
    (error) => (info.code = error.code),
    sse ? info : undefined,
  );
  if (outcome.kind === 'cut') info.code = outcome.error.code;
  else if (outcome.kind === 'upstream-failed') {
    info.code = 'ERR_UPSTREAM';
    deps.metrics.upstreamError(upstream.config.name, (outcome.cause as { code?: string }).code ?? 'body');
  }
}
