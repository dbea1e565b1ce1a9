/**
 * What the limits backends decide on: the rules that apply to one request, and the answer
 * (admitted, or refused with the rule, the kind of limit and when to retry), with the figures
 * for the x-ratelimit headers. Both backends (memory, Redis) take and give these shapes.
 */

/** Whose counter a rule is: the key over all routes, the key on one route, or the route as a whole. */
export type RuleScope = 'key' | 'key-route' | 'route';

/** One counter a request is checked against; a limit of 0 is no limit. */
export interface Rule {
  readonly scope: RuleScope;
  /** The counter's id, e.g. `k:p.alice`, `kr:chat:p.alice`, `r:chat`. */
  readonly id: string;
  readonly requestsPerMinute: number;
  readonly tokensPerMinute: number;
  readonly concurrency: number;
}

/** The kind of limit that refused. */
export type LimitKind = 'requests' | 'tokens' | 'concurrency';

/** Figures for the x-ratelimit headers: the tightest rule of each kind (-1: no such limit). */
export interface HeaderFigures {
  requestsLimit: number;
  requestsRemaining: number;
  requestsResetMs: number;
  tokensLimit: number;
  tokensRemaining: number;
  tokensResetMs: number;
}

/** A backend's answer. */
export type Decision =
  | { readonly ok: true; readonly bucket: number; readonly figures: HeaderFigures }
  | { readonly ok: false; readonly rule: number; readonly kind: LimitKind; readonly retryAfterMs: number; readonly figures: HeaderFigures };

/** What one admission asks of the backend. */
export interface AdmitInput {
  readonly rules: readonly Rule[];
  /**
   * Tokens to reserve now (already capped at the smallest token limit); 0 reserves nothing but
   * still needs room for one; -1: the request uses no tokens (predict routes, model lists), so
   * token limits do not apply to it.
   */
  readonly tokens: number;
  /** Unique id of this admission (concurrency lease). */
  readonly lease: string;
}

/** What settling one admitted request tells the backend. */
export interface SettleInput {
  readonly rules: readonly Rule[];
  /** The bucket it was admitted in. */
  readonly bucket: number;
  /** Actual tokens minus the tokens reserved (may be negative). */
  readonly tokenDelta: number;
  readonly lease: string;
}

/** Retry-after for a concurrency refusal (ms): slots free up when requests end, not on a clock. */
export const concurrencyRetryMs = 1000;

/** Figures with no limit of either kind. */
export function noFigures(): HeaderFigures {
  return { requestsLimit: -1, requestsRemaining: -1, requestsResetMs: 0, tokensLimit: -1, tokensRemaining: -1, tokensResetMs: 0 };
}
