/**
 * The gateway process: a `node:http` server with keep-alive and slowloris timeouts, the
 * current configuration (swapped atomically by {@link Gateway.reload}), /healthz, /metrics,
 * and a graceful close that drains in-flight requests.
 */
import http, { type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAisecError } from '../../core/errors.js';
import { loadGatewayConfig, type LoadedGatewayConfig } from '../config/load.js';
import { healthReport } from '../observe/health.js';
import { GatewayMetrics } from '../observe/metrics.js';
import type { Store } from '../../store/index.js';
import { createGatewayParts } from '../parts.js';
import { composeParts, type ComposedParts } from '../pipeline/compose.js';
import type { GatewayEvent, GatewayPart, GatewayPartFactory } from '../pipeline/part.js';
import type { GatewayStages } from '../pipeline/stages.js';
import { activate, retire, type ActiveConfig } from './active-config.js';
import { createAdminHandler } from './admin.js';
import { createClientCallHandler } from './client-calls.js';
import { createHandler, GatewayResponse } from './handler.js';
import { createPartContext } from './part-context.js';

/** Options for {@link startGateway}. */
export interface GatewayOptions {
  /** The validated configuration to start with. */
  readonly loaded: LoadedGatewayConfig;
  /** Override the configured listen address (e.g. from --host/--port). */
  readonly host?: string;
  readonly port?: number;
  /**
   * Raw pipeline stages, used instead of the parts (tests of the proxy core). Absent: the parts
   * the configuration asks for (keys, control, limits, extraction, guards, audit) are made.
   */
  readonly stages?: GatewayStages;
  /** Part factories to use instead of the built-in list. */
  readonly parts?: readonly GatewayPartFactory[];
  /** Use this store for the gateway's state instead of opening `state.database`. */
  readonly store?: Store;
  /** Clock for the parts (ms since the epoch). */
  readonly now?: () => number;
  /** Where log lines go (one line each, no secrets); default stderr. */
  readonly log?: (line: string) => void;
}

/** The outcome of a reload. */
export type ReloadResult = { ok: true; version: string; changed: boolean } | { ok: false; error: string };

/** A running gateway. */
export interface Gateway {
  /** `http://host:port` it listens on. */
  readonly url: string;
  /** The version of the configuration new requests use. */
  readonly configVersion: string;
  readonly metrics: GatewayMetrics;
  /** The parts running (empty when raw stages were given). */
  readonly parts: readonly GatewayPart[];
  /** Record an event as a part would (the CLI and tests use it). */
  emit(event: GatewayEvent): void;
  /** Re-read the configuration file; on success new requests use it, on failure the old one stays. */
  reload(): Promise<ReloadResult>;
  /** Swap in an already validated configuration. */
  swap(loaded: LoadedGatewayConfig): void;
  /** Stop accepting, let in-flight requests finish within `graceMs` (default from the config), then close. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Start the gateway and resolve once it listens.
 *
 * @example
 * const gw = await startGateway({ loaded: await loadGatewayConfig('gateway.yaml') });
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const metrics = new GatewayMetrics();
  let composed: ComposedParts | undefined;
  // Events emitted while the parts are being made (e.g. a backend found down) reach them once they all exist.
  let early: GatewayEvent[] | undefined = options.stages === undefined ? [] : undefined;
  const emit = (event: GatewayEvent): void => {
    metrics.event(event.type, event.severity);
    log(`gateway: event ${JSON.stringify(event)}`);
    if (early !== undefined) early.push(event);
    else composed?.deliver(event);
  };
  const owned = createPartContext({ config: options.loaded.config, configFile: options.loaded.file, log, emit, store: options.store, now: options.now });
  let parts: GatewayPart[] = [];
  if (options.stages === undefined) {
    try {
      parts = await createGatewayParts(owned.context, options.parts);
      composed = composeParts(parts);
      for (const event of early!) composed.deliver(event);
      early = undefined;
    } catch (error) {
      await owned.close();
      throw error;
    }
  }
  const stages = options.stages ?? composed!.stages;
  let current: ActiveConfig = activate(options.loaded);
  const listen = options.loaded.config.listen;

  const builtin = (path: string, active: ActiveConfig, res: ServerResponse): boolean => {
    if (path === '/metrics') {
      const text = metrics.render(active.loaded.version) + (composed?.metrics() ?? '');
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
      return true;
    }
    if (path === '/healthz') {
      void healthReport(active.upstreams.values(), active.loaded.version, active.loadedAt, metrics.streams, composed?.health() ?? {}).then((report) => {
        const body = JSON.stringify(report);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      });
      return true;
    }
    if (path === '/readyz') {
      const health = composed?.health() ?? {};
      const notReady = Object.entries(health).filter(([, h]) => !h.ready).map(([id]) => id);
      const body = JSON.stringify({ ready: notReady.length === 0, notReady });
      res.writeHead(notReady.length === 0 ? 200 : 503, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return true;
    }
    return false;
  };

  const server = http.createServer(
    {
      keepAlive: true,
      keepAliveTimeout: listen.keepAliveTimeoutMs,
      headersTimeout: listen.headersTimeoutMs,
      requestTimeout: listen.requestTimeoutMs,
      maxHeaderSize: listen.maxHeaderBytes,
      noDelay: true,
      connectionsCheckingInterval: Math.min(1000, listen.headersTimeoutMs),
      ServerResponse: GatewayResponse,
    },
    createHandler({
      current: () => current,
      stages,
      metrics,
      builtin,
      admin: composed ? createAdminHandler(parts, composed) : undefined,
      call: composed ? createClientCallHandler(parts, composed) : undefined,
      logError: (id, error) => log(`gateway: request ${id} failed inside the gateway: ${error instanceof Error ? error.message : String(error)}`),
    }),
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      void composed?.close().catch(() => undefined).then(() => owned.close());
      reject(error);
    });
    server.listen(options.port ?? listen.port, options.host ?? listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  const swap = (loaded: LoadedGatewayConfig): void => {
    const old = current;
    current = activate(loaded);
    void retire(old);
    const moved = loaded.config.listen.host !== old.loaded.config.listen.host || loaded.config.listen.port !== old.loaded.config.listen.port;
    if (moved) log('gateway: listen.host and listen.port changes take effect on restart only');
  };

  let reloading: Promise<ReloadResult> | undefined;
  const reloadOnce = async (): Promise<ReloadResult> => {
    try {
      const loaded = await loadGatewayConfig(current.loaded.file);
      if (loaded.version === current.loaded.version) return { ok: true, version: loaded.version, changed: false };
      swap(loaded);
      metrics.reload('ok');
      log(`gateway: configuration ${loaded.version} loaded from ${loaded.file}`);
      return { ok: true, version: loaded.version, changed: true };
    } catch (error) {
      metrics.reload('rejected');
      const message = isAisecError(error) ? error.message : String(error);
      log(`gateway: configuration not reloaded, version ${current.loaded.version} stays active: ${message}`);
      return { ok: false, error: message };
    }
  };

  return {
    url: `http://${host}:${address.port}`,
    get configVersion() {
      return current.loaded.version;
    },
    metrics,
    parts,
    emit,
    reload: () => (reloading ??= reloadOnce().finally(() => (reloading = undefined))),
    swap,
    close: async (graceMs = listen.shutdownGraceMs) => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      timer.unref();
      await closed;
      clearTimeout(timer);
      await retire(current);
      await composed?.close();
      await owned.close();
    },
  };
}
