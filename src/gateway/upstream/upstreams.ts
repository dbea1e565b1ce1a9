/**
 * One keep-alive connection pool per upstream (undici `Pool`), built from the configuration
 * (calls through it: `exchange.ts`).
 */
import { Pool } from 'undici';
import { AisecError } from '../../core/errors.js';
import type { UpstreamConfig } from '../config/schema.js';

/** An upstream ready to take requests. */
export interface Upstream {
  readonly config: UpstreamConfig;
  readonly pool: Pool;
  /** Path prefix of the base URL, without a trailing slash (e.g. `/v1`). */
  readonly basePath: string;
  /** Lower-cased configured headers, set on every request. */
  readonly headers: Readonly<Record<string, string>>;
  /** Outcome of the last attempt: for /healthz. */
  lastOk: boolean | undefined;
}

/** Make the pools of `configs`, by name. */
export function createUpstreams(configs: readonly UpstreamConfig[]): Map<string, Upstream> {
  const out = new Map<string, Upstream>();
  for (const config of configs) {
    const url = new URL(config.url);
    const pool = new Pool(url.origin, {
      connections: config.connections,
      pipelining: 1,
      connect: { timeout: config.timeouts.connectMs },
      headersTimeout: config.timeouts.headersMs,
      bodyTimeout: config.timeouts.bodyMs,
      keepAliveTimeout: config.timeouts.idleMs,
    });
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(config.headers ?? {})) headers[k.toLowerCase()] = v;
    out.set(config.name, { config, pool, basePath: url.pathname.replace(/\/+$/, ''), headers, lastOk: undefined });
  }
  return out;
}

/** Close every pool after its in-flight requests end. */
export async function closeUpstreams(upstreams: Map<string, Upstream>): Promise<void> {
  await Promise.all([...upstreams.values()].map((u) => u.pool.close().catch(() => undefined)));
}

/** The ERR_UPSTREAM for a failed call: a plain description of the failure kind, no internals. */
export function upstreamError(name: string, code: string, cause?: unknown): AisecError {
  const what =
    code === 'UND_ERR_HEADERS_TIMEOUT' ? 'did not answer in time'
    : code === 'UND_ERR_BODY_TIMEOUT' ? 'stopped sending in the middle of its answer'
    : code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ECONNREFUSED' || code === 'ENOTFOUND' ? 'cannot be reached'
    : code.startsWith('HPE_') || code === 'UND_ERR_INFO' ? 'answered with something that is not HTTP'
    : 'failed';
  return new AisecError('ERR_UPSTREAM', `The upstream model server "${name}" ${what}. Retry later; if it persists, check the upstream.`, {
    cause,
    details: { upstream: name, kind: code || 'error' },
  });
}
