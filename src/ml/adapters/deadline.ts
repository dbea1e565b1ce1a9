/**
 * Wait for a promise, but no longer than a deadline and no longer than a signal allows: the
 * local adapters' guarantee that a call to a model never hangs its caller.
 */
import { AisecError } from '../../core/errors.js';

/**
 * Resolve as `work` does, or reject with `onTimeout()` after `ms` milliseconds, or with
 * ERR_ABORTED as soon as `signal` aborts. The timer is cleared either way; `work` itself is not
 * stopped (the caller stops what it can, e.g. kills a process).
 */
export function within<T>(work: Promise<T>, ms: number, onTimeout: () => AisecError, signal?: AbortSignal, what = 'the call'): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortError(signal, what));
  return new Promise<T>((resolve, reject) => {
    const timer = Number.isFinite(ms) ? setTimeout(() => finish(() => reject(onTimeout())), ms) : undefined;
    const onAbort = (): void => finish(() => reject(abortError(signal!, what)));
    signal?.addEventListener('abort', onAbort, { once: true });
    let done = false;
    function finish(settle: () => void): void {
      if (done) return;
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    }
    work.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}

/** ERR_ABORTED for a cancelled call (the signal's reason when it is already an AisecError). */
export function abortError(signal: AbortSignal, what: string): AisecError {
  const reason: unknown = signal.reason;
  if (reason instanceof AisecError) return reason;
  return new AisecError('ERR_ABORTED', `${what} was cancelled`, { cause: reason });
}
