import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rule } from './decision.js';
import { LuaScript } from './lua-script.js';
import { RedisBackend } from './redis-backend.js';
import { redisScope, type RedisScope } from './test-support/harness.js';
import { assertSameDecisions } from './test-support/same-decisions.js';
import { windowMs } from './window.js';

let scope: RedisScope;
beforeAll(async () => {
  scope = await redisScope();
});
afterAll(async () => {
  await scope.cleanup();
});

describe('memory and Redis backends', () => {
  it('take the same decisions on the same history (requests, tokens, concurrency, retry-after, header figures)', async () => {
    const seen = await assertSameDecisions(new RedisBackend(scope.client, scope.prefix, 900_000), 60);
    // The histories reached every kind of refusal, not only admissions.
    expect(Object.values(seen).every((n) => n > 0)).toBe(true);
  });

  it('keys expire: every key written has a time to live of about a window (or the lease time)', async () => {
    const redis = new RedisBackend(scope.client, `${scope.prefix}ttl:`, 30_000);
    const rules: Rule[] = [{ scope: 'key', id: 'k:p.ttl', requestsPerMinute: 5, tokensPerMinute: 100, concurrency: 2 }];
    const d = await redis.admit({ rules, tokens: 10, lease: 'x' });
    expect(d.ok).toBe(true);
    const [w, c] = redis.keys(rules);
    const ttlW = await scope.client.pttl(w!);
    const ttlC = await scope.client.pttl(c!);
    expect(ttlW).toBeGreaterThan(windowMs);
    expect(ttlW).toBeLessThanOrEqual(windowMs + 10_000);
    expect(ttlC).toBeGreaterThan(25_000);
    expect(ttlC).toBeLessThanOrEqual(35_000);
  });

  it('an expired concurrency lease frees its slot (a replica that died holding it)', async () => {
    const redis = new RedisBackend(scope.client, `${scope.prefix}lease:`, 1_000);
    const rules: Rule[] = [{ scope: 'key', id: 'k:p.lease', requestsPerMinute: 0, tokensPerMinute: 0, concurrency: 1 }];
    const now = 1_800_000_000_000;
    expect((await redis.admit({ rules, tokens: -1, lease: 'dead' }, now)).ok).toBe(true);
    expect(await redis.admit({ rules, tokens: -1, lease: 'next' }, now + 500)).toMatchObject({ ok: false, kind: 'concurrency' });
    expect((await redis.admit({ rules, tokens: -1, lease: 'next' }, now + 1_001)).ok).toBe(true);
  });

  it('runs a script unknown to the server by sending it whole, then by its SHA-1', async () => {
    const script = new LuaScript(`-- ${scope.prefix}${Date.now()}\nreturn ARGV[1] + 1`);
    const monitor = new Redis((scope.client.options as { port: number }).port, '127.0.0.1');
    try {
      expect(await monitor.script('EXISTS', script.sha)).toEqual([0]);
      expect(await script.run(monitor, [], [41])).toBe(42);
      expect(await monitor.script('EXISTS', script.sha)).toEqual([1]);
      expect(await script.run(monitor, [], [1])).toBe(2);
    } finally {
      monitor.disconnect();
    }
  });
});
