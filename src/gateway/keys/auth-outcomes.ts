/**
 * What happened to authentication attempts, for operators: counters by result (the
 * `aisec_gateway_auth_total` metric) and `auth.failed` events, at most one per reason every
 * {@link eventIntervalMs} with the number of failures since the last one, so a flood of bad keys
 * cannot flood the event log. Nothing here ever holds a key, a token or a secret.
 */
import type { GatewayEvent } from '../pipeline/part.js';

/** The results counted. */
export const authResults = [
  'ok',
  'anonymous',
  'missing',
  'malformed',
  'ambiguous',
  'unknown-key',
  'wrong-secret',
  'revoked',
  'expired',
  'jwt-invalid',
  'jwt-expired',
  'keys-off',
  'forbidden',
] as const;
/** One of {@link authResults}. */
export type AuthResult = (typeof authResults)[number];

/** Shortest time between two `auth.failed` events of the same reason. */
export const eventIntervalMs = 10_000;

/** Facts of one failure, for its event. */
export interface FailureFacts {
  readonly requestId?: string;
  /** A well-formed key id (never the secret), or the JWT principal. */
  readonly principal?: string;
  readonly route?: string;
  readonly model?: string;
  /** Finer reason (e.g. the JWT check that failed). */
  readonly detail?: string;
}

/** Counters and rate-limited events. */
export class AuthOutcomes {
  readonly #counts = Object.fromEntries(authResults.map((r) => [r, 0])) as Record<AuthResult, number>;
  readonly #emit: (event: GatewayEvent) => void;
  readonly #now: () => number;
  readonly #lastEvent = new Map<string, { at: number; suppressed: number }>();

  constructor(emit: (event: GatewayEvent) => void, now: () => number) {
    this.#emit = emit;
    this.#now = now;
  }

  /** Count a result. */
  count(result: AuthResult): void {
    this.#counts[result]++;
  }

  /** Count a failure and emit its event unless one of the same reason went out recently. */
  failed(result: AuthResult, facts: FailureFacts): void {
    this.count(result);
    const reason = facts.detail === undefined ? result : `${result}:${facts.detail}`;
    const now = this.#now();
    const last = this.#lastEvent.get(reason);
    if (last !== undefined && now - last.at < eventIntervalMs) {
      last.suppressed++;
      return;
    }
    const suppressed = last?.suppressed ?? 0;
    this.#lastEvent.set(reason, { at: now, suppressed: 0 });
    this.#emit({
      type: 'auth.failed',
      severity: result === 'forbidden' ? 'info' : 'warning',
      at: new Date(now).toISOString(),
      ...(facts.requestId === undefined ? {} : { requestId: facts.requestId }),
      ...(facts.principal === undefined ? {} : { principal: facts.principal }),
      ...(facts.route === undefined ? {} : { route: facts.route }),
      ...(facts.model === undefined ? {} : { model: facts.model.slice(0, 256) }),
      detail: { reason: result, ...(facts.detail === undefined ? {} : { check: facts.detail }), suppressedSinceLast: suppressed },
    });
  }

  /** Prometheus text. */
  metrics(): string {
    let text = '# HELP aisec_gateway_auth_total Authentication and authorisation outcomes by result.\n# TYPE aisec_gateway_auth_total counter\n';
    for (const result of authResults) text += `aisec_gateway_auth_total{result="${result}"} ${this.#counts[result]}\n`;
    return text;
  }
}
