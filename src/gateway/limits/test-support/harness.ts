/**
 * What the limits tests share: a gateway on loopback with a test key part (the principal is
 * the `x-test-key` header) and the limits part, requests to it, and a unique Redis key prefix
 * per test, deleted afterwards.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { Redis } from 'ioredis';
import { AisecError } from '../../../core/errors.js';
import { parseGatewayConfig } from '../../config/load.js';
import type { GatewayEvent, GatewayPart, GatewayPartFactory } from '../../pipeline/part.js';
import { startGateway, type Gateway } from '../../server/gateway.js';
import { createLimitsPart } from '../part.js';

/** The Redis the tests use. */
export const testRedisUrl = process.env.AISEC_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A part that takes the principal from the `x-test-key` header (no header: anonymous). */
export const testKeysPart: GatewayPartFactory = (): GatewayPart => ({
  id: 'test-keys',
  stages: {
    authenticate: (req) => {
      const key = req.headers['x-test-key'];
      if (key === 'bad') throw new AisecError('ERR_AUTH_REQUIRED', 'bad key');
      return typeof key === 'string' ? { id: key, scopes: [] } : undefined;
    },
  },
});

/** Gateway configuration text with `limits` (YAML, indented two spaces under `limits:`) and optional extra top-level sections. */
export function limitsConfig(upstreamUrl: string, limits: string, extra = ''): string {
  return `
listen: { port: 0 }
upstreams:
  - name: llm
    url: ${upstreamUrl}/v1
    retries: 0
    timeouts: { connectMs: 1000, headersMs: 5000, bodyMs: 5000 }
routes:
  - id: other
    kind: openai
    upstream: llm
    models: [other-model]
  - id: chat
    kind: openai
    upstream: llm
limits:
${limits}
${extra}`;
}

/** A running gateway and what it emitted. */
export interface TestGateway {
  readonly gw: Gateway;
  readonly events: GatewayEvent[];
}

/** Start a gateway with the test key part and the limits part. */
export async function startLimitsGateway(configText: string): Promise<TestGateway> {
  const events: GatewayEvent[] = [];
  const collect: GatewayPartFactory = () => ({ id: 'events', onEvent: (e) => events.push(e) });
  const gw = await startGateway({ loaded: parseGatewayConfig('gateway.yaml', configText), parts: [testKeysPart, createLimitsPart, collect], log: () => undefined });
  return { gw, events };
}

/** Start `n` gateways on one configuration, each closed by a function pushed to `cleanups`. */
export async function startLimitsGateways(n: number, configText: string, cleanups: Array<() => Promise<void>>): Promise<TestGateway[]> {
  const list: TestGateway[] = [];
  for (let i = 0; i < n; i++) {
    const t = await startLimitsGateway(configText);
    cleanups.push(() => t.gw.close(100));
    list.push(t);
  }
  return list;
}

/** An answer. */
export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** POST `body` to `url` as `key` (undefined: anonymous). */
export function post(url: string, body: unknown, key?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { 'x-test-key': key }) } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** POST `body` to `url` on a connection of its own, which `abort()` closes (the reply then rejects). */
export function startPost(url: string, body: unknown, key?: string): { abort(): void; reply: Promise<Reply> } {
  let abort = (): void => undefined;
  const reply = new Promise<Reply>((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { 'x-test-key': key }) } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
    abort = () => req.destroy();
  });
  reply.catch(() => undefined);
  return { abort: () => abort(), reply };
}

/** GET `url`. */
export function get(url: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
      })
      .on('error', reject);
  });
}

/**
 * Open a streamed request and resolve once the first bytes of the answer arrived; `abort()`
 * closes it from the client side, `done` resolves with the whole body when it ends normally.
 */
export function openStream(url: string, body: unknown, key?: string): Promise<{ status: number; abort(): void; done: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { 'x-test-key': key }) } }, (res) => {
      const parts: Buffer[] = [];
      let first = true;
      const done = new Promise<string>((ok) => res.on('end', () => ok(Buffer.concat(parts).toString('utf8'))));
      done.catch(() => undefined);
      res.on('error', () => undefined);
      res.on('data', (c: Buffer) => {
        parts.push(c);
        if (first) {
          first = false;
          resolve({ status: res.statusCode ?? 0, abort: () => req.destroy(), done });
        }
      });
      if (res.statusCode !== 200) {
        first = false;
        resolve({ status: res.statusCode ?? 0, abort: () => req.destroy(), done });
      }
    });
    req.on('error', (e) => (req.destroyed ? undefined : reject(e)));
    req.end(JSON.stringify(body));
  });
}

/** The error code of an error answer. */
export function codeOf(reply: Reply): string {
  return (JSON.parse(reply.body) as { error: { code: string } }).error.code;
}

/** Poll `check` until it returns true (every 20 ms, at most `ms`). */
export async function waitFor(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A unique key prefix and a client to inspect and delete its keys. */
export interface RedisScope {
  readonly prefix: string;
  readonly client: Redis;
  /** Every key under the prefix. */
  keys(): Promise<string[]>;
  /** Delete the keys and disconnect. */
  cleanup(): Promise<void>;
}

/** A fresh key prefix on the test Redis. */
export async function redisScope(): Promise<RedisScope> {
  const prefix = `aisec:test:limits:${randomBytes(6).toString('hex')}:`;
  const client = new Redis(testRedisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  const keys = async (): Promise<string[]> => {
    const found: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      found.push(...batch);
    } while (cursor !== '0');
    return found;
  };
  return {
    prefix,
    client,
    keys,
    cleanup: async () => {
      const all = await keys();
      if (all.length > 0) await client.del(...all);
      client.disconnect();
    },
  };
}

/** A chat request body. */
export function chatBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: 'm', messages: [{ role: 'user', content: 'x'.repeat(40) }], max_tokens: 50, ...extra };
}
