import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rule } from './decision.js';
import { MemoryBackend } from './memory-backend.js';
import { bucketMs, windowMs } from './window.js';

const rule = (over: Partial<Rule> = {}): Rule => ({ scope: 'key', id: 'k:p.a', requestsPerMinute: 0, tokensPerMinute: 0, concurrency: 0, ...over });

/** Times (ms) of a run: gaps from 0 to 20 s between steps. */
const gaps = (n: number) => fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: n });

/** The largest total of `events` (time, amount) inside any window of windowMs (half-open). */
function worstWindow(events: { at: number; amount: number }[]): number {
  let worst = 0;
  for (const start of events) {
    let total = 0;
    for (const e of events) if (e.at >= start.at && e.at < start.at + windowMs) total += e.amount;
    worst = Math.max(worst, total);
  }
  return worst;
}

describe('window arithmetic (memory backend)', () => {
  it('never admits more requests than the limit in any 60-second window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), gaps(300), fc.integer({ min: 0, max: 1e6 }), (limit, steps, start) => {
        const backend = new MemoryBackend(() => 0);
        const rules = [rule({ requestsPerMinute: limit })];
        const admitted: { at: number; amount: number }[] = [];
        let now = start;
        for (const gap of steps) {
          now += gap;
          if (backend.admit({ rules, tokens: -1, lease: '' }, now).ok) admitted.push({ at: now, amount: 1 });
        }
        expect(worstWindow(admitted)).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 300 },
    );
  });

  it('never admits more tokens than the limit in any window when answers use at most their reservation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 5000 }),
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 15_000 }), reserve: fc.integer({ min: 0, max: 800 }), used: fc.double({ min: 0, max: 1, noNaN: true }), settleAfter: fc.integer({ min: 0, max: 90_000 }) }), { minLength: 1, maxLength: 120 }),
        (limit, steps) => {
          const backend = new MemoryBackend(() => 0);
          const rules = [rule({ tokensPerMinute: limit })];
          const charged: { at: number; amount: number }[] = [];
          const settles: { at: number; bucket: number; delta: number }[] = [];
          let now = 0;
          for (const step of steps) {
            now += step.gap;
            // Settle everything due before this admission, in time order.
            settles.sort((a, b) => a.at - b.at);
            while (settles.length > 0 && settles[0]!.at <= now) {
              const s = settles.shift()!;
              backend.settle({ rules, bucket: s.bucket, tokenDelta: s.delta, lease: '' }, s.at);
            }
            const tokens = Math.min(step.reserve, limit);
            const decision = backend.admit({ rules, tokens, lease: '' }, now);
            if (!decision.ok) continue;
            const actual = Math.floor(tokens * step.used);
            charged.push({ at: now, amount: actual });
            settles.push({ at: now + step.settleAfter, bucket: decision.bucket, delta: actual - tokens });
          }
          expect(worstWindow(charged)).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('admits a refused request exactly when its retry-after has passed, not a millisecond before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), gaps(60), (limit, steps) => {
        const backend = new MemoryBackend(() => 0);
        const rules = [rule({ requestsPerMinute: limit })];
        let now = 1_000_000;
        for (const gap of steps) {
          now += gap;
          const d = backend.admit({ rules, tokens: -1, lease: '' }, now);
          if (d.ok) continue;
          expect(d.kind).toBe('requests');
          expect(d.retryAfterMs).toBeGreaterThan(0);
          expect(d.retryAfterMs).toBeLessThanOrEqual(windowMs + bucketMs);
          // A probe backend with the same history would admit at now + retry; check on a copy by replay.
          expect(backend.admit({ rules, tokens: -1, lease: '' }, now + d.retryAfterMs - 1).ok).toBe(false);
          expect(backend.admit({ rules, tokens: -1, lease: '' }, now + d.retryAfterMs).ok).toBe(true);
          return;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts each scope on its own and refuses on the first rule that is full, counting nothing', () => {
    const backend = new MemoryBackend(() => 0);
    const key = rule({ id: 'k:p.a', requestsPerMinute: 5 });
    const route = rule({ scope: 'route', id: 'r:chat', requestsPerMinute: 2 });
    const now = 10_000_000;
    expect(backend.admit({ rules: [key, route], tokens: -1, lease: '' }, now).ok).toBe(true);
    expect(backend.admit({ rules: [key, route], tokens: -1, lease: '' }, now).ok).toBe(true);
    const refused = backend.admit({ rules: [key, route], tokens: -1, lease: '' }, now);
    expect(refused).toMatchObject({ ok: false, rule: 1, kind: 'requests' });
    // The refusal took nothing from the key's own counter: three more fit under its 5.
    for (let i = 0; i < 3; i++) expect(backend.admit({ rules: [key], tokens: -1, lease: '' }, now).ok).toBe(true);
    expect(backend.admit({ rules: [key], tokens: -1, lease: '' }, now).ok).toBe(false);
  });

  it('holds concurrency slots until settled, and tells the tightest remaining figures', () => {
    const backend = new MemoryBackend(() => 0);
    const rules = [rule({ requestsPerMinute: 10, tokensPerMinute: 1000, concurrency: 2 }), rule({ scope: 'route', id: 'r:x', requestsPerMinute: 4 })];
    const now = 5_000_000;
    const a = backend.admit({ rules, tokens: 100, lease: 'a' }, now);
    expect(a).toMatchObject({ ok: true, figures: { requestsLimit: 4, requestsRemaining: 3, tokensLimit: 1000, tokensRemaining: 900 } });
    const b = backend.admit({ rules, tokens: 100, lease: 'b' }, now);
    expect(b.ok).toBe(true);
    expect(backend.admit({ rules, tokens: 100, lease: 'c' }, now)).toMatchObject({ ok: false, kind: 'concurrency' });
    if (!a.ok) throw new Error('admitted');
    backend.settle({ rules, bucket: a.bucket, tokenDelta: -60, lease: 'a' }, now + 10);
    const c = backend.admit({ rules, tokens: 100, lease: 'c' }, now + 20);
    expect(c).toMatchObject({ ok: true, figures: { tokensRemaining: 1000 - 40 - 100 - 100 } });
  });

  it('refuses a token request when the window is full even with nothing reserved, and not before', () => {
    const backend = new MemoryBackend(() => 0);
    const rules = [rule({ tokensPerMinute: 100 })];
    const now = 7_000_000;
    const first = backend.admit({ rules, tokens: 0, lease: '' }, now);
    if (!first.ok) throw new Error('admitted');
    backend.settle({ rules, bucket: first.bucket, tokenDelta: 99, lease: '' }, now);
    expect(backend.admit({ rules, tokens: 0, lease: '' }, now).ok).toBe(true);
    backend.settle({ rules, bucket: first.bucket, tokenDelta: 1, lease: '' }, now);
    expect(backend.admit({ rules, tokens: 0, lease: '' }, now)).toMatchObject({ ok: false, kind: 'tokens' });
    // A request that uses no tokens (a model list, a predict route) is not held back by a token limit.
    expect(backend.admit({ rules, tokens: -1, lease: '' }, now).ok).toBe(true);
  });

  it('drops idle counters after a window so memory stays bounded', () => {
    const backend = new MemoryBackend(() => 0);
    for (let i = 0; i < 100; i++) backend.admit({ rules: [rule({ id: `k:p.${i}`, requestsPerMinute: 1 })], tokens: -1, lease: '' }, 1_000_000);
    expect(backend.size).toBe(100);
    backend.admit({ rules: [rule({ id: 'k:p.new', requestsPerMinute: 1 })], tokens: -1, lease: '' }, 1_000_000 + 2 * windowMs);
    expect(backend.size).toBe(1);
  });
});
