/**
 * Signals that follow one parent signal (the run's) through a single listener on the parent,
 * however many are open at once. Each attempt in flight waits on its own follower (rate-limit
 * slot, retry backoff, request, document folder), so the run's signal holds one listener instead
 * of one per attempt in flight, and a follower's own listeners go away with the attempt.
 */

/** A signal that aborts with the parent's reason; `release` stops following (call it when the work ends). */
export interface Follower {
  readonly signal: AbortSignal;
  release(): void;
}

/** Makes followers of one parent signal. */
export interface AbortFollowers {
  follow(): Follower;
  /** Remove the listener from the parent; followers still open stay as they are. */
  dispose(): void;
}

/** Followers of `parent`. */
export function createAbortFollowers(parent: AbortSignal): AbortFollowers {
  const open = new Set<AbortController>();
  const onAbort = (): void => {
    for (const controller of open) controller.abort(parent.reason);
    open.clear();
  };
  parent.addEventListener('abort', onAbort, { once: true });
  return {
    follow() {
      const controller = new AbortController();
      if (parent.aborted) controller.abort(parent.reason);
      else open.add(controller);
      return { signal: controller.signal, release: () => void open.delete(controller) };
    },
    dispose() {
      parent.removeEventListener('abort', onAbort);
      open.clear();
    },
  };
}
