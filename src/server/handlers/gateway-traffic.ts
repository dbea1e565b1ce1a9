/**
 * GET /api/v1/gateway/traffic: the live traffic, limits refusals, guard hits and extraction
 * alarms of the running gateway named by `--gateway-config`, read from its `/metrics` (which
 * needs no credential, so the server sends none), with its readiness (`/readyz`) and health
 * (`/healthz`). Every read has one short deadline; a gateway that is not configured, not
 * reachable or answers something unreadable gives 200 with `state` and a `reason`.
 */
import http from 'node:http';
import { parseMetricsText, summariseTraffic, type GatewayConfig } from '../../gateway/index.js';
import { ok, requireGlobal, type ApiHandler } from '../api-context.js';

/** Deadline of all the reads of one call, in ms. */
export const trafficTimeoutMs = 1000;
/** Largest `/metrics` answer read. */
const maxMetricsBytes = 4 * 1024 * 1024;

/** Where the gateway of `config` answers, or why that cannot be known. */
export function gatewayAddress(config: GatewayConfig): { url: string } | { reason: string } {
  const { host, port } = config.listen;
  if (port === 0) return { reason: 'The gateway configuration has listen.port 0 (a free port picked at start), so its address is not known; give it a fixed port.' };
  const connect = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return { url: `http://${connect.includes(':') ? `[${connect}]` : connect}:${port}` };
}

interface Got {
  status: number;
  text: string;
}

function get(url: string, signal: AbortSignal, maxBytes: number): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { signal, headers: { accept: 'text/plain, application/json' } }, (res) => {
      const parts: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          req.destroy(new Error(`its answer is larger than ${maxBytes} bytes`));
          return;
        }
        parts.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

function jsonOf(got: Got | undefined): Record<string, unknown> | undefined {
  if (got === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(got.text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** GET /api/v1/gateway/traffic */
export const gatewayTraffic: ApiHandler = async (ctx) => {
  requireGlobal(ctx);
  const fetchedAt = ctx.app.now().toISOString();
  const gateway = ctx.app.gateway;
  if (gateway === undefined) return ok({ state: 'not-configured', reason: 'This server was started without a gateway; start aisec serve with --gateway-config gateway.yaml to see its traffic.', fetchedAt });
  const address = gateway.url === undefined ? gatewayAddress(gateway.config) : { url: gateway.url };
  if ('reason' in address) return ok({ state: 'unreachable', reason: address.reason, fetchedAt });
  const signal = AbortSignal.timeout(trafficTimeoutMs);
  const [metrics, ready, health] = await Promise.allSettled([get(`${address.url}/metrics`, signal, maxMetricsBytes), get(`${address.url}/readyz`, signal, 64 * 1024), get(`${address.url}/healthz`, signal, 1024 * 1024)]);
  if (metrics.status === 'rejected') {
    const cause = metrics.reason as Error & { code?: string };
    const why = cause.name === 'TimeoutError' || cause.name === 'AbortError' ? `did not answer within ${trafficTimeoutMs} ms` : (cause.code ?? cause.message).slice(0, 200);
    return ok({ state: 'unreachable', reason: `The gateway at ${address.url} (from ${gateway.file}) could not be read: ${why}. Is it running?`, fetchedAt });
  }
  if (metrics.value.status !== 200) return ok({ state: 'unreachable', reason: `The gateway at ${address.url} answered /metrics with HTTP ${metrics.value.status}; is it an aisec gateway?`, fetchedAt });
  let parsed;
  try {
    parsed = parseMetricsText(metrics.value.text);
  } catch (error) {
    return ok({ state: 'unreachable', reason: `The /metrics answer of ${address.url} could not be read: ${(error as Error).message}`, fetchedAt });
  }
  const readyBody = jsonOf(ready.status === 'fulfilled' ? ready.value : undefined);
  const healthBody = jsonOf(health.status === 'fulfilled' ? health.value : undefined);
  const summary = summariseTraffic(parsed.samples);
  const notReady = Array.isArray(readyBody?.notReady) ? readyBody.notReady.filter((x): x is string => typeof x === 'string').slice(0, 50) : [];
  return ok({
    state: 'live',
    fetchedAt,
    gateway: address.url,
    ready: typeof readyBody?.ready === 'boolean' ? readyBody.ready : null,
    notReady,
    health: typeof healthBody?.status === 'string' ? healthBody.status : null,
    configLoadedAt: typeof healthBody?.loadedAt === 'string' ? healthBody.loadedAt : null,
    skippedLines: parsed.skipped,
    ...summary,
    uptimeSeconds: summary.startedAt === null ? null : Math.max(0, Math.round((ctx.app.now().getTime() - Date.parse(summary.startedAt)) / 1000)),
  });
};
