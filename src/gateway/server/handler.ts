/**
 * The request pipeline: match the route, read the body (bounded), run the optional stages,
 * forward to the upstream and pass the answer back. Each request runs on the configuration
 * that was current when it arrived, to its end.
 */
import { ServerResponse, type IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import { AisecError, type ErrorCode } from '../../core/errors.js';
import { sendError } from '../http/error-response.js';
import { requestIdOf } from '../http/headers.js';
import { parseJsonBody } from '../http/json-body.js';
import { readBody } from '../http/read-body.js';
import type { GatewayMetrics } from '../observe/metrics.js';
import type { AuditRecord, GatewayRequest, GatewayStages } from '../pipeline/stages.js';
import { matchRoute, needsModel, routeForModel, type RouteMatch } from '../routes/route-table.js';
import type { RouteConfig } from '../config/schema.js';
import { acquire, release, type ActiveConfig } from './active-config.js';
import { forward, prepareBody } from './forward.js';

/** What the handler needs from the gateway around it. */
export interface HandlerDeps {
  current(): ActiveConfig;
  readonly stages: GatewayStages;
  readonly metrics: GatewayMetrics;
  /** Answer GET /healthz and GET /metrics. */
  builtin(path: string, active: ActiveConfig, res: ServerResponse): boolean;
  /** Answer `/admin/…` calls (authenticated, `admin` scope); absent: 404. */
  admin?(req: IncomingMessage, res: ServerResponse, path: string): Promise<void>;
  /** Answer a client call to a path no route serves (e.g. polling a review item); false when no part serves it. */
  call?(req: IncomingMessage, res: ServerResponse, path: string, requestId: string): Promise<boolean>;
  /** Log a failure that is not the client's (never secrets). */
  logError(id: string, error: unknown): void;
}

/** Per-request facts collected for metrics and the audit stage. */
export interface RequestInfo {
  route: string;
  endpoint: string;
  model: string | undefined;
  principal: string | undefined;
  code: ErrorCode | undefined;
  streamed: boolean;
  /** When the first body bytes of a streamed answer were written to the client (`performance.now()` ms). */
  firstByteAt: number | undefined;
  settle: ((record: AuditRecord) => void) | undefined;
  request: GatewayRequest | undefined;
}

const empty = Buffer.alloc(0);

/**
 * The server's response class: the request's write-ahead hook runs as the response is ended,
 * before its last bytes are sent, and the rest of its record (limits, observers) just after
 * they were handed to the socket (set once on the prototype, not per request).
 */
export class GatewayResponse extends ServerResponse {
  /** The request this response answers, told when the response is ended. */
  run: RequestRun | undefined = undefined;
}
const plainEnd = ServerResponse.prototype.end as (this: ServerResponse, ...a: unknown[]) => ServerResponse;
GatewayResponse.prototype.end = function (this: GatewayResponse, ...args: unknown[]): GatewayResponse {
  const run = this.run;
  if (run === undefined) return plainEnd.apply(this, args) as GatewayResponse;
  this.run = undefined;
  return run.end(plainEnd, this, args) as GatewayResponse;
} as GatewayResponse['end'];

/**
 * One request's state, shared by the close listener, the write-ahead hook and the pipeline:
 * one object per request rather than a closure per use.
 */
class RequestRun {
  readonly info: RequestInfo = { route: 'unmatched', endpoint: '', model: undefined, principal: undefined, code: undefined, streamed: false, firstByteAt: undefined, settle: undefined, request: undefined };
  readonly verdicts: GatewayRequest['verdicts'] = [];
  closed = false;
  #recorded = false;

  constructor(
    readonly id: string,
    readonly res: ServerResponse,
    readonly active: ActiveConfig,
    readonly deps: HandlerDeps,
    readonly startedAt: number,
  ) {}

  /** The audit record of this request as it stands. */
  recordOf(durationMs: number, aborted: boolean): AuditRecord {
    const info = this.info;
    return {
      id: this.id, at: new Date(Date.now() - durationMs).toISOString(), route: info.route, endpoint: info.endpoint, model: info.model, principal: info.principal, status: this.res.statusCode, code: info.code,
      streamed: info.streamed, aborted, durationMs, firstByteMs: info.firstByteAt === undefined ? undefined : info.firstByteAt - this.startedAt, configVersion: this.active.loaded.version, verdicts: this.verdicts, request: info.request,
    };
  }

  /**
   * Make the record and run the write-ahead stage (the audit log), once: as the response is
   * ended, before its last bytes go out. The record is returned for {@link observe}; undefined
   * when it was made already.
   */
  writeAhead(): AuditRecord | undefined {
    if (this.#recorded) return undefined;
    this.#recorded = true;
    const entry = this.recordOf(performance.now() - this.startedAt, false);
    this.deps.stages.writeAhead?.(entry);
    return entry;
  }

  /** End the response with `end`: the write-ahead stage before its last bytes, the limits and observers once they were handed to the socket. */
  end(end: (this: ServerResponse, ...a: unknown[]) => ServerResponse, res: ServerResponse, args: unknown[]): ServerResponse {
    const entry = this.writeAhead();
    try {
      return end.apply(res, args);
    } finally {
      if (entry !== undefined) this.observe(entry);
    }
  }

  /** Settle the limits, then tell the observers (metrics, monitor): off the response path, once its bytes were handed to the socket. */
  observe(entry: AuditRecord): void {
    this.info.settle?.(entry);
    this.deps.stages.audit?.(entry);
  }

  /** Record a response that ends without the write-ahead hook (no audit log, or the client went away): every stage, once. */
  record(aborted: boolean): void {
    if (this.#recorded) return;
    this.#recorded = true;
    const stages = this.deps.stages;
    if (stages.writeAhead === undefined && stages.audit === undefined && this.info.settle === undefined) return;
    const entry = this.recordOf(performance.now() - this.startedAt, aborted);
    stages.writeAhead?.(entry);
    this.observe(entry);
  }

  /** The response closed (sent, or the client went away). */
  readonly onClose = (): void => {
    this.closed = true;
    const res = this.res;
    release(this.active);
    this.deps.metrics.request(this.info.route, res.statusCode, (performance.now() - this.startedAt) / 1000);
    this.record(!res.writableFinished);
  };

  /** `GatewayRequest.setResponseHeader`. */
  readonly setResponseHeader = (name: string, value: string): void => {
    if (!this.res.headersSent) this.res.setHeader(name, value);
  };
}

/** The `node:http` request listener (the server is made with {@link GatewayResponse} as its response class). */
export function createHandler(deps: HandlerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void handle(req, res, deps);
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: HandlerDeps): Promise<void> {
  const startedAt = performance.now();
  const active = deps.current();
  acquire(active);
  const id = requestIdOf(req.headers['x-request-id']);
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const run = new RequestRun(id, res, active, deps, startedAt);
  const info = run.info;
  const verdicts = run.verdicts;
  res.setHeader('x-request-id', id);
  // Write-ahead: the audit stage sees the record before the end of the response is sent, so
  // a client never holds an answer whose entry a crash could still lose.
  if (deps.stages.writeAhead !== undefined) {
    if (res instanceof GatewayResponse) res.run = run;
    else {
      const end = res.end;
      res.end = function (this: ServerResponse, ...args: unknown[]): ServerResponse {
        return run.end(end as (this: ServerResponse, ...a: unknown[]) => ServerResponse, this, args);
      } as ServerResponse['end'];
    }
  }
  res.on('close', run.onClose);
  try {
    const method = req.method ?? 'GET';
    if (method === 'GET') {
      // Named before it answers: a built-in answer may end the response at once.
      info.route = path.slice(1);
      if (deps.builtin(path, active, res)) return;
      info.route = 'unmatched';
    }
    if (path.startsWith('/admin/')) {
      info.route = 'admin';
      if (deps.admin === undefined) throw new AisecError('ERR_ROUTE_NOT_FOUND', 'This gateway has no admin API: it needs auth configured (admin calls need a key with the admin scope).');
      await deps.admin(req, res, path.slice('/admin/'.length));
      return;
    }
    let match: RouteMatch;
    try {
      match = matchRoute(active.table, method, path);
    } catch (error) {
      if (deps.call !== undefined && error instanceof AisecError && error.code === 'ERR_ROUTE_NOT_FOUND' && (await deps.call(req, res, path, id))) {
        info.route = 'client-call';
        return;
      }
      throw error;
    }
    info.endpoint = match.endpoint;
    const limits = match.kind === 'predict' ? [match.route] : match.candidates;
    const limit = Math.max(...limits.map((r) => r.maxBodyBytes ?? active.loaded.config.limits.maxBodyBytes));
    const body = method === 'GET' ? empty : await readBody(req, limit);
    let parsed: { value: unknown } | undefined;
    const json = (): unknown => (parsed ??= { value: parseJsonBody(body) }).value;
    let route: RouteConfig;
    let model: string | undefined;
    if (match.kind === 'predict') {
      route = match.route;
      model = route.model;
    } else if (match.endpoint !== 'models' && needsModel(match.candidates)) {
      const value = json();
      const field = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>).model : undefined;
      if (typeof field !== 'string') throw new AisecError('ERR_USAGE', 'The request body needs a "model" string field naming the model to use.');
      model = field;
      route = routeForModel(match.candidates, model);
    } else route = match.candidates[0]!;
    if (body.length > (route.maxBodyBytes ?? active.loaded.config.limits.maxBodyBytes)) {
      throw new AisecError('ERR_REQUEST_TOO_LARGE', `The request body is larger than this route allows (${route.maxBodyBytes ?? active.loaded.config.limits.maxBodyBytes} bytes). Send a smaller request.`);
    }
    info.route = route.id;
    info.model = model;
    const greq: GatewayRequest = {
      id, method, path, headers: req.headers, route, config: active.loaded.config, endpoint: match.endpoint, body, json, model, principal: undefined, startedAt, verdicts,
      setResponseHeader: run.setResponseHeader, tokenUsage: undefined,
    };
    info.request = greq;
    const stages = deps.stages;
    // A stage that answers at once is not awaited: each await costs the request a turn of the microtask queue.
    if (stages.authenticate) {
      const principal = stages.authenticate(greq);
      greq.principal = principal instanceof Promise ? await principal : principal;
      info.principal = greq.principal?.id;
    }
    if (stages.authorise) {
      const authorised = stages.authorise(greq);
      if (authorised instanceof Promise) await authorised;
    }
    if (stages.limit) {
      const settle = stages.limit(greq);
      info.settle = settle instanceof Promise ? await settle : settle;
      if (run.closed) {
        // The client went away while the limits decided (e.g. a Redis round trip): release what they took, forward nothing.
        info.settle?.(run.recordOf(performance.now() - startedAt, true));
        return;
      }
    }
    let outBody = body;
    if (stages.requestGuard) {
      const result = stages.requestGuard(greq);
      const guarded = result instanceof Promise ? await result : result;
      if (guarded) outBody = guarded.body;
    }
    const prepared = prepareBody(route, model, outBody, outBody === body ? json : () => parseJsonBody(outBody));
    if (prepared.answer !== undefined) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(prepared.answer) });
      res.end(prepared.answer);
      return;
    }
    await forward({ active, route, req, res, greq, body: prepared.body, info, deps });
  } catch (error) {
    if (error instanceof AisecError && error.code === 'ERR_ABORTED') {
      info.code = error.code;
      res.destroy();
      return;
    }
    if (!(error instanceof AisecError)) deps.logError(id, error);
    const tooLarge = error instanceof AisecError && error.code === 'ERR_REQUEST_TOO_LARGE';
    // A body refused unread is not drained: the connection closes after the answer.
    info.code = error instanceof AisecError ? error.code : 'ERR_INTERNAL';
    sendError(res, error, tooLarge ? { connection: 'close' } : undefined);
    if (tooLarge) res.once('finish', () => req.socket.destroy());
  }
}
