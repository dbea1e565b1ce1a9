/**
 * At most `limit` tasks running at once, the rest waiting in order. Waiting stops when the
 * task's signal aborts, so a cancelled call never holds or waits for a slot.
 */

/** Runs tasks with a bound on how many run at once. */
export interface ConcurrencyLimit {
  run<T>(task: () => Promise<T>, signal: AbortSignal): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
}

/** A limit of `limit` tasks at once. */
export function concurrencyLimit(limit: number): ConcurrencyLimit {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a concurrency limit is a whole number ≥ 1, not ${limit}`);
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    active--;
    waiting.shift()?.();
  };
  const acquire = (signal: AbortSignal): Promise<void> => {
    if (signal.aborted) return Promise.reject(signal.reason as Error);
    if (active < limit) {
      active++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const wake = (): void => {
        signal.removeEventListener('abort', onAbort);
        active++;
        resolve();
      };
      const onAbort = (): void => {
        const at = waiting.indexOf(wake);
        if (at >= 0) waiting.splice(at, 1);
        reject(signal.reason as Error);
      };
      waiting.push(wake);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  };
  return {
    async run(task, signal) {
      await acquire(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
  };
}
