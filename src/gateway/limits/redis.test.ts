import { afterEach, describe, expect, it } from 'vitest';
import net from 'node:net';
import type { Gateway } from '../server/gateway.js';
import { chatBody, codeOf, get, limitsConfig, openStream, post, redisScope, startPost, startLimitsGateways, testRedisUrl, waitFor, type RedisScope, type Reply, type TestGateway } from './test-support/harness.js';
import { startRedisProxy } from './test-support/redis-proxy.js';
import { startUsageUpstream, type UsageUpstream, type UsageUpstreamBehaviour } from './test-support/usage-upstream.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

const redisSection = (url: string, prefix: string, commandTimeoutMs = 2000) => `redis: { url: "${url}", keyPrefix: "${prefix}", commandTimeoutMs: ${commandTimeoutMs}, connectTimeoutMs: 1000 }`;

async function upstream(behaviour: UsageUpstreamBehaviour = {}): Promise<UsageUpstream> {
  const up = await startUsageUpstream(behaviour);
  cleanups.push(() => up.close());
  return up;
}

async function scope(): Promise<RedisScope> {
  const s = await redisScope();
  cleanups.push(() => s.cleanup());
  return s;
}

const gateways = (n: number, text: string): Promise<TestGateway[]> => startLimitsGateways(n, text, cleanups);

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function metric(gw: Gateway, series: string): number {
  const text = gw.parts.find((p) => p.id === 'limits')!.metrics!();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

const usageOf = (reply: Reply): number => (JSON.parse(reply.body) as { usage: { total_tokens: number } }).usage.total_tokens;

describe('limits part (Redis backend)', () => {
  it('shares request counts between replicas, in keys under the prefix that expire', async () => {
    const up = await upstream();
    const s = await scope();
    const [a, b] = await gateways(2, limitsConfig(up.url, '  perKey: { requestsPerMinute: 3 }', redisSection(testRedisUrl, s.prefix)));
    const chat = (t: TestGateway) => `${t.gw.url}/v1/chat/completions`;
    expect((await post(chat(a!), chatBody(), 'alice')).status).toBe(200);
    expect((await post(chat(b!), chatBody(), 'alice')).status).toBe(200);
    const third = await post(chat(a!), chatBody(), 'alice');
    expect(third.headers['x-ratelimit-remaining-requests']).toBe('0');
    const fourth = await post(chat(b!), chatBody(), 'alice');
    expect(fourth.status).toBe(429);
    expect(codeOf(fourth)).toBe('ERR_RATE_LIMITED');
    expect(Number(fourth.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const keys = await s.keys();
    expect(keys).toEqual([`${s.prefix}lim:k:p.alice:w`]);
    expect(await s.client.pttl(keys[0]!)).toBeGreaterThan(0);
    const health = JSON.parse((await get(`${a!.gw.url}/healthz`)).body);
    expect(health.parts.limits).toMatchObject({ ready: true, detail: { backend: 'redis', up: true, policy: 'fail-open' } });
  });

  it('three replicas under a concurrent burst admit at most the token limit + 5 % (and not far below it)', async () => {
    const up = await upstream({ promptTokens: 10 });
    const s = await scope();
    const limit = 3000;
    const replicas = await gateways(3, limitsConfig(up.url, `  perKey: { tokensPerMinute: ${limit} }`, redisSection(testRedisUrl, s.prefix)));
    // Each request reserves 40 chars / 4 = 10 + max_tokens 50 and uses 10 + 50: 50 fit.
    const burst = await Promise.all(Array.from({ length: 150 }, (_, i) => post(`${replicas[i % 3]!.gw.url}/v1/chat/completions`, chatBody(), 'tenant')));
    const admitted = burst.filter((r) => r.status === 200);
    const tokens = admitted.reduce((sum, r) => sum + usageOf(r), 0);
    expect(burst.every((r) => r.status === 200 || r.status === 429)).toBe(true);
    expect(tokens).toBeLessThanOrEqual(limit * 1.05);
    expect(tokens).toBeGreaterThanOrEqual(limit * 0.95);
    // Reservations equal the usage here, so the shared window fills exactly.
    expect(tokens).toBe(limit);
    for (const r of replicas) expect(r.events.filter((e) => e.type === 'limits.backend-down')).toEqual([]);
    // Answers that use less than reserved (10 + 20 of 10 + 50) are settled back, so more fit; still within the limit.
    const s2 = await scope();
    const second = await gateways(3, limitsConfig(up.url, `  perKey: { tokensPerMinute: ${limit} }`, redisSection(testRedisUrl, s2.prefix)));
    up.behaviour.completionTokens = 20;
    const charged = () => second.reduce((sum, r) => sum + metric(r.gw, 'aisec_gateway_limits_tokens_charged_total{source="usage"}'), 0);
    let used = 0;
    let refused = 0;
    for (let round = 0; round < 8 && refused === 0; round++) {
      const replies = await Promise.all(Array.from({ length: 30 }, (_, i) => post(`${second[i % 3]!.gw.url}/v1/chat/completions`, chatBody(), 'tenant')));
      for (const r of replies) if (r.status === 200) used += usageOf(r);
      refused = replies.filter((r) => r.status === 429).length;
      await waitFor(() => charged() === used);
    }
    // Rounds of 30: 900 used, then 1800. In the third round at least 20 more reservations of 60
    // fit (2400 used when all 30 reserve before any settles); each answer that settles first gives
    // 30 back, so a slower round admits more (up to 40 settled ones, 3000 used). Never over the limit.
    expect(refused).toBeGreaterThan(0);
    expect(used).toBeGreaterThanOrEqual(2400);
    expect(used).toBeLessThanOrEqual(limit);
    expect(used % 30).toBe(0);
  });

  it('the same burst against replicas that keep counts in memory admits about three times the limit (why Redis is needed)', async () => {
    const up = await upstream({ promptTokens: 10 });
    const replicas = await gateways(3, limitsConfig(up.url, '  perKey: { tokensPerMinute: 600 }'));
    const burst = await Promise.all(Array.from({ length: 60 }, (_, i) => post(`${replicas[i % 3]!.gw.url}/v1/chat/completions`, chatBody(), 'tenant')));
    const tokens = burst.filter((r) => r.status === 200).reduce((sum, r) => sum + usageOf(r), 0);
    expect(tokens).toBe(3 * 600);
  });

  it('shares concurrency slots between replicas and frees them when a client aborts', async () => {
    const up = await upstream({ hold: true });
    const s = await scope();
    const [a, b, c] = await gateways(3, limitsConfig(up.url, '  routes:\n    chat: { total: { concurrency: 2 } }', redisSection(testRedisUrl, s.prefix)));
    const chat = (t: TestGateway) => `${t.gw.url}/v1/chat/completions`;
    const one = await openStream(chat(a!), chatBody({ stream: true }), 'x');
    const two = await openStream(chat(b!), chatBody({ stream: true }), 'y');
    expect([one.status, two.status]).toEqual([200, 200]);
    const third = await post(chat(c!), chatBody(), 'z');
    expect(third.status).toBe(429);
    expect(JSON.parse(third.body).error.message).toContain('requests in flight');
    one.abort();
    await waitFor(async () => (await post(chat(c!), chatBody(), 'z')).status === 200);
    up.releaseAll();
    await two.done;
  });

  it('counts SSE usage through Redis and releases a slot when the upstream fails', async () => {
    const up = await upstream();
    const s = await scope();
    const [a] = await gateways(1, limitsConfig(up.url, '  perKey: { tokensPerMinute: 1000, concurrency: 1 }', redisSection(testRedisUrl, s.prefix)));
    const chat = `${a!.gw.url}/v1/chat/completions`;
    const stream = await openStream(chat, chatBody({ stream: true, stream_options: { include_usage: true } }), 'alice');
    await stream.done;
    await waitFor(() => metric(a!.gw, 'aisec_gateway_limits_tokens_charged_total{source="usage"}') === 60);
    await waitFor(async () => Number(await s.client.hget(`${s.prefix}lim:k:p.alice:w`, (await s.client.hkeys(`${s.prefix}lim:k:p.alice:w`)).find((f) => f.startsWith('t:'))!)) === 60);
    up.behaviour.fail = true;
    expect((await post(chat, chatBody(), 'alice')).status).toBe(502);
    up.behaviour.fail = false;
    await waitFor(async () => (await post(chat, chatBody(), 'alice')).status === 200);
    expect(await s.client.zcard(`${s.prefix}lim:k:p.alice:c`)).toBe(0);
  });

  it('with Redis unreachable and fail-open: admits under per-replica memory limits and says so in /healthz, /readyz and /metrics', async () => {
    const up = await upstream();
    const port = await closedPort();
    const [a] = await gateways(1, limitsConfig(up.url, '  perKey: { requestsPerMinute: 2 }', redisSection(`redis://127.0.0.1:${port}`, 'aisec:test:limits:down:')));
    const chat = `${a!.gw.url}/v1/chat/completions`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(chat, chatBody(), 'alice')).status);
    expect(statuses).toEqual([200, 200, 429]);
    const health = JSON.parse((await get(`${a!.gw.url}/healthz`)).body);
    // Fail-open stays ready: the replica keeps serving under its own limits.
    expect(health.parts.limits).toMatchObject({ ready: true, detail: { backend: 'redis', up: false, policy: 'fail-open', effect: 'per-replica memory limits' } });
    expect((await get(`${a!.gw.url}/readyz`)).status).toBe(200);
    const metrics = (await get(`${a!.gw.url}/metrics`)).body;
    expect(metrics).toContain('aisec_gateway_limits_backend_up{backend="redis",policy="fail-open"} 0');
    expect(metrics).toContain('aisec_gateway_limits_admitted_total{backend="fallback"} 2');
    expect(metrics).toMatch(/aisec_gateway_events_total\{type="limits.backend-down",severity="warning"\} 1/);
    expect(a!.events.filter((e) => e.type === 'limits.backend-down')).toHaveLength(1);
  });

  it('with Redis unreachable and fail-closed: refuses with 503 ERR_LIMITS_BACKEND and is not ready', async () => {
    const up = await upstream();
    const port = await closedPort();
    const [a] = await gateways(1, limitsConfig(up.url, '  perKey: { requestsPerMinute: 100 }\n  onBackendFailure: fail-closed', redisSection(`redis://127.0.0.1:${port}`, 'aisec:test:limits:down:')));
    const reply = await post(`${a!.gw.url}/v1/chat/completions`, chatBody(), 'alice');
    expect(reply.status).toBe(503);
    expect(codeOf(reply)).toBe('ERR_LIMITS_BACKEND');
    expect(reply.headers['retry-after']).toBe('1');
    expect(up.received()).toBe(0);
    expect((await get(`${a!.gw.url}/readyz`)).status).toBe(503);
    const health = JSON.parse((await get(`${a!.gw.url}/healthz`)).body);
    expect(health.parts.limits).toMatchObject({ ready: false, detail: { up: false, policy: 'fail-closed' } });
    expect(a!.events.find((e) => e.type === 'limits.backend-down')?.severity).toBe('critical');
    expect((await get(`${a!.gw.url}/metrics`)).body).toContain('aisec_gateway_limits_refused_total{reason="backend",scope="backend"} 1');
  });

  it('Redis restarted under load (connections dropped, refused, then back): no crash, fail-open followed, counting in Redis again after', async () => {
    const up = await upstream();
    const s = await scope();
    const proxy = await startRedisProxy('127.0.0.1', Number(new URL(testRedisUrl).port || 6379));
    cleanups.push(() => proxy.close());
    const [a] = await gateways(1, limitsConfig(up.url, '  perKey: { requestsPerMinute: 100000 }', redisSection(proxy.url, s.prefix, 3000)));
    const chat = `${a!.gw.url}/v1/chat/completions`;
    const statuses: number[] = [];
    let running = true;
    const worker = async (): Promise<void> => {
      while (running) statuses.push((await post(chat, chatBody(), 'alice')).status);
    };
    const load = Promise.all([worker(), worker(), worker(), worker()]);
    await waitFor(() => metric(a!.gw, 'aisec_gateway_limits_admitted_total{backend="redis"}') >= 20);
    proxy.cut();
    await waitFor(() => metric(a!.gw, 'aisec_gateway_limits_admitted_total{backend="fallback"}') >= 20);
    const down = JSON.parse((await get(`${a!.gw.url}/healthz`)).body);
    expect(down.parts.limits.detail.up).toBe(false);
    proxy.restore();
    await waitFor(() => a!.events.some((e) => e.type === 'limits.backend-up'));
    const before = metric(a!.gw, 'aisec_gateway_limits_admitted_total{backend="redis"}');
    await waitFor(() => metric(a!.gw, 'aisec_gateway_limits_admitted_total{backend="redis"}') >= before + 20);
    running = false;
    await load;
    expect(statuses.length).toBeGreaterThan(60);
    expect(statuses.every((st) => st === 200)).toBe(true);
    expect(a!.events.filter((e) => e.type === 'limits.backend-down')).toHaveLength(1);
    expect(a!.events.filter((e) => e.type === 'limits.backend-up')).toHaveLength(1);
    const health = JSON.parse((await get(`${a!.gw.url}/healthz`)).body);
    expect(health.parts.limits.detail.up).toBe(true);
  });

  it('Redis hanging under load (commands time out): fail-closed refuses with 503 meanwhile, and recovers', async () => {
    const up = await upstream();
    const s = await scope();
    const proxy = await startRedisProxy('127.0.0.1', Number(new URL(testRedisUrl).port || 6379));
    cleanups.push(() => proxy.close());
    const [a] = await gateways(1, limitsConfig(up.url, '  perKey: { requestsPerMinute: 100000 }\n  onBackendFailure: fail-closed', redisSection(proxy.url, s.prefix, 300)));
    const chat = `${a!.gw.url}/v1/chat/completions`;
    const statuses: number[] = [];
    let running = true;
    const worker = async (): Promise<void> => {
      while (running) {
        const r = await post(chat, chatBody(), 'alice');
        statuses.push(r.status);
        if (r.status === 503) expect(codeOf(r)).toBe('ERR_LIMITS_BACKEND');
        if (r.status === 503) await new Promise((res) => setTimeout(res, 5));
      }
    };
    const load = Promise.all([worker(), worker()]);
    await waitFor(() => statuses.filter((st) => st === 200).length >= 10);
    proxy.stall();
    await waitFor(() => statuses.filter((st) => st === 503).length >= 5);
    expect((await get(`${a!.gw.url}/readyz`)).status).toBe(503);
    proxy.restore();
    await waitFor(() => a!.events.some((e) => e.type === 'limits.backend-up'));
    const ok = statuses.length;
    await waitFor(() => statuses.slice(ok).filter((st) => st === 200).length >= 10);
    running = false;
    await load;
    expect(new Set(statuses)).toEqual(new Set([200, 503]));
    expect((await get(`${a!.gw.url}/readyz`)).status).toBe(200);
    expect(metric(a!.gw, 'aisec_gateway_limits_redis_errors_total{kind="timeout"}')).toBeGreaterThan(0);
  });

  it('a client that goes away while Redis decides gets its slot back and nothing is forwarded', async () => {
    const up = await upstream();
    const s = await scope();
    const proxy = await startRedisProxy('127.0.0.1', Number(new URL(testRedisUrl).port || 6379));
    cleanups.push(() => proxy.close());
    const [a] = await gateways(1, limitsConfig(up.url, '  perKey: { concurrency: 1 }', redisSection(proxy.url, s.prefix, 5000)));
    const chat = `${a!.gw.url}/v1/chat/completions`;
    proxy.stall();
    const gone = startPost(chat, chatBody(), 'alice');
    await waitFor(() => proxy.held() > 0);
    // The client goes away while its admission is held at the proxy; the gateway sees the close.
    gone.abort();
    await waitFor(() => a!.gw.metrics.render('').includes('aisec_gateway_requests_total{route="chat"'));
    proxy.restore();
    // Redis admits it (taking the slot) after the client left; the gateway gives the slot back at once.
    await waitFor(() => metric(a!.gw, 'aisec_gateway_limits_admitted_total{backend="redis"}') === 1);
    await waitFor(async () => (await s.client.zcard(`${s.prefix}lim:k:p.alice:c`)) === 0);
    expect(up.received()).toBe(0);
    expect((await post(chat, chatBody(), 'alice')).status).toBe(200);
  });
});
