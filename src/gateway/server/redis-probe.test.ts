import type { Cluster } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisServerPath, startRedisCluster, type TestRedisCluster } from '../test-support/redis-cluster.js';
import { createRedisClient } from './redis-client.js';
import { connectAll, probe } from './redis-probe.js';

describe.skipIf(redisServerPath === undefined)('connecting a cluster client (three primaries started by the test)', () => {
  let cluster: TestRedisCluster;
  beforeAll(async () => {
    cluster = await startRedisCluster();
  }, 60_000);
  afterAll(async () => cluster?.stop());

  const client = (): Cluster => {
    const c = createRedisClient({ cluster: [...cluster.urls], keyPrefix: 'aisec:test:probe:', connectTimeoutMs: 2000, commandTimeoutMs: 2000 }, { lazyConnect: true }) as Cluster;
    c.on('error', () => undefined);
    return c;
  };
  const burst = async (c: Cluster): Promise<string[]> => {
    const settled = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => c.incr(`k${i}`)));
    return settled.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
  };

  it('connect() alone: concurrent first commands to nodes still connecting fail ("Connection is closed")', async () => {
    const c = client();
    try {
      await c.connect();
      const failed = await burst(c);
      expect(failed.length).toBeGreaterThan(0);
      expect(failed[0]).toMatch(/Connection is closed/);
    } finally {
      c.disconnect();
    }
  });

  it('connectAll(): every primary is connected first, and no command of the same burst fails', async () => {
    const c = client();
    try {
      await connectAll(c);
      expect(await burst(c)).toEqual([]);
      await expect(probe(c)).resolves.toBeDefined();
    } finally {
      c.disconnect();
    }
  });

  it('probe() fails when a primary is gone', async () => {
    const own = await startRedisCluster();
    const c = createRedisClient({ cluster: [...own.urls], keyPrefix: 'aisec:test:probe:', connectTimeoutMs: 500, commandTimeoutMs: 500 }, { lazyConnect: true, retryStrategy: () => null }) as Cluster;
    c.on('error', () => undefined);
    try {
      await connectAll(c);
      await own.kill(1);
      await expect(probe(c)).rejects.toThrow(/Connection|closed|timed out|ECONNREFUSED/i);
    } finally {
      c.disconnect();
      await own.stop();
    }
  }, 60_000);
});
