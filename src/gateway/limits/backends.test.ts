import fc from 'fast-check';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision, Rule } from './decision.js';
import { LuaScript } from './lua-script.js';
import { MemoryBackend } from './memory-backend.js';
import { RedisBackend } from './redis-backend.js';
import { redisScope, type RedisScope } from './test-support/harness.js';
import { windowMs } from './window.js';

let scope: RedisScope;
beforeAll(async () => {
  scope = await redisScope();
});
afterAll(async () => {
  await scope.cleanup();
});

type Op = { kind: 'admit'; gap: number; rules: number[]; tokens: number } | { kind: 'settle'; gap: number; which: number; delta: number };

const ruleSet = (run: number): Rule[] => [
  { scope: 'key', id: `${run}:k:p.a`, requestsPerMinute: 6, tokensPerMinute: 500, concurrency: 3 },
  { scope: 'key-route', id: `${run}:kr:chat:p.a`, requestsPerMinute: 4, tokensPerMinute: 0, concurrency: 0 },
  { scope: 'route', id: `${run}:r:chat`, requestsPerMinute: 0, tokensPerMinute: 300, concurrency: 2 },
];

const gap = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 30_000 }));
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('admit' as const), gap, rules: fc.subarray([0, 1, 2], { minLength: 1 }), tokens: fc.integer({ min: -1, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('settle' as const), gap, which: fc.nat(), delta: fc.integer({ min: -400, max: 300 }) }) },
);

describe('memory and Redis backends', () => {
  it('take the same decisions on the same history (requests, tokens, concurrency, retry-after, header figures)', async () => {
    let run = 0;
    const seen = { admitted: 0, requests: 0, tokens: 0, concurrency: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 1e9 }), async (ops, start) => {
        run++;
        const all = ruleSet(run);
        const memory = new MemoryBackend(() => 0);
        const redis = new RedisBackend(scope.client, scope.prefix, 900_000);
        const admitted: { rules: Rule[]; bucket: number; tokens: number; lease: string }[] = [];
        let now = 1_700_000_000_000 + start;
        let n = 0;
        for (const step of ops) {
          now += step.gap;
          if (step.kind === 'admit') {
            const rules = step.rules.map((i) => all[i]!);
            const tokens = Math.min(step.tokens, ...rules.filter((r) => r.tokensPerMinute > 0).map((r) => r.tokensPerMinute));
            const input = { rules, tokens, lease: `l${++n}` };
            const a: Decision = memory.admit(input, now);
            const b: Decision = await redis.admit(input, now);
            expect(b).toEqual(a);
            if (a.ok) seen.admitted++;
            else seen[a.kind]++;
            if (a.ok) admitted.push({ rules, bucket: a.bucket, tokens, lease: input.lease });
          } else if (admitted.length > 0) {
            const [t] = admitted.splice(step.which % admitted.length, 1);
            const input = { rules: t!.rules, bucket: t!.bucket, tokenDelta: t!.tokens < 0 ? 0 : Math.max(step.delta, -t!.tokens), lease: t!.lease };
            memory.settle(input, now);
            await redis.settle(input, now);
          }
        }
      }),
      // A fixed seed: the histories below are known to reach every kind of refusal (checked after the property).
      { numRuns: 60, seed: 20261126 },
    );
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
