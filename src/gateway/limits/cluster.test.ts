import type { Cluster, Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseGatewayConfig } from '../config/load.js';
import { connectedClusterClient, redisServerPath, startRedisCluster, type TestRedisCluster } from '../test-support/redis-cluster.js';
import { ClusterBackend } from './cluster-backend.js';
import type { Rule } from './decision.js';
import { planOf, rulesFor } from './plan.js';
import { admitScript, RedisBackend } from './redis-backend.js';
import { chatBody, codeOf, get, limitsConfig, post, startLimitsGateways, waitFor, type Reply, type TestGateway } from './test-support/harness.js';
import { assertSameDecisions } from './test-support/same-decisions.js';
import { startUsageUpstream, type UsageUpstream } from './test-support/usage-upstream.js';
import { bucketMs, windowBuckets } from './window.js';

const title = redisServerPath === undefined ? 'limits on a Redis Cluster (skipped: redis-server is not installed on PATH)' : 'limits on a Redis Cluster (three primaries started by the test)';

describe.skipIf(redisServerPath === undefined)(title, () => {
  let cluster: TestRedisCluster;
  let client: Cluster;
  let run = 0;
  const prefix = (): string => `aisec:test:cl${++run}:`;

  beforeAll(async () => {
    cluster = await startRedisCluster();
    client = await connectedClusterClient(cluster.urls, 'aisec:test:');
  }, 60_000);
  afterAll(async () => {
    client?.disconnect();
    await cluster?.stop();
  });

  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length > 0) await cleanups.pop()!();
  });

  const redisSection = (urls: readonly string[], keyPrefix: string, commandTimeoutMs = 2000) =>
    `redis: { cluster: [${urls.map((u) => `"${u}"`).join(', ')}], keyPrefix: "${keyPrefix}", commandTimeoutMs: ${commandTimeoutMs}, connectTimeoutMs: 2000 }`;

  async function upstream(promptTokens?: number): Promise<UsageUpstream> {
    const up = await startUsageUpstream(promptTokens === undefined ? {} : { promptTokens });
    cleanups.push(() => up.close());
    return up;
  }

  const gateways = (n: number, text: string): Promise<TestGateway[]> => startLimitsGateways(n, text, cleanups);

  /** The node (host:port) that holds `key`. */
  async function ownerOf(c: Cluster, key: string): Promise<string> {
    const slot = Number(await c.cluster('KEYSLOT', key));
    return c.slots[slot]![0]!;
  }

  /** Sum of the request (or token) counts of a window hash. */
  async function counted(key: string, kind: 'r' | 't', on: Cluster = client): Promise<number> {
    const all = await on.hgetall(key);
    return Object.entries(all).reduce((sum, [field, value]) => (field.startsWith(`${kind}:`) ? sum + Number(value) : sum), 0);
  }

  const usageOf = (reply: Reply): number => (JSON.parse(reply.body) as { usage: { total_tokens: number } }).usage.total_tokens;
  const chat = (t: TestGateway): string => `${t.gw.url}/v1/chat/completions`;

  it('take the memory backend’s decisions on the same history, with each rule on its own node', async () => {
    const seen = await assertSameDecisions(new ClusterBackend(client, prefix(), 900_000), 60);
    expect(Object.values(seen).every((n) => n > 0)).toBe(true);
  });

  it('keeps the two keys of a rule in one slot, spreads rules over the nodes, and never raises CROSSSLOT (the single-server layout would)', async () => {
    const keyPrefix = prefix();
    const config = parseGatewayConfig('gateway.yaml', limitsConfig('http://127.0.0.1:9', '  perKey: { requestsPerMinute: 50 }\n  routes:\n    chat: { perKey: { requestsPerMinute: 20 }, total: { requestsPerMinute: 100, concurrency: 10 } }')).config;
    const backend = new ClusterBackend(client, keyPrefix, 60_000);
    const owners = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const rules = rulesFor(planOf(config.limits), 'chat', `tenant-${i}`);
      expect(rules.map((r) => r.scope)).toEqual(['key', 'key-route', 'route']);
      for (const rule of rules) {
        const [w, c] = backend.keys([rule]);
        expect(w).toBe(`${keyPrefix}lim:{${rule.id}}:w`);
        expect(await client.cluster('KEYSLOT', w!)).toBe(await client.cluster('KEYSLOT', c!));
        owners.add(await ownerOf(client, w!));
      }
      const decision = await backend.admit({ rules, tokens: -1, lease: `lease-${i}` });
      expect(decision.ok).toBe(true);
      await backend.settle({ rules, bucket: decision.ok ? decision.bucket : 0, tokenDelta: 0, lease: `lease-${i}` });
    }
    // Twenty callers' counters sit on every node: the cluster shares the load.
    expect(owners.size).toBe(3);
    // The route's concurrency slots were all given back.
    expect(await client.zcard(`${keyPrefix}lim:{r:chat}:c`)).toBe(0);
    // The keys one script would touch in the single-server layout are in several slots: the cluster refuses the call.
    const rules: readonly Rule[] = rulesFor(planOf(config.limits), 'chat', 'tenant-0');
    // (keys() does not use the client.)
    const single = new RedisBackend(client as unknown as Redis, keyPrefix, 60_000).keys(rules);
    expect(new Set(await Promise.all(single.map((k) => client.cluster('KEYSLOT', k)))).size).toBeGreaterThan(1);
    const args = [0, bucketMs, windowBuckets, -1, 'x', 60_000, ...rules.flatMap((r) => [r.requestsPerMinute, r.tokensPerMinute, r.concurrency])];
    await expect(admitScript.run(client, single, args)).rejects.toThrow(/CROSSSLOT/);
  });

  it('three gateways under a concurrent burst admit the token limit exactly (within 5 %), counted on the cluster', async () => {
    const up = await upstream(10);
    const keyPrefix = prefix();
    const limit = 3000;
    const replicas = await gateways(3, limitsConfig(up.url, `  perKey: { tokensPerMinute: ${limit} }`, redisSection(cluster.urls, keyPrefix)));
    // Each request reserves 40 chars / 4 = 10 + max_tokens 50 and uses 10 + 50: 50 fit.
    const burst = await Promise.all(Array.from({ length: 150 }, (_, i) => post(chat(replicas[i % 3]!), chatBody(), 'tenant')));
    const admitted = burst.filter((r) => r.status === 200);
    const tokens = admitted.reduce((sum, r) => sum + usageOf(r), 0);
    expect(burst.every((r) => r.status === 200 || r.status === 429)).toBe(true);
    expect(tokens).toBeLessThanOrEqual(limit * 1.05);
    expect(tokens).toBeGreaterThanOrEqual(limit * 0.95);
    expect(tokens).toBe(limit);
    expect(await counted(`${keyPrefix}lim:{k:p.tenant}:w`, 't')).toBe(limit);
    for (const r of replicas) expect(r.events.filter((e) => e.type === 'limits.backend-down')).toEqual([]);
    const health = JSON.parse((await get(`${replicas[0]!.gw.url}/healthz`)).body);
    expect(health.parts.limits).toMatchObject({ ready: true, detail: { backend: 'redis', up: true } });
  });

  it('a burst that meets a per-key and a route limit on different nodes: neither is exceeded, and refused requests leave no count behind', async () => {
    const up = await upstream();
    const keyPrefix = prefix();
    const replicas = await gateways(3, limitsConfig(up.url, '  perKey: { requestsPerMinute: 10 }\n  routes:\n    chat: { total: { requestsPerMinute: 25 } }', redisSection(cluster.urls, keyPrefix)));
    const keyOf = (who: string) => `${keyPrefix}lim:{k:p.${who}}:w`;
    const routeKey = `${keyPrefix}lim:{r:chat}:w`;
    // The callers' counters and the route's are not all on one node (each call is one slot).
    const nodes = new Set(await Promise.all([routeKey, keyOf('a'), keyOf('b'), keyOf('c')].map((k) => ownerOf(client, k))));
    expect(nodes.size).toBeGreaterThan(1);
    const callers = ['a', 'b', 'c'];
    const burst = await Promise.all(Array.from({ length: 60 }, (_, i) => post(chat(replicas[i % 3]!), chatBody(), callers[i % 3])));
    expect(burst.every((r) => r.status === 200 || r.status === 429)).toBe(true);
    const byCaller = callers.map((who, k) => burst.filter((r, i) => i % 3 === k && r.status === 200).length);
    const total = byCaller.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(25);
    for (const n of byCaller) expect(n).toBeLessThanOrEqual(10);
    // Every refusal names the rule that refused (which of the two refuses first depends on the
    // order the requests arrive in, so both are not always seen).
    const reasons = burst.filter((r) => r.status === 429).map((r) => JSON.parse(r.body).error.message as string);
    expect(reasons.length).toBe(60 - total);
    for (const m of reasons) expect(m.includes('for this caller.') || m.includes('this route')).toBe(true);
    // Every count in Redis is an admitted request: the rules that admitted a refused request gave it back.
    expect(await counted(routeKey, 'r')).toBe(total);
    for (const [k, who] of callers.entries()) expect(await counted(keyOf(who), 'r')).toBe(byCaller[k]);
    // So the route's room left is exactly what fresh callers, one at a time, get before the route refuses.
    let more = 0;
    for (let i = 0; i < 30; i++) {
      const reply = await post(chat(replicas[i % 3]!), chatBody(), `fresh-${i}`);
      if (reply.status !== 200) {
        expect(JSON.parse(reply.body).error.message).toContain('this route');
        break;
      }
      more++;
    }
    expect(total + more).toBe(25);
  });

  it('a node killed: the fail-closed gateway refuses with 503, the fail-open one admits under memory limits, and health says so; back when the node is', async () => {
    const own = await startRedisCluster();
    cleanups.push(() => own.stop());
    const up = await upstream();
    const keyPrefix = prefix();
    const section = redisSection(own.urls, keyPrefix, 500);
    const [closed] = await gateways(1, limitsConfig(up.url, '  perKey: { requestsPerMinute: 1000 }\n  onBackendFailure: fail-closed', section));
    const [open] = await gateways(1, limitsConfig(up.url, '  perKey: { requestsPerMinute: 1000 }\n  onBackendFailure: fail-open', section));
    // A caller whose counter is on node 0, and one whose counter is elsewhere.
    const inspect = await connectedClusterClient(own.urls, keyPrefix);
    cleanups.push(async () => void inspect.disconnect());
    const node0 = `127.0.0.1:${own.ports[0]}`;
    let victim: string | undefined;
    let other: string | undefined;
    for (let i = 0; (victim === undefined || other === undefined) && i < 200; i++) {
      const owner = await ownerOf(inspect, `${keyPrefix}lim:{k:p.t${i}}:w`);
      if (owner === node0) victim ??= `t${i}`;
      else other ??= `t${i}`;
    }
    expect([victim, other].every((v) => v !== undefined)).toBe(true);
    for (const t of [closed!, open!]) for (const who of [victim!, other!]) expect((await post(chat(t), chatBody(), who)).status).toBe(200);

    await own.kill(0);
    const refused = await post(chat(closed!), chatBody(), victim);
    expect(refused.status).toBe(503);
    expect(codeOf(refused)).toBe('ERR_LIMITS_BACKEND');
    // Down as a whole: a caller whose counter is on a live node is refused too (no partial counting).
    expect((await post(chat(closed!), chatBody(), other)).status).toBe(503);
    expect((await post(chat(open!), chatBody(), victim)).status).toBe(200);
    expect((await post(chat(open!), chatBody(), other)).status).toBe(200);
    // Probes (every 500 ms) keep finding the node gone.
    await new Promise((r) => setTimeout(r, 1200));
    const closedHealth = JSON.parse((await get(`${closed!.gw.url}/healthz`)).body);
    expect(closedHealth.parts.limits).toMatchObject({ ready: false, detail: { backend: 'redis', up: false, policy: 'fail-closed', reason: 'connection', effect: 'requests refused' } });
    expect((await get(`${closed!.gw.url}/readyz`)).status).toBe(503);
    expect(closed!.events.find((e) => e.type === 'limits.backend-down')?.severity).toBe('critical');
    const openHealth = JSON.parse((await get(`${open!.gw.url}/healthz`)).body);
    expect(openHealth.parts.limits).toMatchObject({ ready: true, detail: { backend: 'redis', up: false, policy: 'fail-open', effect: 'per-replica memory limits' } });
    expect((await get(`${open!.gw.url}/readyz`)).status).toBe(200);
    const metrics = (await get(`${open!.gw.url}/metrics`)).body;
    expect(metrics).toContain('aisec_gateway_limits_backend_up{backend="redis",policy="fail-open"} 0');
    expect(metrics).toMatch(/aisec_gateway_limits_admitted_total\{backend="fallback"\} [1-9]/);
    expect(open!.events.filter((e) => e.type === 'limits.backend-down')).toHaveLength(1);
    expect(open!.events.filter((e) => e.type === 'limits.backend-up')).toHaveLength(0);
    await waitFor(async () => (await post(chat(closed!), chatBody(), other)).status === 503, 1000);

    // The node back (with its slots): the probe finds every slot's primary again and both count in Redis.
    await own.restart(0);
    await waitFor(() => [closed!, open!].every((t) => t.events.some((e) => e.type === 'limits.backend-up')), 15_000);
    for (const t of [closed!, open!]) for (const who of [victim!, other!]) expect((await post(chat(t), chatBody(), who)).status).toBe(200);
    expect(JSON.parse((await get(`${closed!.gw.url}/healthz`)).body).parts.limits).toMatchObject({ ready: true, detail: { up: true, policy: 'fail-closed' } });
    expect((await get(`${closed!.gw.url}/readyz`)).status).toBe(200);
    // The node restarted empty (no persistence in the test): the two requests just made are counted there.
    expect(await counted(`${keyPrefix}lim:{k:p.${victim}}:w`, 'r', inspect)).toBe(2);
  }, 60_000);
});
