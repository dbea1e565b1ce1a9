/**
 * The HTTP server of `aisec serve`: the JSON API under `/api/v1/` (route table, role checks,
 * session cookies with an Origin check on state-changing requests) and the built dashboard.
 * Bounded everywhere: header and body sizes, JSON depth, request and idle timeouts. Binds
 * 127.0.0.1 unless told otherwise; `close` stops accepting and lets requests in flight finish.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { AisecError } from '../core/errors.js';
import { maxJsonDepth, parseJsonBody, readBody } from '../gateway/index.js';
import type { AppState, ServedGateway } from './api-context.js';
import { callerOfRequest } from './authenticate.js';
import { routeMatcher } from './match-route.js';
import { ServedMonitors } from './served-monitors.js';
import { sendApiError, sendJson } from './respond.js';
import { roleAllows } from './roles.js';
import { apiRoutes } from './route-table.js';
import type { ServedStores } from './served-stores.js';
import { defaultSessionMs, SessionStore, sessionIdOf } from './sessions.js';
import { defaultWebRoot, staticFiles } from './static-files.js';

/** Largest API request body. */
export const maxBodyBytes = 64 * 1024;

/** What {@link startServer} needs. */
export interface ServerOptions {
  readonly stores: ServedStores;
  /** Default 127.0.0.1. */
  readonly host?: string | undefined;
  /** Default 8700; 0 picks a free port. */
  readonly port?: number | undefined;
  readonly gateway?: ServedGateway | undefined;
  /** The built dashboard (default web/dist of the package). */
  readonly webRoot?: string | undefined;
  /** PEM certificate and key: serve HTTPS (session cookies are then Secure). */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer } | undefined;
  readonly sessionMs?: number | undefined;
  /** Operator log (one line per internal error; never secrets). */
  readonly log?: ((line: string) => void) | undefined;
  readonly now?: () => Date;
}

/** A running server. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly sessions: SessionStore;
  /** Stop accepting; requests in flight may finish for `graceMs` (default 5 s), then connections are cut; then the monitors close (open windows stored). */
  close(graceMs?: number): Promise<void>;
}

/** Default port of `aisec serve`. */
export const defaultServePort = 8700;

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether a cookie-authenticated state-changing request comes from the server's own pages. */
function sameOrigin(req: IncomingMessage, secure: boolean): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  return typeof origin === 'string' && typeof host === 'string' && origin === `${secure ? 'https' : 'http'}://${host}`;
}

/** Start the server. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const secure = options.tls !== undefined;
  const sessions = new SessionStore();
  const log = options.log ?? (() => undefined);
  const monitors = new ServedMonitors(log);
  const app: AppState = { stores: options.stores, sessions, gateway: options.gateway, sessionMs: options.sessionMs ?? defaultSessionMs, secure, now: options.now ?? (() => new Date()), monitors };
  const match = routeMatcher(apiRoutes);
  const serveStatic = staticFiles(options.webRoot ?? defaultWebRoot);

  async function api(req: IncomingMessage, res: ServerResponse, method: string, rawPath: string, query: string): Promise<void> {
    const { route, params } = match(method, rawPath);
    const sessionId = sessionIdOf(req.headers.cookie);
    // Public routes (health, signing in) look at no credential: a stale cookie must not stop a sign-in.
    const caller = route.access === 'public' ? undefined : await callerOfRequest(req.headers, sessionId, app.stores.keySources, sessions, app.now().getTime());
    if (route.access !== 'public') {
      if (caller === undefined) throw new AisecError('ERR_AUTH_REQUIRED', 'Sign in first (POST /api/v1/session with a token) or send "Authorization: Bearer <token>".');
      if (caller.sessionId !== undefined && unsafe.has(method) && !sameOrigin(req, secure)) {
        throw new AisecError('ERR_AUTH_FORBIDDEN', 'A state-changing request with the session cookie must come from the dashboard itself (its Origin header must match this server); scripts send "Authorization: Bearer <token>" instead.');
      }
      if (!roleAllows(caller.role, route.access)) throw new AisecError('ERR_AUTH_FORBIDDEN', `${method} ${route.path} needs the ${route.access} role; this token is ${caller.role}.`);
    }
    let parsed: Record<string, unknown> | undefined;
    let bodyRead = false;
    const once = (): void => {
      if (bodyRead) throw new AisecError('ERR_INTERNAL', 'A handler read the request body twice.');
      bodyRead = true;
    };
    const answer = await route.handler({
      method,
      params,
      query: new URLSearchParams(query),
      caller,
      sessionId,
      app,
      async body() {
        if (parsed !== undefined) return parsed;
        once();
        const type = req.headers['content-type'];
        const bytes = await readBody(req, maxBodyBytes);
        if (bytes.length === 0) return (parsed = {});
        if (typeof type !== 'string' || !/^application\/json\s*(;|$)/i.test(type)) throw new AisecError('ERR_USAGE', 'Send the request body as JSON with "Content-Type: application/json".');
        const value = parseJsonBody(bytes, maxJsonDepth);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AisecError('ERR_USAGE', 'The request body must be a JSON object.');
        return (parsed = value as Record<string, unknown>);
      },
      async rawBody(maxBytes) {
        once();
        const type = req.headers['content-type'];
        return { bytes: await readBody(req, maxBytes), contentType: typeof type === 'string' ? type : undefined };
      },
    });
    sendJson(res, answer.status, answer.body, answer.headers);
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const rawPath = q < 0 ? url : url.slice(0, q);
    const query = q < 0 ? '' : url.slice(q + 1, q + 1 + 8192);
    // A body nobody read (answered without it, or refused) is not drained: the connection closes.
    res.once('finish', () => {
      if (!req.complete) req.socket.destroySoon();
    });
    try {
      if (!rawPath.startsWith('/')) throw new AisecError('ERR_USAGE', 'The request target must be a path starting with "/".');
      if (rawPath === '/api' || rawPath.startsWith('/api/')) await api(req, res, method, rawPath, query);
      else if (method === 'GET' || method === 'HEAD') await serveStatic(rawPath, res, method === 'HEAD');
      else throw new AisecError('ERR_ROUTE_NOT_FOUND', `${method.slice(0, 10)} is not served outside /api/v1/; docs/dashboard.md lists the routes.`);
    } catch (error) {
      const status = sendApiError(res, error);
      if (status >= 500) log(`serve: ${method.slice(0, 10)} ${rawPath.slice(0, 200)} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const listener = (req: IncomingMessage, res: ServerResponse): void => void handle(req, res);
  const server: Server = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, listener) : createHttpServer(listener);
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 100;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (cause: NodeJS.ErrnoException) => reject(new AisecError('ERR_USAGE', `Cannot listen on ${host}:${options.port ?? defaultServePort} (${cause.code ?? cause.message}); choose another --port or --host.`, { cause })));
    server.listen(options.port ?? defaultServePort, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `${secure ? 'https' : 'http'}://${shownHost}:${port}`,
    port,
    sessions,
    close(graceMs = 5_000) {
      const stopped = new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
      return stopped.then(() => monitors.close());
    },
  };
}
