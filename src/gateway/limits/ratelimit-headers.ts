/**
 * The x-ratelimit headers clients of OpenAI-compatible APIs read:
 * `x-ratelimit-limit-requests`, `x-ratelimit-remaining-requests`, `x-ratelimit-reset-requests`
 * and the same for `-tokens`, for the tightest limit of each kind that applies to the request.
 * A reset is written as OpenAI does: `850ms`, `12s`, `1m5s`.
 */
import type { HeaderFigures } from './decision.js';

/** A duration as `850ms`, `12s`, `12.5s` or `1m5s`. */
export function formatReset(ms: number): string {
  const t = Math.max(0, Math.ceil(ms));
  if (t < 1000) return `${t}ms`;
  if (t < 60_000) return `${Math.ceil(t / 100) / 10}s`;
  const s = Math.ceil(t / 1000);
  return `${Math.floor(s / 60)}m${s % 60}s`;
}

/** Set the headers for `figures` through `set` (kinds without a limit are left out). */
export function setRateLimitHeaders(set: (name: string, value: string) => void, figures: HeaderFigures): void {
  if (figures.requestsLimit > 0) {
    set('x-ratelimit-limit-requests', String(figures.requestsLimit));
    set('x-ratelimit-remaining-requests', String(Math.max(0, figures.requestsRemaining)));
    set('x-ratelimit-reset-requests', formatReset(figures.requestsResetMs));
  }
  if (figures.tokensLimit > 0) {
    set('x-ratelimit-limit-tokens', String(figures.tokensLimit));
    set('x-ratelimit-remaining-tokens', String(Math.max(0, figures.tokensRemaining)));
    set('x-ratelimit-reset-tokens', formatReset(figures.tokensResetMs));
  }
}
