import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.js';
import { startClassifierUpstream, type ClassifierUpstream } from '../../../test/helpers/classifier-upstream.js';
import { parseGatewayConfig } from '../config/load.js';
import { createRedisClient } from '../server/redis-client.js';
import { connectAll } from '../server/redis-probe.js';
import { startGateway, type Gateway } from '../server/gateway.js';
import { redisServerPath, startRedisCluster, type TestRedisCluster } from '../test-support/redis-cluster.js';
import { createControlPart } from './part.js';
import { setModelControl } from './set-control.js';
import { testIdentityPart } from './test-support/identity-part.js';

const title = redisServerPath === undefined ? 'control on a Redis Cluster (skipped: redis-server is not installed on PATH)' : 'control on a Redis Cluster (three primaries started by the test)';

describe.skipIf(redisServerPath === undefined)(title, () => {
  let cluster: TestRedisCluster;
  let up: ClassifierUpstream;
  let dir: string;
  beforeAll(async () => {
    [cluster, up, dir] = await Promise.all([startRedisCluster(), startClassifierUpstream(), mkdtemp(path.join(os.tmpdir(), 'aisec-control-cluster-'))]);
  }, 60_000);
  afterAll(async () => {
    await up?.close();
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
  });

  const config = (database: string, keyPrefix: string): string => `
listen: { port: 0 }
upstreams:
  - { name: model, url: "${up.url}" }
routes:
  - { id: credit-route, kind: predict, model: credit, upstream: model, path: /classify }
state: { database: "${database}" }
control: { pollMs: 10000 }
redis: { cluster: [${cluster.urls.map((u) => `"${u}"`).join(', ')}], keyPrefix: "${keyPrefix}", connectTimeoutMs: 2000, commandTimeoutMs: 1000 }
`;

  async function start(text: string): Promise<Gateway> {
    const gw = await startGateway({ loaded: parseGatewayConfig(path.join(dir, 'gateway.yaml'), text), parts: [testIdentityPart, createControlPart], log: () => undefined });
    cleanups.push(() => gw.close(100));
    return gw;
  }

  async function call(gw: Gateway, method: string, url: string, body: unknown, principal: string): Promise<number> {
    const res = await fetch(`${gw.url}${url}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${principal}` }, body: JSON.stringify(body) });
    await res.arrayBuffer();
    return res.status;
  }
  const predict = (gw: Gateway): Promise<number> => call(gw, 'POST', '/predict/credit', { p: [0.9, 0.05, 0.05] }, 'alice');

  /** Milliseconds until `check` holds (polled every 10 ms), or an error after `limitMs`. */
  async function within(check: () => Promise<boolean>, limitMs: number): Promise<number> {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > limitMs) throw new Error(`condition not met within ${limitMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return Date.now() - started;
  }

  it('a kill switch set on one replica reaches the other through the cluster within one second (its store poll is 10 s)', async () => {
    const database = path.join(dir, 'state-a.db');
    const text = config(database, 'aisec:test:ctl:');
    const [a, b, c] = [await start(text), await start(text), await start(text)];
    const redisOf = (gw: Gateway) => gw.parts.find((p) => p.id === 'control')!.health!().detail.redis;
    await within(async () => [a, b, c].every((gw) => redisOf(gw) === 'subscribed'), 5000);
    for (const gw of [a, b, c]) expect(await predict(gw)).toBe(200);
    expect(await call(a, 'POST', '/admin/models/credit/disable', { reason: 'drill' }, 'admin')).toBe(200);
    expect(await predict(a)).toBe(503);
    const reached = await within(async () => (await predict(b)) === 503 && (await predict(c)) === 503, 1000);
    expect(reached).toBeLessThan(1000);

    // A change written by another process (the CLI, a playbook) through a cluster client of its own.
    const store: Store = await openStore({ sqlitePath: database });
    cleanups.push(() => store.close());
    const bus = createRedisClient({ cluster: [...cluster.urls], keyPrefix: 'aisec:test:ctl:', connectTimeoutMs: 2000, commandTimeoutMs: 1000 }, { lazyConnect: true });
    bus.on('error', () => undefined);
    await connectAll(bus);
    cleanups.push(async () => void bus.disconnect());
    const changed = await setModelControl(store, { redis: bus, keyPrefix: 'aisec:test:ctl:' }, 'credit', 'enabled', { actor: 'cli:test' });
    expect(changed.published).toBe(true);
    const back = await within(async () => (await predict(a)) === 200 && (await predict(b)) === 200 && (await predict(c)) === 200, 1000);
    expect(back).toBeLessThan(1000);
  });
});
