import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../test-support/virtual-clock.js';
import { createRateLimiter } from './rate-limiter.js';

describe('createRateLimiter', () => {
  it('spaces slots 60 000 / r ms apart in the order they were asked for', async () => {
    const clock = createVirtualClock();
    const limiter = createRateLimiter(120, clock);
    const signal = new AbortController().signal;
    const times: number[] = [];
    await Promise.all(Array.from({ length: 5 }, () => limiter.acquire(signal).then(() => times.push(clock.now()))));
    expect(times).toEqual([0, 500, 1000, 1500, 2000]);
  });

  it('does not bank unused time: after a pause the next slot is immediate, the one after spaced', async () => {
    const clock = createVirtualClock();
    const limiter = createRateLimiter(60, clock);
    const signal = new AbortController().signal;
    await limiter.acquire(signal);
    await clock.sleep(10_000, signal);
    const start = clock.now();
    await limiter.acquire(signal);
    expect(clock.now()).toBe(start);
    await limiter.acquire(signal);
    expect(clock.now()).toBe(start + 1000);
  });

  it('never waits without a rate, and gives up waiting on abort', async () => {
    const clock = createVirtualClock();
    const free = createRateLimiter(undefined, clock);
    const signal = new AbortController().signal;
    for (let i = 0; i < 100; i++) await free.acquire(signal);
    expect(clock.sleeps).toEqual([]);
    const limited = createRateLimiter(1, clock);
    const controller = new AbortController();
    await limited.acquire(controller.signal);
    const waiting = limited.acquire(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'ERR_ABORTED' });
  });
});
