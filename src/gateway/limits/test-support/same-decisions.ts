/**
 * The property both shared backends (one Redis server, a Redis Cluster) are held to: on any
 * history of admissions and settlements, on fixed clocks, they take the memory backend's
 * decisions (requests, tokens, concurrency, retry-after, header figures).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Decision, Rule } from '../decision.js';
import { MemoryBackend } from '../memory-backend.js';
import type { SharedLimits } from '../redis-backend.js';

type Op = { kind: 'admit'; gap: number; rules: number[]; tokens: number } | { kind: 'settle'; gap: number; which: number; delta: number };

/** Three rules of one caller on one route (ids unique per run, so runs do not share counters). */
export const ruleSet = (run: number): Rule[] => [
  { scope: 'key', id: `${run}:k:p.a`, requestsPerMinute: 6, tokensPerMinute: 500, concurrency: 3 },
  { scope: 'key-route', id: `${run}:kr:chat:p.a`, requestsPerMinute: 4, tokensPerMinute: 0, concurrency: 0 },
  { scope: 'route', id: `${run}:r:chat`, requestsPerMinute: 0, tokensPerMinute: 300, concurrency: 2 },
];

const gap = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 30_000 }));
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('admit' as const), gap, rules: fc.subarray([0, 1, 2], { minLength: 1 }), tokens: fc.integer({ min: -1, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('settle' as const), gap, which: fc.nat(), delta: fc.integer({ min: -400, max: 300 }) }) },
);

/**
 * Run `numRuns` random histories through `shared` and a memory backend side by side, expecting
 * equal decisions; returns how many admissions and refusals of each kind the histories reached.
 */
export async function assertSameDecisions(shared: SharedLimits, numRuns: number): Promise<{ admitted: number; requests: number; tokens: number; concurrency: number }> {
  let run = 0;
  const seen = { admitted: 0, requests: 0, tokens: 0, concurrency: 0 };
  const prefix = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 1e9 }), async (ops, start) => {
      run++;
      const all = ruleSet(run).map((r) => ({ ...r, id: `${prefix}:${r.id}` }));
      const memory = new MemoryBackend(() => 0);
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
          const b: Decision = await shared.admit(input, now);
          expect(b).toEqual(a);
          if (a.ok) seen.admitted++;
          else seen[a.kind]++;
          if (a.ok) admitted.push({ rules, bucket: a.bucket, tokens, lease: input.lease });
        } else if (admitted.length > 0) {
          const [t] = admitted.splice(step.which % admitted.length, 1);
          const input = { rules: t!.rules, bucket: t!.bucket, tokenDelta: t!.tokens < 0 ? 0 : Math.max(step.delta, -t!.tokens), lease: t!.lease };
          memory.settle(input, now);
          await shared.settle(input, now);
        }
      }
    }),
    // A fixed seed: the histories are known to reach every kind of refusal (the caller checks the counts).
    { numRuns, seed: 20261126 },
  );
  return seen;
}
