import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from './concurrency-limit.js';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

describe('concurrencyLimit', () => {
  it('runs at most `limit` tasks at once, the rest in order', async () => {
    const limit = concurrencyLimit(2);
    const signal = new AbortController().signal;
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        limit.run(async () => {
          order.push(i);
          most = Math.max(most, ++running);
          await tick();
          running--;
        }, signal),
      ),
    );
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(limit.active).toBe(0);
  });

  it('frees the slot of a task that fails', async () => {
    const limit = concurrencyLimit(1);
    const signal = new AbortController().signal;
    await expect(limit.run(() => Promise.reject(new Error('x')), signal)).rejects.toThrow('x');
    expect(await limit.run(() => Promise.resolve(7), signal)).toBe(7);
  });

  it('stops waiting when the signal aborts, and never runs the task', async () => {
    const limit = concurrencyLimit(1);
    let release!: () => void;
    const first = limit.run(() => new Promise<void>((resolve) => (release = resolve)), new AbortController().signal);
    const control = new AbortController();
    let ran = false;
    const second = limit.run(async () => {
      ran = true;
    }, control.signal);
    control.abort(new Error('stop'));
    await expect(second).rejects.toThrow('stop');
    release();
    await first;
    expect(ran).toBe(false);
    expect(limit.active).toBe(0);
    await expect(limit.run(async () => undefined, control.signal)).rejects.toThrow('stop');
  });

  it('refuses a limit below one', () => {
    expect(() => concurrencyLimit(0)).toThrow(RangeError);
  });
});
