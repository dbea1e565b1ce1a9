/**
 * What the gateway's limits cost per request: `npx tsx bench/gateway-limits.ts [--redis URL]`.
 *
 * 1. CPU time of the limit stage + settlement of the limits part in process (no HTTP): memory
 *    backend with requests only, and with requests + tokens + concurrency (prompt estimate,
 *    reservation, usage count, settle); Redis backend, the gateway's side of it.
 * 2. The token counters: a JSON answer's usage, and an SSE stream counted event by event.
 * 3. Redis: one admission round trip (the Lua script over three rules) and one settlement,
 *    sequential, beside a plain PING round trip on the same connection as the baseline.
 * 4. End to end on loopback: sequential chat requests through a gateway without limits, with
 *    memory limits and with Redis limits (10th percentile and median of per-request latency;
 *    on a loaded machine the median mostly measures scheduling, so the load average is printed).
 *
 * Prints one line per figure; short by design (a few seconds per part).
 */
import http from 'node:http';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { parseGatewayConfig } from '../src/gateway/config/load.js';
import type { Rule } from '../src/gateway/limits/decision.js';
import { createLimitsPart } from '../src/gateway/limits/part.js';
import { RedisBackend } from '../src/gateway/limits/redis-backend.js';
import { countJsonAnswer, SseCounter } from '../src/gateway/limits/tokens.js';
import type { PartContext } from '../src/gateway/pipeline/part.js';
import type { AuditRecord, GatewayRequest } from '../src/gateway/pipeline/stages.js';
import { startGateway } from '../src/gateway/server/gateway.js';
import { startUsageUpstream } from '../src/gateway/limits/test-support/usage-upstream.js';
import { testKeysPart } from '../src/gateway/limits/test-support/harness.js';

const { values } = parseArgs({ options: { redis: { type: 'string', default: 'redis://127.0.0.1:6379' } } });
const redisUrl = values.redis!;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
};
const line = (label: string, value: string): void => console.log(`${label.padEnd(62)} ${value}`);

function upstreamConfig(limits: string, extra = ''): string {
  return `
listen: { port: 0 }
upstreams:
  - name: llm
    url: http://127.0.0.1:9/v1
routes:
  - id: chat
    kind: openai
    upstream: llm
limits:
${limits}
${extra}`;
}

/**
 * CPU time of the limit stage + settlement of the part in process (µs per request, median of 5
 * runs after a warm-up): with `redis`, the gateway-side work of a Redis admission (the round
 * trip itself is waited for, not counted).
 */
async function stageCost(limits: string, withTokens: boolean, redis?: Redis): Promise<number> {
  const extra = redis ? `redis: { url: "${redisUrl}", keyPrefix: "aisec:bench:limits:${process.pid}:" }` : '';
  const loaded = parseGatewayConfig('bench.yaml', upstreamConfig(limits, extra));
  const ctx: PartContext = { config: loaded.config, configFile: 'bench.yaml', log: () => undefined, emit: () => undefined, store: () => Promise.reject(new Error('no store')), redis, now: Date.now };
  const part = (await createLimitsPart(ctx))!;
  const limit = part.stages!.limit!;
  const guard = part.stages!.responseGuard!;
  const body = { model: 'm', messages: [{ role: 'user', content: 'x'.repeat(2000) }], max_tokens: 100 };
  const answer = Buffer.from(JSON.stringify({ id: 'c', choices: [{ index: 0, message: { role: 'assistant', content: 'y'.repeat(500) } }], usage: { prompt_tokens: 500, completion_tokens: 100, total_tokens: 600 } }));
  const route = loaded.config.routes[0]!;
  const runs: number[] = [];
  const n = redis ? 5_000 : 100_000;
  const noHeader = (): void => undefined;
  for (let run = 0; run < 6; run++) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) {
      const req: GatewayRequest = {
        id: 'r', method: 'POST', path: '/v1/chat/completions', headers: {}, route, config: loaded.config, endpoint: 'chat/completions', body: Buffer.alloc(0), json: () => body, model: 'm',
        principal: { id: `key-${i & 63}`, scopes: [] }, startedAt: 0, verdicts: [], setResponseHeader: noHeader,
      };
      let settle = limit(req) as ((r: AuditRecord) => void) | undefined | Promise<((r: AuditRecord) => void) | undefined>;
      if (settle instanceof Promise) settle = await settle;
      if (withTokens) {
        const inspector = guard(req, { status: 200, streaming: false });
        inspector?.chunk(answer);
        inspector?.end();
      }
      settle?.({ status: 200 } as AuditRecord);
    }
    const c = process.cpuUsage(c0);
    if (run > 0) runs.push((c.user + c.system) / n);
  }
  await part.close?.();
  return median(runs);
}

function tokenCounters(): { json: number; sseEvent: number } {
  const answer = Buffer.from(JSON.stringify({ id: 'c', choices: [{ index: 0, message: { role: 'assistant', content: 'y'.repeat(2000) } }], usage: { prompt_tokens: 500, completion_tokens: 100, total_tokens: 600 } }));
  const event = Buffer.from(`data: ${JSON.stringify({ id: 'chatcmpl-123', object: 'chat.completion.chunk', created: 1, model: 'gpt', choices: [{ index: 0, delta: { content: 'token ' }, finish_reason: null }] })}\n\n`);
  const n = 200_000;
  let t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) countJsonAnswer(answer);
  const json = Number(process.hrtime.bigint() - t0) / n;
  const counter = new SseCounter();
  t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) counter.push(event);
  const sseEvent = Number(process.hrtime.bigint() - t0) / n;
  return { json, sseEvent };
}

async function redisRoundTrips(): Promise<{ ping: number[]; admit: number[]; settle: number[] }> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const prefix = `aisec:bench:limits:${process.pid}:`;
  const backend = new RedisBackend(redis, prefix, 900_000);
  const rules: Rule[] = [
    { scope: 'key', id: 'k:p.bench', requestsPerMinute: 1e9, tokensPerMinute: 1e12, concurrency: 1000 },
    { scope: 'key-route', id: 'kr:chat:p.bench', requestsPerMinute: 1e9, tokensPerMinute: 0, concurrency: 0 },
    { scope: 'route', id: 'r:chat', requestsPerMinute: 1e9, tokensPerMinute: 1e12, concurrency: 0 },
  ];
  const ping: number[] = [];
  const admit: number[] = [];
  const settle: number[] = [];
  for (let i = 0; i < 3000; i++) {
    let t = performance.now();
    await redis.ping();
    if (i >= 300) ping.push((performance.now() - t) * 1000);
    t = performance.now();
    const d = await backend.admit({ rules, tokens: 600, lease: `l${i}` });
    if (i >= 300) admit.push((performance.now() - t) * 1000);
    if (!d.ok) throw new Error('refused');
    t = performance.now();
    await backend.settle({ rules, bucket: d.bucket, tokenDelta: -100, lease: `l${i}` });
    if (i >= 300) settle.push((performance.now() - t) * 1000);
  }
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  return { ping, admit, settle };
}

async function endToEnd(): Promise<Record<string, { p10: number; p50: number }>> {
  const up = await startUsageUpstream();
  const prefix = `aisec:bench:limits:e2e:${process.pid}:`;
  const base = (limits: string, extra = '') => `
listen: { port: 0 }
upstreams:
  - name: llm
    url: ${up.url}/v1
routes:
  - id: chat
    kind: openai
    upstream: llm
limits:
${limits}
${extra}`;
  const variants: Record<string, string> = {
    'no limits': base('  maxBodyBytes: 65536'),
    'memory: rpm + tpm + concurrency': base('  perKey: { requestsPerMinute: 100000000, tokensPerMinute: 100000000000, concurrency: 100 }'),
    'redis: rpm + tpm + concurrency': base('  perKey: { requestsPerMinute: 100000000, tokensPerMinute: 100000000000, concurrency: 100 }', `redis: { url: "${redisUrl}", keyPrefix: "${prefix}" }`),
  };
  const gateways = [];
  for (const [label, text] of Object.entries(variants)) gateways.push({ label, gw: await startGateway({ loaded: parseGatewayConfig('bench.yaml', text), parts: [testKeysPart, createLimitsPart], log: () => undefined }) });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x'.repeat(400) }], max_tokens: 50 });
  const once = (url: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const t = performance.now();
      const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-test-key': 'bench' } }, (res) => {
        res.resume();
        res.on('end', () => resolve((performance.now() - t) * 1000));
      });
      req.on('error', reject);
      req.end(body);
    });
  const samples = new Map<string, number[]>(gateways.map((g) => [g.label, []]));
  // Interleaved rounds so drift on a shared machine hits every variant alike.
  for (let round = 0; round < 8; round++) {
    for (const g of gateways) {
      const list = samples.get(g.label)!;
      for (let i = 0; i < 250; i++) {
        const us = await once(`${g.gw.url}/v1/chat/completions`);
        if (round > 0) list.push(us);
      }
    }
  }
  for (const g of gateways) await g.gw.close(100);
  await up.close();
  agent.destroy();
  const cleanup = new Redis(redisUrl);
  const keys = await cleanup.keys(`${prefix}*`);
  if (keys.length > 0) await cleanup.del(...keys);
  cleanup.disconnect();
  return Object.fromEntries([...samples].map(([k, v]) => [k, { p10: pct(v, 0.1), p50: median(v) }]));
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}, ${new Date().toISOString()}`);
  const rpmOnly = await stageCost('  perKey: { requestsPerMinute: 1000000000 }', false);
  line('CPU: limit stage + settle, memory, requests per minute only', `${rpmOnly.toFixed(2)} µs/request`);
  const allLimits = '  perKey: { requestsPerMinute: 1000000000, tokensPerMinute: 1000000000000, concurrency: 1000 }\n  routes:\n    chat: { total: { requestsPerMinute: 1000000000 } }';
  const all = await stageCost(allLimits, true);
  line('CPU: limit + usage count + settle, memory, rpm+tpm+concurrency, 2 rules', `${all.toFixed(2)} µs/request`);
  const client = new Redis(redisUrl, { commandTimeout: 1000, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  await new Promise((r) => client.once('ready', r));
  const viaRedis = await stageCost(allLimits, true, client);
  line('CPU: the same through Redis (gateway side, 2 scripts per request)', `${viaRedis.toFixed(2)} µs/request`);
  const leftover = await client.keys(`aisec:bench:limits:${process.pid}:*`);
  if (leftover.length > 0) await client.del(...leftover);
  client.disconnect();
  const counters = tokenCounters();
  line('usage of a 2 KB JSON answer (found without a full parse)', `${(counters.json / 1000).toFixed(2)} µs/answer`);
  line('one SSE event counted (parsed for usage and text)', `${(counters.sseEvent / 1000).toFixed(2)} µs/event`);
  const rt = await redisRoundTrips();
  line('Redis PING round trip (baseline), p10 / p50 / p99', `${pct(rt.ping, 0.1).toFixed(0)} / ${median(rt.ping).toFixed(0)} / ${pct(rt.ping, 0.99).toFixed(0)} µs`);
  line('Redis admission (Lua, 3 rules, rpm+tpm+concurrency), p10 / p50 / p99', `${pct(rt.admit, 0.1).toFixed(0)} / ${median(rt.admit).toFixed(0)} / ${pct(rt.admit, 0.99).toFixed(0)} µs`);
  line('Redis settlement (Lua, token delta + lease release), p10 / p50 / p99', `${pct(rt.settle, 0.1).toFixed(0)} / ${median(rt.settle).toFixed(0)} / ${pct(rt.settle, 0.99).toFixed(0)} µs`);
  const e2e = await endToEnd();
  const none = e2e['no limits']!;
  for (const [label, t] of Object.entries(e2e)) {
    const added = label === 'no limits' ? '' : ` (+${((t.p10 - none.p10) / 1000).toFixed(3)} / +${((t.p50 - none.p50) / 1000).toFixed(3)} ms)`;
    line(`end to end, sequential chat, ${label}, p10 / p50`, `${(t.p10 / 1000).toFixed(3)} / ${(t.p50 / 1000).toFixed(3)} ms${added}`);
  }
  console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}

await main();
