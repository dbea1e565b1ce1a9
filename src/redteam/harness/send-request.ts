/**
 * One request of an attempt, as the harness sends it: a rate-limit slot first, a timeout per
 * try (the request's signal aborts with ERR_ENDPOINT_TIMEOUT), and retries of retryable
 * failures (timeouts, 429, 5xx, broken connections) with exponential backoff and jitter, or the
 * wait the endpoint asked for (Retry-After), both capped. Cancelling the run aborts the request
 * in flight at once, even when a target ignores its signal.
 */
import { AisecError } from '../../core/errors.js';
import { isRetryable, retryAfterOf } from '../targets/endpoint-errors.js';
import type { ChatReply, ChatRequest, Target } from '../types.js';
import { abortReason, type HarnessClock } from './clock.js';
import type { RateLimiter } from './rate-limiter.js';

/** First backoff before a retry; doubles with each retry. */
export const backoffBaseMs = 1000;
/** Longest backoff between two tries. */
export const backoffMaxMs = 30_000;
/** Longest Retry-After wait honoured; a longer one is cut to this. */
export const retryAfterMaxMs = 60_000;

/** What every request of a run shares. */
export interface RequestContext {
  readonly target: Target;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly limiter: RateLimiter;
  readonly clock: HarnessClock;
  /** The run's signal (cancellation and deadline). */
  readonly signal: AbortSignal;
  /** Counts every request sent, retries included. */
  readonly counter: { requests: number };
}

/** Send `request` with the run's limits; rejects with the last error when the retries are spent. */
export async function sendWithRetries(context: RequestContext, request: Omit<ChatRequest, 'signal'>, random: () => number): Promise<ChatReply> {
  for (let attempt = 0; ; attempt++) {
    await context.limiter.acquire(context.signal);
    try {
      return await sendOnce(context, request);
    } catch (error) {
      if (context.signal.aborted) throw abortReason(context.signal);
      if (attempt >= context.retries || !isRetryable(error)) throw error;
      const backoff = Math.min(backoffMaxMs, backoffBaseMs * 2 ** attempt) * (0.5 + 0.5 * random());
      const asked = retryAfterOf(error);
      await context.clock.sleep(asked === undefined ? backoff : Math.min(asked, retryAfterMaxMs), context.signal);
    }
  }
}

async function sendOnce(context: RequestContext, request: Omit<ChatRequest, 'signal'>): Promise<ChatReply> {
  const { target, timeoutMs, signal: run } = context;
  if (run.aborted) throw abortReason(run);
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new AisecError('ERR_ENDPOINT_TIMEOUT', `${target.label}: no answer within ${timeoutMs} ms; check that the endpoint is up, or raise the timeout`, { details: { retryable: true } }));
  }, timeoutMs);
  const onRun = (): void => controller.abort(abortReason(run));
  run.addEventListener('abort', onRun, { once: true });
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(controller.signal.reason as Error);
    controller.signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    context.counter.requests++;
    return await Promise.race([target.send({ ...request, signal: controller.signal }), aborted]);
  } finally {
    clearTimeout(timer);
    run.removeEventListener('abort', onRun);
    controller.signal.removeEventListener('abort', onAbort!);
  }
}
