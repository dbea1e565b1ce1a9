/**
 * A request-rate limit: with `requestsPerMinute` r, request starts are spaced 60 000 / r ms
 * apart, in the order they asked, so no 60-second window ever holds more than r of them and
 * the endpoint sees an even load instead of bursts.
 */
import type { HarnessClock } from './clock.js';

/** Waits for a request slot. */
export interface RateLimiter {
  /** Resolve when the caller may send; rejects when `signal` aborts first. */
  acquire(signal: AbortSignal): Promise<void>;
}

/** A limiter for `requestsPerMinute` (unlimited when undefined or Infinity). */
export function createRateLimiter(requestsPerMinute: number | undefined, clock: HarnessClock): RateLimiter {
  if (requestsPerMinute === undefined || requestsPerMinute === Infinity) return { acquire: async () => undefined };
  const interval = 60_000 / requestsPerMinute;
  let nextAt = -Infinity;
  return {
    async acquire(signal) {
      const now = clock.now();
      const at = Math.max(now, nextAt);
      nextAt = at + interval;
      await clock.sleep(at - now, signal);
    },
  };
}
