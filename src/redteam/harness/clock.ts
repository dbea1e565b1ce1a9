/**
 * The time source of the harness's waits (rate limit slots, retry backoff): real time by
 * default, a virtual clock in tests so that waits are counted instead of waited for. Request
 * timeouts and the run deadline always use real timers.
 */
import { setTimeout as sleepReal } from 'node:timers/promises';
import { AisecError, isAisecError } from '../../core/errors.js';

/** A clock the harness waits on. */
export interface HarnessClock {
  /** Milliseconds on a monotonic scale. */
  now(): number;
  /** Resolve after `ms` milliseconds; reject with the signal's reason (or ERR_ABORTED) when it aborts first. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

/** The real clock (performance.now and timers). */
export const realClock: HarnessClock = Object.freeze({
  now: () => performance.now(),
  async sleep(ms: number, signal: AbortSignal): Promise<void> {
    if (ms <= 0) {
      if (signal.aborted) throw abortReason(signal);
      return;
    }
    try {
      await sleepReal(ms, undefined, { signal });
    } catch {
      throw abortReason(signal);
    }
  },
});

/** The error to throw when `signal` has aborted: its reason when that is an AisecError, else ERR_ABORTED. */
export function abortReason(signal: AbortSignal): AisecError {
  const reason: unknown = signal.reason;
  if (isAisecError(reason)) return reason;
  return new AisecError('ERR_ABORTED', 'the red-team run was cancelled', { cause: reason });
}
