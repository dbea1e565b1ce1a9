import { afterEach, describe, expect, it } from 'vitest';
import { parseGatewayConfig } from '../config/load.js';
import type { Gateway } from '../server/gateway.js';
import { chatBody, codeOf, get, limitsConfig, openStream, post, startLimitsGateway, waitFor, type TestGateway } from './test-support/harness.js';
import { startUsageUpstream, type UsageUpstream, type UsageUpstreamBehaviour } from './test-support/usage-upstream.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function setup(limits: string, behaviour: UsageUpstreamBehaviour = {}): Promise<TestGateway & { up: UsageUpstream; chat: string }> {
  const up = await startUsageUpstream(behaviour);
  const t = await startLimitsGateway(limitsConfig(up.url, limits));
  cleanups.push(() => up.close(), () => t.gw.close(100));
  return { ...t, up, chat: `${t.gw.url}/v1/chat/completions` };
}

/** A metric's value in the limits part's metrics text (0 when absent). */
function metric(gw: Gateway, series: string): number {
  const text = gw.parts.find((p) => p.id === 'limits')!.metrics!();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}
const usageCharged = 'aisec_gateway_limits_tokens_charged_total{source="usage"}';
const estimateCharged = 'aisec_gateway_limits_tokens_charged_total{source="estimate"}';

describe('limits part (memory backend)', () => {
  it('counts requests per key: refuses the one over the limit with 429, Retry-After and x-ratelimit headers; other keys go on', async () => {
    const { chat } = await setup('  perKey: { requestsPerMinute: 3 }');
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await post(chat, chatBody(), 'alice'));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(replies.map((r) => r.headers['x-ratelimit-remaining-requests'])).toEqual(['2', '1', '0', '0']);
    expect(replies[0]!.headers['x-ratelimit-limit-requests']).toBe('3');
    expect(replies[0]!.headers['x-ratelimit-reset-requests']).toMatch(/^(\d+(\.\d)?s|1m\ds)$/);
    const refused = replies[3]!;
    expect(codeOf(refused)).toBe('ERR_RATE_LIMITED');
    expect(JSON.parse(refused.body).error.type).toBe('rate_limit_error');
    const retry = Number(refused.headers['retry-after']);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(65);
    expect(JSON.parse(refused.body).error.message).not.toMatch(/\b3\b/);
    expect((await post(chat, chatBody(), 'bob')).status).toBe(200);
  });

  it('puts callers without a key in one shared bucket', async () => {
    const { chat } = await setup('  perKey: { requestsPerMinute: 2 }');
    expect((await post(chat, chatBody())).status).toBe(200);
    expect((await post(chat, chatBody())).status).toBe(200);
    expect((await post(chat, chatBody())).status).toBe(429);
    expect((await post(chat, chatBody(), 'alice')).status).toBe(200);
  });

  it('applies per-route limits per key and for the route as a whole, and key overrides', async () => {
    const { chat } = await setup(`  perKey: { requestsPerMinute: 100 }
  routes:
    chat: { perKey: { requestsPerMinute: 2 }, total: { requestsPerMinute: 5 } }
  keys:
    small: { requestsPerMinute: 1 }`);
    const other = chatBody({ model: 'other-model' });
    expect((await post(chat, chatBody(), 'a')).status).toBe(200);
    expect((await post(chat, chatBody(), 'a')).status).toBe(200);
    const third = await post(chat, chatBody(), 'a');
    expect(third.status).toBe(429);
    expect(JSON.parse(third.body).error.message).toContain('on this route');
    // The per-route limit does not reach the key's calls on another route.
    expect((await post(chat, other, 'a')).status).toBe(200);
    expect((await post(chat, chatBody(), 'b')).status).toBe(200);
    expect((await post(chat, chatBody(), 'b')).status).toBe(200);
    expect((await post(chat, chatBody(), 'c')).status).toBe(200);
    const total = await post(chat, chatBody(), 'd');
    expect(total.status).toBe(429);
    expect(JSON.parse(total.body).error.message).toContain('all callers together');
    // keys.small replaces perKey for that key: one request a minute, on any route.
    expect((await post(chat, other, 'small')).status).toBe(200);
    expect((await post(chat, other, 'small')).status).toBe(429);
  });

  it('charges the usage of JSON answers to the token limit', async () => {
    const { gw, chat } = await setup('  perKey: { tokensPerMinute: 100 }\n  estimateTokens: { reserve: false }');
    expect((await post(chat, chatBody(), 'alice')).status).toBe(200);
    await waitFor(() => metric(gw, usageCharged) === 60);
    const second = await post(chat, chatBody(), 'alice');
    expect(second.status).toBe(200);
    expect(second.headers['x-ratelimit-remaining-tokens']).toBe('40');
    await waitFor(() => metric(gw, usageCharged) === 120);
    const third = await post(chat, chatBody(), 'alice');
    expect(third.status).toBe(429);
    expect(third.headers['x-ratelimit-remaining-tokens']).toBe('0');
    expect(JSON.parse(third.body).error.message).toContain('tokens per minute');
  });

  it('reserves prompt + max_tokens at admission, so a burst cannot overrun the token limit, and settles to the usage', async () => {
    // Reserve 10 + 50 = 60 each; usage reports 1 + 50 = 51.
    const { gw, chat, up } = await setup('  perKey: { tokensPerMinute: 200 }', { promptTokens: 1 });
    const burst = await Promise.all(Array.from({ length: 6 }, () => post(chat, chatBody(), 'alice')));
    expect(burst.filter((r) => r.status === 200)).toHaveLength(3);
    expect(up.received()).toBe(3);
    await waitFor(() => metric(gw, usageCharged) === 153);
    // 200 - 153 = 47 left: a request asking for 10 + 30 fits, one asking for 10 + 50 does not.
    expect((await post(chat, chatBody({ max_tokens: 50 }), 'alice')).status).toBe(429);
    expect((await post(chat, chatBody({ max_tokens: 30 }), 'alice')).status).toBe(200);
  });

  it('counts streamed answers from the usage chunk when asked for, else estimates them from the streamed text', async () => {
    const { gw, chat } = await setup('  perKey: { tokensPerMinute: 100000 }');
    const withUsage = await openStream(chat, chatBody({ stream: true, stream_options: { include_usage: true } }), 'alice');
    expect(withUsage.status).toBe(200);
    expect(await withUsage.done).toContain('"usage"');
    await waitFor(() => metric(gw, usageCharged) === 60);
    const without = await openStream(chat, chatBody({ stream: true }), 'alice');
    await without.done;
    // Prompt 40 chars / 4 = 10, streamed text 3 × 8 chars / 4 = 6.
    await waitFor(() => metric(gw, estimateCharged) === 16);
  });

  it('charges nothing for an answer the upstream failed, and frees its concurrency slot', async () => {
    const { gw, chat, up } = await setup('  perKey: { tokensPerMinute: 1000, concurrency: 1 }', { fail: true });
    const failed = await post(chat, chatBody(), 'alice');
    expect(failed.status).toBe(502);
    up.behaviour.fail = false;
    await waitFor(async () => (await post(chat, chatBody(), 'alice')).status === 200);
    expect(metric(gw, estimateCharged)).toBe(0);
  });

  it('holds a concurrency slot while a stream runs and frees it when the client aborts', async () => {
    const { chat, up } = await setup('  perKey: { concurrency: 1 }', { hold: true });
    const first = await openStream(chat, chatBody({ stream: true }), 'alice');
    expect(first.status).toBe(200);
    const second = await post(chat, chatBody(), 'alice');
    expect(second.status).toBe(429);
    expect(JSON.parse(second.body).error.message).toContain('requests in flight');
    expect(second.headers['retry-after']).toBe('1');
    expect((await post(chat, chatBody(), 'bob')).status).toBe(200);
    first.abort();
    await waitFor(() => up.open() === 0);
    await waitFor(async () => (await post(chat, chatBody(), 'alice')).status === 200);
  });

  it('does not hold back calls that use no tokens (model lists) when the token window is full', async () => {
    const { gw, chat } = await setup('  perKey: { tokensPerMinute: 60 }');
    expect((await post(chat, chatBody(), 'alice')).status).toBe(200);
    expect((await post(chat, chatBody(), 'alice')).status).toBe(429);
    const models = await get(`${gw.url}/v1/models`);
    expect(models.status).toBe(200);
  });

  it('takes new limit values on reload, keeping the counts', async () => {
    const { gw, chat, up } = await setup('  perKey: { requestsPerMinute: 2 }');
    expect((await post(chat, chatBody(), 'alice')).status).toBe(200);
    expect((await post(chat, chatBody(), 'alice')).status).toBe(200);
    expect((await post(chat, chatBody(), 'alice')).status).toBe(429);
    gw.swap(parseGatewayConfig('gateway.yaml', limitsConfig(up.url, '  perKey: { requestsPerMinute: 3 }')));
    expect((await post(chat, chatBody(), 'alice')).status).toBe(200);
    expect((await post(chat, chatBody(), 'alice')).status).toBe(429);
  });

  it('reports its backend in /healthz and its counts in /metrics', async () => {
    const { gw, chat } = await setup('  perKey: { requestsPerMinute: 1 }');
    await post(chat, chatBody(), 'alice');
    await post(chat, chatBody(), 'alice');
    const health = JSON.parse((await get(`${gw.url}/healthz`)).body);
    expect(health.parts.limits).toMatchObject({ ready: true, detail: { backend: 'memory', up: true, policy: 'fail-open' } });
    const metrics = (await get(`${gw.url}/metrics`)).body;
    expect(metrics).toContain('aisec_gateway_limits_admitted_total{backend="memory"} 1');
    expect(metrics).toContain('aisec_gateway_limits_refused_total{reason="requests",scope="key"} 1');
    expect(metrics).toContain('aisec_gateway_limits_backend_up{backend="memory",policy="fail-open"} 1');
  });

  it('is not made when no request, token or concurrency limit is configured', async () => {
    const { gw } = await setup('  maxBodyBytes: 65536');
    expect(gw.parts.map((p) => p.id)).not.toContain('limits');
  });
});
